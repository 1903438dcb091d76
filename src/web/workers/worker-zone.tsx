import type { ReactNode } from "react";
import { ViewerZoneProvider } from "../ui/viewer-zone";
import { useMyWorkerProfile } from "./queries";

/**
 * Shows a worker's pages in the time zone of their profile (the browser's until they set one, and for everyone who
 * is not a worker). Always the same element whoever is signed in: wrapping the page only once the account is known
 * would remount it, and a page such as /verify-email would then send its one-time link a second time.
 */
export function WorkerZone({ isWorker, children }: { isWorker: boolean; children: ReactNode }) {
  const profile = useMyWorkerProfile({ enabled: isWorker });
  return <ViewerZoneProvider zone={isWorker ? profile.data?.timeZone : null}>{children}</ViewerZoneProvider>;
}
