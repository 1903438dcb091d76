import { createContext, type ReactNode, useContext } from "react";

export const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

const ViewerZone = createContext<string>(browserZone);

/**
 * The zone times are shown in: the signed-in person's own (a worker's profile zone, see workers/worker-zone.tsx), or
 * the browser's when they have not set one. A worker travelling with a laptop still reads their work in their zone.
 */
export function ViewerZoneProvider({ zone, children }: { zone: string | null | undefined; children: ReactNode }) {
  return <ViewerZone.Provider value={zone ?? browserZone}>{children}</ViewerZone.Provider>;
}

export function useViewerZone(): string {
  return useContext(ViewerZone);
}
