import { createContext, type ReactNode, useContext } from "react";

export const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

const ViewerZone = createContext<string>(browserZone);

/**
 * The zone times are shown in: the signed-in person's own (chosen in their account settings, else a worker's profile
 * zone; see shell/signed-in-zone.tsx), or the browser's when they have none. Someone travelling with a laptop still
 * reads their work in their zone. A zone chosen for something new (an assignment's default) stays the browser's.
 */
export function ViewerZoneProvider({ zone, children }: { zone: string | null | undefined; children: ReactNode }) {
  return <ViewerZone.Provider value={zone && readable(zone) ? zone : browserZone}>{children}</ViewerZone.Provider>;
}

/** Whether this browser can show times in the zone (the server's list of names may be longer than its own). */
function readable(zone: string): boolean {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function useViewerZone(): string {
  return useContext(ViewerZone);
}
