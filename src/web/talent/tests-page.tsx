import { useState } from "react";
import { Link, useNavigate } from "react-router";
import type { TestView } from "#domains/talent/tests/contract";
import { Button, ButtonLink } from "../ui/button";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { StatusBadge } from "../ui/status-badge";
import { useToast } from "../ui/toast";
import { problemText } from "./field-errors";
import { TestBuilder } from "./test-builder";
import { useDuplicateSkillTest, usePublishSkillTest, useSkillTests, useStartSkillTest } from "./tests-queries";

const summary = (t: TestView) =>
  `${t.questions.length} questions · ${t.timeLimitMinutes} min · pass mark ${t.passingScore}% · ${
    t.retakeAfterDays === null ? "one attempt" : `retake after ${t.retakeAfterDays} days`
  }`;

function CompanyTest({ test, onEdit }: { test: TestView; onEdit: (test: TestView) => void }) {
  const notify = useToast();
  const publish = usePublishSkillTest();
  const duplicate = useDuplicateSkillTest();
  return (
    <Section
      title={test.title}
      description={summary(test)}
      actions={
        <>
          {test.actions.includes("publish") ? (
            <Button
              size="small"
              variant="primary"
              isBusy={publish.isPending}
              onClick={() =>
                publish.mutate(test.id, {
                  onSuccess: () => notify("Published."),
                  onError: (e) => notify(problemText(e), "error"),
                })
              }
            >
              Publish {test.title}
            </Button>
          ) : (
            <ButtonLink size="small" to={`/company/skill-tests/${test.id}`}>
              Invitations and results of {test.title}
            </ButtonLink>
          )}
          {test.actions.includes("edit") ? (
            <Button size="small" onClick={() => onEdit(test)}>
              Edit {test.title}
            </Button>
          ) : null}
          {test.status === "published" && test.actions.includes("duplicate") ? (
            // A published test is fixed (its attempts were marked against it): changes go into a new draft.
            <Button
              size="small"
              isBusy={duplicate.isPending}
              onClick={() =>
                duplicate.mutate(test.id, {
                  onSuccess: (copy) => {
                    notify(`"${copy.title}" is a new draft to edit and publish; "${test.title}" stays as it is.`);
                    onEdit(copy);
                  },
                  onError: (e) => notify(problemText(e), "error"),
                })
              }
            >
              Duplicate {test.title} as a new draft
            </Button>
          ) : null}
        </>
      }
    >
      <StatusBadge status={test.status} />
    </Section>
  );
}

/** /company/skill-tests: the company's tests and the builder (a new test, or the draft being edited). */
export function CompanyTestsPage() {
  const tests = useSkillTests();
  const [editing, setEditing] = useState<TestView | null>(null);
  return (
    <>
      <PageHeader title="Skill tests" lead="Build a test, publish it, invite workers; use it in a requirement set." />
      <div className="grid grid--sidebar">
        <div>
          {tests.isPending ? (
            <Loading />
          ) : tests.isError ? (
            <ProblemAlert error={tests.error} onRetry={() => void tests.refetch()} />
          ) : tests.data.items.length === 0 ? (
            <p>No tests yet.</p>
          ) : (
            tests.data.items.map((t) => <CompanyTest key={t.id} test={t} onEdit={setEditing} />)
          )}
        </div>
        {editing ? (
          <Section
            title={`Edit ${editing.title}`}
            description="A draft; publishing fixes it."
            actions={
              <Button size="small" variant="ghost" onClick={() => setEditing(null)}>
                Stop editing
              </Button>
            }
          >
            <TestBuilder key={editing.id} test={editing} onSaved={() => setEditing(null)} />
          </Section>
        ) : (
          <Section title="New skill test">
            <TestBuilder />
          </Section>
        )}
      </div>
    </>
  );
}

function WorkerTest({ test }: { test: TestView }) {
  const notify = useToast();
  const start = useStartSkillTest();
  const navigate = useNavigate();
  return (
    <Section title={test.title} description={`${test.companyName} · ${summary(test)}`}>
      {test.actions.includes("start") ? (
        <Button
          variant="primary"
          isBusy={start.isPending}
          onClick={() =>
            start.mutate(test.id, {
              onSuccess: (attempt) => void navigate(`/skill-test-attempts/${attempt.id}`),
              onError: (e) => notify(problemText(e), "error"),
            })
          }
        >
          Start {test.title}
        </Button>
      ) : test.retakeAt ? (
        <p>You may take it again from {new Date(test.retakeAt).toLocaleString()}.</p>
      ) : null}
      <p>
        <Link to={`/skill-tests/${test.id}/attempts`}>My attempts at {test.title}</Link>
      </p>
    </Section>
  );
}

/** /skill-tests: the tests a worker was invited to (or may take as a pool applicant). */
export function MyTestsPage() {
  const tests = useSkillTests();
  return (
    <>
      <PageHeader title="My tests" lead="Tests companies invited you to. The time limit starts when you start." />
      {tests.isPending ? (
        <Loading />
      ) : tests.isError ? (
        <ProblemAlert error={tests.error} onRetry={() => void tests.refetch()} />
      ) : tests.data.items.length === 0 ? (
        <p>No tests for you yet.</p>
      ) : (
        tests.data.items.map((t) => <WorkerTest key={t.id} test={t} />)
      )}
    </>
  );
}
