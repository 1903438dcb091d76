import type { ReactNode } from "react";
import type { Me } from "#domains/accounts/contract";
import { ViewerZoneProvider } from "../ui/viewer-zone";
import { useMyWorkerProfile } from "../workers/queries";

/**
 * Shows every page in the signed-in person's zone: the one chosen in their account settings (GET /me), else, for a
 * worker, their profile's zone, else the browser's (and the browser's for nobody signed in). Always the same element
 * whoever is signed in: wrapping the page only once the account is known would remount it, and a page such as
 * /verify-email would then send its one-time link a second time.
 */
export function SignedInZone({ me, children }: { me: Me | null | undefined; children: ReactNode }) {
  const chosen = me?.timeZone ?? null;
  const isWorker = me?.accountType === "worker";
  const profile = useMyWorkerProfile({ enabled: isWorker && chosen === null });
  return (
    <ViewerZoneProvider zone={chosen ?? (isWorker ? profile.data?.timeZone : null)}>{children}</ViewerZoneProvider>
  );
}
