import type { ReactNode } from "react";
import { ViewerZoneProvider } from "../ui/viewer-zone";
import { useMyWorkerProfile } from "./queries";

/** Shows a worker's pages in the time zone of their profile (the browser's until they set one). */
export function WorkerZone({ children }: { children: ReactNode }) {
  const profile = useMyWorkerProfile();
  return <ViewerZoneProvider zone={profile.data?.timeZone}>{children}</ViewerZoneProvider>;
}
