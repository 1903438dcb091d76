import { createContext, type ReactNode, useContext } from "react";

export const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

const ViewerZone = createContext<string>(browserZone);

/**
 * The zone times are shown in: the signed-in person's own (chosen in their account settings, else a worker's profile
 * zone; see shell/signed-in-zone.tsx), or the browser's when they have none. Someone travelling with a laptop still
 * reads their work in their zone. A zone chosen for something new (an assignment's default) stays the browser's.
 */
export function ViewerZoneProvider({ zone, children }: { zone: string | null | undefined; children: ReactNode }) {
  return <ViewerZone.Provider value={zone ?? browserZone}>{children}</ViewerZone.Provider>;
}

export function useViewerZone(): string {
  return useContext(ViewerZone);
}
