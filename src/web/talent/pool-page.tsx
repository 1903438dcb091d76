import { useParams } from "react-router";
import type { PoolView } from "#domains/talent/pools/contract";
import { ButtonLink } from "../ui/button";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { visibilityLabels } from "./pool-form";
import { Invite, Members, MessageMembers } from "./pool-parts";
import { useTalentPool } from "./queries";

const statusWords = {
  member: "members",
  flagged: "flagged",
  pending: "waiting for approval",
  invited: "invited",
} as const;

/** "4 members · 1 flagged · 2 waiting for approval" (removed members are left out of the count). */
function counts(pool: PoolView): string {
  const parts = (Object.keys(statusWords) as (keyof typeof statusWords)[]).flatMap((status) => {
    const n = pool.members.filter((m) => m.status === status).length;
    const words = status === "member" && n === 1 ? "member" : statusWords[status];
    return n > 0 ? [`${n} ${words}`] : [];
  });
  return parts.length > 0 ? parts.join(" · ") : "No members yet";
}

/** /company/talent-pools/:id: one pool, its settings, every member with their status, invitations and a message. */
export function CompanyPoolPage() {
  const { id = "" } = useParams();
  const pool = useTalentPool(id);
  if (pool.isPending) {
    return <Loading />;
  }
  if (pool.isError) {
    return <ProblemAlert error={pool.error} onRetry={() => void pool.refetch()} />;
  }
  const p = pool.data;
  const gate = p.requirementSet ? `requires "${p.requirementSet.name}"` : "no requirement set";
  return (
    <>
      <PageHeader
        title={p.name}
        lead={`${visibilityLabels[p.visibility]} · ${gate} · ${
          p.autoJoin ? "applicants who meet it join at once" : "you approve each applicant"
        } · members who stop meeting it leave after ${p.graceDays} days`}
      />
      {p.description ? <p>{p.description}</p> : null}
      <Section
        title="Members"
        description={counts(p)}
        actions={
          <ButtonLink size="small" to="/company/talent-pools">
            All pools
          </ButtonLink>
        }
      >
        <Members pool={p} />
      </Section>
      {p.actions.includes("invite") ? (
        <Section title="Invite a worker">
          <Invite pool={p} />
        </Section>
      ) : null}
      {p.actions.includes("message") ? (
        <Section title="Message all members" description="An email to each member, flagged members included.">
          <MessageMembers pool={p} />
        </Section>
      ) : null}
    </>
  );
}
