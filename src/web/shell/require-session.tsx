import { Navigate, Outlet, useLocation } from "react-router";
import type { AccountType } from "#domains/accounts/contract";
import { useMe } from "../accounts/queries";
import { usePolicyOverview } from "../policies/queries";
import { EmptyState } from "../ui/empty-state";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";

/** Pages a person may open while policies wait for acceptance: the policies themselves and their account. */
const reachableWithPendingPolicies = ["/policies", "/settings"];

/**
 * The gate in front of every logged-in page: no session → /login (coming back afterwards), a policy waiting
 * for acceptance → /policies, wrong kind of account → a plain explanation instead of the page.
 */
export function RequireSession({ accountTypes }: { accountTypes?: readonly AccountType[] }) {
  const me = useMe();
  const location = useLocation();
  const needsPolicies = me.data ? me.data.accountType !== "staff" : false;
  const policies = usePolicyOverview(needsPolicies);
  const here = `${location.pathname}${location.search}`;

  if (me.isPending || (needsPolicies && policies.isPending)) {
    return <Loading />;
  }
  if (me.isError) {
    return <ProblemAlert error={me.error} onRetry={() => void me.refetch()} />;
  }
  if (!me.data) {
    return <Navigate to={`/login?next=${encodeURIComponent(here)}`} replace />;
  }
  const isExempt = reachableWithPendingPolicies.some((path) => location.pathname.startsWith(path));
  if (needsPolicies && !isExempt && (policies.data?.pending.length ?? 0) > 0) {
    return <Navigate to={`/policies?next=${encodeURIComponent(here)}`} replace />;
  }
  if (accountTypes && !accountTypes.includes(me.data.accountType)) {
    return (
      <>
        <PageHeader title="Not available for your account" />
        <EmptyState title={`This page is for ${accountTypes.join(" or ")} accounts.`}>
          <p>You are logged in with a {me.data.accountType} account.</p>
        </EmptyState>
      </>
    );
  }
  return <Outlet />;
}
