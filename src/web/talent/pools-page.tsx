import type { PoolView } from "#domains/talent/pools/contract";
import { Button, ButtonLink } from "../ui/button";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { StatusBadge } from "../ui/status-badge";
import { useToast } from "../ui/toast";
import { RequirementChecks } from "./assignment-requirements";
import { problemText } from "./field-errors";
import { PoolForm, visibilityLabels } from "./pool-form";
import { Invite, Members } from "./pool-parts";
import { useApplyToPool, useTalentPools } from "./queries";

function PoolCard({ pool, isCompany }: { pool: PoolView; isCompany: boolean }) {
  const notify = useToast();
  const apply = useApplyToPool();
  // A worker's view carries only their own membership; the company's carries every member.
  const own = isCompany ? undefined : pool.members[0];
  return (
    <Section
      title={pool.name}
      description={`${pool.companyName} · ${visibilityLabels[pool.visibility]}${pool.requirementSet ? ` · requires "${pool.requirementSet.name}"` : ""}`}
    >
      {pool.checks ? (
        <RequirementChecks result={{ checks: pool.checks }} label={`Your checks for ${pool.name}`} />
      ) : null}
      {pool.actions.includes("apply") ? (
        <Button
          variant="primary"
          isBusy={apply.isPending}
          onClick={() =>
            apply.mutate(pool.id, {
              onSuccess: (done) =>
                notify(done.members[0]?.status === "member" ? "You joined." : "Applied; the company decides."),
              onError: (e) => notify(problemText(e), "error"),
            })
          }
        >
          {own?.status === "invited" ? "Join" : "Apply"} to {pool.name}
        </Button>
      ) : own ? (
        <p>
          Your membership: <StatusBadge status={own.status} />
        </p>
      ) : !isCompany && pool.visibility === "invitation" ? (
        <p className="muted">By invitation only: the company invites the workers it wants, and you join from here.</p>
      ) : null}
      {pool.actions.includes("invite") ? (
        <>
          <Members pool={pool} />
          <Invite pool={pool} />
          <ButtonLink size="small" to={`/company/talent-pools/${pool.id}`}>
            Pool page of {pool.name}
          </ButtonLink>
        </>
      ) : null}
    </Section>
  );
}

/** /talent-pools: a company's pools with members (and a new one), or the pools a worker may join, with their checks. */
export function PoolsPage({ isCompany }: { isCompany: boolean }) {
  const pools = useTalentPools();
  const list = pools.isPending ? (
    <Loading />
  ) : pools.isError ? (
    <ProblemAlert error={pools.error} onRetry={() => void pools.refetch()} />
  ) : pools.data.items.length === 0 ? (
    <p>No talent pools yet.</p>
  ) : (
    pools.data.items.map((pool) => <PoolCard key={pool.id} pool={pool} isCompany={isCompany} />)
  );
  return (
    <>
      <PageHeader
        title="Talent pools"
        lead={
          isCompany
            ? "Groups of workers gated by a requirement set; members who stop meeting it are flagged and leave after the grace period."
            : "Groups companies keep; you see each pool's requirements checked for you."
        }
      />
      {isCompany ? (
        <div className="grid grid--sidebar">
          <div>{list}</div>
          <Section title="New talent pool">
            <PoolForm />
          </Section>
        </div>
      ) : (
        list
      )}
    </>
  );
}

export function CompanyPoolsPage() {
  return <PoolsPage isCompany />;
}

export function WorkerPoolsPage() {
  return <PoolsPage isCompany={false} />;
}
