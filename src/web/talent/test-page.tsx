import { useState } from "react";
import { Link, useParams } from "react-router";
import { Button } from "../ui/button";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { StatusBadge } from "../ui/status-badge";
import { TextInput } from "../ui/text-input";
import { useToast } from "../ui/toast";
import { problemText } from "./field-errors";
import { useInviteToSkillTest, useSkillTest, useSkillTestAttempts } from "./tests-queries";

function Attempts({ id }: { id: string }) {
  const attempts = useSkillTestAttempts(id);
  if (attempts.isPending) {
    return <Loading />;
  }
  if (attempts.isError) {
    return <ProblemAlert error={attempts.error} onRetry={() => void attempts.refetch()} />;
  }
  if (attempts.data.items.length === 0) {
    return <p>No attempts yet.</p>;
  }
  return (
    <ul className="stack-small" aria-label="Attempts">
      {attempts.data.items.map((a) => (
        <li key={a.id}>
          <Link to={`/skill-test-attempts/${a.id}`}>
            {a.workerName}, started {new Date(a.startedAt).toLocaleString()}
          </Link>{" "}
          <StatusBadge status={a.status} />
          {a.score !== null ? ` ${a.score}% (${a.passed ? "passed" : "not passed"})` : null}
          {a.timedOut ? " · time ran out" : null}
        </li>
      ))}
    </ul>
  );
}

function Invite({ id, title }: { id: string; title: string }) {
  const notify = useToast();
  const invite = useInviteToSkillTest();
  const [workerId, setWorkerId] = useState("");
  return (
    <div className="form--inline">
      <TextInput
        aria-label={`Worker id to invite to ${title}`}
        placeholder="Worker id"
        value={workerId}
        onChange={(e) => setWorkerId(e.target.value.trim())}
      />
      <Button
        size="small"
        disabled={workerId === ""}
        onClick={() =>
          invite.mutate(
            { id, workerIds: [workerId] },
            {
              onSuccess: () => {
                notify("Invitation sent.");
                setWorkerId("");
              },
              onError: (e) => notify(problemText(e), "error"),
            },
          )
        }
      >
        Invite
      </Button>
    </div>
  );
}

/** /company/skill-tests/:id (invitations, attempts to grade, results) and /skill-tests/:id/attempts (a worker's own). */
export function TestPage() {
  const { id = "" } = useParams();
  const test = useSkillTest(id);
  if (test.isPending) {
    return <Loading />;
  }
  if (test.isError) {
    return <ProblemAlert error={test.error} onRetry={() => void test.refetch()} />;
  }
  const t = test.data;
  return (
    <>
      <PageHeader
        title={t.title}
        lead={`${t.questions.length} questions · ${t.timeLimitMinutes} min · pass mark ${t.passingScore}%`}
      />
      {t.actions.includes("invite") ? (
        <Section title="Invite workers" description={`${t.invitedWorkerIds.length} invited so far.`}>
          <Invite id={t.id} title={t.title} />
        </Section>
      ) : null}
      <Section title={t.key ? "Attempts and results" : "My attempts"}>
        <Attempts id={t.id} />
      </Section>
    </>
  );
}
