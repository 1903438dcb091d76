import { Navigate, Outlet, useSearchParams } from "react-router";
import { useMe } from "../accounts/queries";
import { Loading } from "../ui/loading";

/** Only a path inside this app, so a crafted ?next= cannot send people to another site. */
export function safeNext(next: string | null, fallback = "/home"): string {
  return next?.startsWith("/") && !next.startsWith("//") ? next : fallback;
}

/** Log-in and sign-up pages: someone already logged in goes where they were heading. */
export function PublicOnly() {
  const me = useMe();
  const [params] = useSearchParams();
  if (me.isPending) {
    return <Loading />;
  }
  if (me.data) {
    return <Navigate to={safeNext(params.get("next"))} replace />;
  }
  return <Outlet />;
}
