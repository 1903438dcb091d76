import { Link, useNavigate, useSearchParams } from "react-router";
import { useMe } from "../accounts/queries";
import { safeNext } from "../shell/public-only";
import { Button } from "../ui/button";
import { DateTime } from "../ui/date-time";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { StatusBadge } from "../ui/status-badge";
import { useToast } from "../ui/toast";
import { PendingPolicyCard } from "./pending-policy";
import { useAcceptPolicies, usePolicyOverview } from "./queries";

/**
 * /policies: what the person still has to accept (with what changed), one "I accept" for all of it, and
 * the state of every policy. The session guard sends people here while anything is pending.
 */
export function PoliciesPage() {
  const me = useMe();
  const overview = usePolicyOverview();
  const accept = useAcceptPolicies();
  const notify = useToast();
  const navigate = useNavigate();
  const [params] = useSearchParams();

  if (overview.isPending) {
    return <Loading />;
  }
  if (overview.isError) {
    return <ProblemAlert error={overview.error} onRetry={() => void overview.refetch()} />;
  }
  const { items, pending } = overview.data;
  const onAccept = () =>
    accept.mutate(
      { versionIds: pending.map((policy) => policy.versionId) },
      {
        onSuccess: () => {
          notify("Thank you. Your acceptance is recorded.");
          void navigate(safeNext(params.get("next")), { replace: true });
        },
      },
    );

  return (
    <>
      <PageHeader
        title={pending.length > 0 ? "Please review our policies" : "Policies"}
        lead={
          pending.length > 0
            ? "Before you post, apply for, accept or work on any assignment, please read and accept the current version of these documents."
            : "The rules everyone on Worklane agrees to."
        }
      />
      {pending.map((policy) => (
        <PendingPolicyCard key={policy.versionId} pending={policy} status={items.find((i) => i.kind === policy.kind)} />
      ))}
      {pending.length > 0 ? (
        <div className="card accept-bar">
          {accept.isError ? <ProblemAlert error={accept.error} /> : null}
          <p>
            By selecting “I accept” you agree to{" "}
            {pending.map((policy) => `${policy.title} (version ${policy.version})`).join(", ")}. We record the time, the
            versions and your IP address.
          </p>
          <Button variant="primary" onClick={onAccept} isBusy={accept.isPending}>
            I accept
          </Button>
        </div>
      ) : null}
      <Section title="All policies">
        <ul className="policy-list">
          {items.map((item) => (
            <li key={item.kind} className="policy-list__item">
              <div>
                <Link to={`/policies/${item.kind}`} className="policy-list__title">
                  {item.label}
                </Link>
                <p className="muted small">
                  Version {item.current.version}, published <DateTime value={item.current.publishedAt} isDateOnly />
                </p>
              </div>
              {me.data && item.appliesToYou === false ? (
                <StatusBadge status="not_for_you" tone="neutral" label="Not for your account" />
              ) : null}
              {item.appliesToYou && item.acceptedAt ? <StatusBadge status="accepted" label="Accepted" /> : null}
              {item.appliesToYou && !item.acceptedAt ? <StatusBadge status="pending" label="To accept" /> : null}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
