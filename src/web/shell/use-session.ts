import type { Me } from "#domains/accounts/contract";
import { useMe } from "../accounts/queries";

/** The logged-in user, for pages below RequireSession (which renders them only once /me answered). */
export function useSession(): Me {
  const { data } = useMe();
  if (!data) {
    throw new Error("useSession is only for pages below RequireSession.");
  }
  return data;
}
