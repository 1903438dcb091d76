import { useState } from "react";
import { MessagePool, type PoolView } from "#domains/talent/pools/contract";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { StatusBadge } from "../ui/status-badge";
import { TextArea } from "../ui/text-area";
import { TextInput } from "../ui/text-input";
import { useToast } from "../ui/toast";
import { RequirementChecks } from "./assignment-requirements";
import { type FieldErrors, issuesToErrors, problemText, problemToErrors } from "./field-errors";
import { PoolForm, visibilityLabels } from "./pool-form";
import { useApplyToPool, useApprovePoolMember, useInviteToPool, useMessagePool, useTalentPools } from "./queries";

function Members({ pool }: { pool: PoolView }) {
  const notify = useToast();
  const approve = useApprovePoolMember();
  if (pool.members.length === 0) {
    return <p className="muted">No members yet.</p>;
  }
  return (
    <ul className="stack-small" aria-label={`Members of ${pool.name}`}>
      {pool.members.map((m) => (
        <li key={m.workerId}>
          {m.name} <StatusBadge status={m.status} />
          {m.removeAfter ? (
            <span className="muted small"> leaves {m.removeAfter.slice(0, 10)} unless they meet the set</span>
          ) : null}
          {m.status === "pending" && pool.actions.includes("approve") ? (
            <Button
              size="small"
              onClick={() =>
                approve.mutate(
                  { id: pool.id, workerId: m.workerId },
                  { onSuccess: () => notify(`${m.name} joined.`), onError: (e) => notify(problemText(e), "error") },
                )
              }
            >
              Approve {m.name}
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Invite({ pool }: { pool: PoolView }) {
  const notify = useToast();
  const invite = useInviteToPool();
  const [workerId, setWorkerId] = useState("");
  return (
    <div className="form--inline">
      <TextInput
        aria-label={`Worker id to invite to ${pool.name}`}
        placeholder="Worker id"
        value={workerId}
        onChange={(event) => setWorkerId(event.target.value.trim())}
      />
      <Button
        size="small"
        disabled={workerId === ""}
        onClick={() =>
          invite.mutate(
            { id: pool.id, workerId },
            { onSuccess: () => notify("Invitation sent."), onError: (e) => notify(problemText(e), "error") },
          )
        }
      >
        Invite
      </Button>
    </div>
  );
}

/** A message to every member (and flagged member) of the pool, by email. */
function MessageMembers({ pool }: { pool: PoolView }) {
  const notify = useToast();
  const message = useMessagePool();
  const [subject, setSubject] = useState("");
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const members = pool.members.filter((m) => m.status === "member" || m.status === "flagged").length;
  return (
    <form
      className="form"
      noValidate
      aria-label={`Message the members of ${pool.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = MessagePool.safeParse({ subject, text });
        if (!parsed.success) {
          setErrors(issuesToErrors(parsed.error));
          return;
        }
        setErrors({});
        message.mutate(
          { id: pool.id, body: parsed.data },
          {
            onSuccess: (sent) => {
              notify(
                `Sent to ${sent.recipients} member${sent.recipients === 1 ? "" : "s"}${sent.blocked > 0 ? ` (${sent.blocked} left out: blocked)` : ""}.`,
              );
              setSubject("");
              setText("");
            },
            onError: (e) => {
              setErrors(problemToErrors(e));
              notify(problemText(e), "error");
            },
          },
        );
      }}
    >
      <Field label={`Subject of the message to ${pool.name}`} error={errors.subject}>
        {(control) => <TextInput {...control} value={subject} onChange={(e) => setSubject(e.target.value)} />}
      </Field>
      <Field
        label={`Message to the members of ${pool.name}`}
        hint={`An email to each of the ${members} member${members === 1 ? "" : "s"}.`}
        error={errors.text}
      >
        {(control) => <TextArea {...control} rows={4} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <Button type="submit" size="small" isBusy={message.isPending} disabled={members === 0}>
        Send to all members
      </Button>
    </form>
  );
}

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
          {pool.actions.includes("message") ? <MessageMembers pool={pool} /> : null}
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
