import { useEffect, useRef, useState } from "react";
import { useParams } from "react-router";
import type { Answer, AttemptView } from "#domains/talent/tests/contract";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { TextInput } from "../ui/text-input";
import { useToast } from "../ui/toast";
import { problemText } from "./field-errors";
import { useGradeAttempt, useSaveAnswers, useSkillTestAttempt, useSubmitAttempt } from "./tests-queries";

/** Seconds left until the deadline, ticking each second (the server holds the real deadline). */
function useSecondsLeft(deadline: string) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return Math.max(0, Math.floor((new Date(deadline).getTime() - now) / 1000));
}

const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;

/**
 * The form a worker answers; it hands itself in when the countdown reaches zero. Each change is saved on the server a
 * second later, so a reload resumes where the worker was and a sitting abandoned (tab closed, connection lost) is
 * graded on what was answered when its time runs out.
 */
function TakeTest({ attempt }: { attempt: AttemptView }) {
  const notify = useToast();
  const submit = useSubmitAttempt();
  const save = useSaveAnswers();
  const [answers, setAnswers] = useState<(Answer | null)[]>(() =>
    attempt.questions.map((_, i) => attempt.answers?.[i] ?? null),
  );
  // The answers as last saved (JSON): a change is saved a second after the typing stops, once.
  const current = JSON.stringify(answers);
  const [saved, setSaved] = useState(current);
  const left = useSecondsLeft(attempt.deadline);
  const sent = useRef(false);
  const saveRef = useRef((_snapshot: string) => {
    /* set below, so the timer calls the latest mutation */
  });
  saveRef.current = (snapshot: string) => {
    if (!sent.current) {
      save.mutate(
        { id: attempt.id, body: { answers: JSON.parse(snapshot) as (Answer | null)[] } },
        { onSuccess: () => setSaved(snapshot) },
      );
    }
  };
  useEffect(() => {
    if (current === saved) {
      return;
    }
    const timer = setTimeout(() => saveRef.current(current), 1000);
    return () => clearTimeout(timer);
  }, [current, saved]);
  const send = () => {
    if (sent.current) {
      return;
    }
    sent.current = true;
    submit.mutate(
      { id: attempt.id, body: { answers } },
      {
        onSuccess: () => notify("Handed in."),
        onError: (e) => {
          sent.current = false;
          notify(problemText(e), "error");
        },
      },
    );
  };
  const sendRef = useRef(send);
  sendRef.current = send;
  useEffect(() => {
    if (left === 0) {
      sendRef.current();
    }
  }, [left]);
  const set = (i: number, value: Answer | null) => setAnswers(answers.map((a, j) => (j === i ? value : a)));
  return (
    <form
      className="form"
      aria-label={`Answers to ${attempt.testTitle}`}
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <p role="timer" aria-live="off" className="countdown">
        Time left: <strong>{clock(left)}</strong>
      </p>
      <p className="hint" aria-live="polite">
        {current !== saved ? "Saving your answers…" : save.isSuccess ? "Your answers so far are saved." : null}
      </p>
      {attempt.questions.map((q, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a published test's questions never change or reorder
        <fieldset className="fieldset" key={i}>
          <legend>
            {i + 1}. {q.prompt} ({q.points} {q.points === 1 ? "point" : "points"})
          </legend>
          {q.type === "single" || q.type === "multiple"
            ? (q.options ?? []).map((option, o) => (
                <label key={option} className="checkbox">
                  <input
                    type={q.type === "single" ? "radio" : "checkbox"}
                    name={`q${i}`}
                    checked={
                      q.type === "single" ? answers[i] === o : ((answers[i] as number[] | null) ?? []).includes(o)
                    }
                    onChange={(e) => {
                      if (q.type === "single") {
                        set(i, o);
                      } else {
                        const picked = ((answers[i] as number[] | null) ?? []).filter((x) => x !== o);
                        set(i, e.target.checked ? [...picked, o] : picked);
                      }
                    }}
                  />{" "}
                  {option}
                </label>
              ))
            : null}
          {q.type === "numeric" ? (
            <Field label={`Answer ${i + 1}`}>
              {(control) => (
                <TextInput
                  {...control}
                  type="number"
                  step="any"
                  defaultValue={typeof answers[i] === "number" ? String(answers[i]) : ""}
                  onChange={(e) => set(i, e.target.value.trim() === "" ? null : Number(e.target.value))}
                />
              )}
            </Field>
          ) : null}
          {q.type === "text" ? (
            <Field label={`Answer ${i + 1}`}>
              {(control) => (
                <TextInput
                  {...control}
                  defaultValue={typeof answers[i] === "string" ? String(answers[i]) : ""}
                  onChange={(e) => set(i, e.target.value)}
                />
              )}
            </Field>
          ) : null}
        </fieldset>
      ))}
      <Button type="submit" variant="primary" isBusy={submit.isPending}>
        Hand in
      </Button>
    </form>
  );
}

const shown = (a: Answer | null, options: string[] | null) => {
  if (a === null) {
    return "(blank)";
  }
  if (Array.isArray(a)) {
    return a.map((i) => options?.[i] ?? i).join(", ") || "(none)";
  }
  return typeof a === "number" && options ? (options[a] ?? String(a)) : String(a);
};

/** The grading form of the short-text answers waiting for the company. */
function Grade({ attempt }: { attempt: AttemptView }) {
  const notify = useToast();
  const grade = useGradeAttempt();
  const pending = attempt.questions.flatMap((q, i) => (q.type === "text" && attempt.marks?.[i] === null ? [i] : []));
  const [points, setPoints] = useState<Record<number, string>>({});
  return (
    <form
      className="form"
      aria-label="Grade the short-text answers"
      onSubmit={(event) => {
        event.preventDefault();
        grade.mutate(
          { id: attempt.id, body: { grades: pending.map((i) => ({ question: i, points: Number(points[i] ?? "") })) } },
          { onSuccess: () => notify("Graded; the score is final."), onError: (e) => notify(problemText(e), "error") },
        );
      }}
    >
      {pending.map((i) => (
        <Field key={i} label={`Points for answer ${i + 1} (0 to ${attempt.questions[i]?.points})`}>
          {(control) => (
            <TextInput
              {...control}
              type="number"
              value={points[i] ?? ""}
              onChange={(e) => setPoints({ ...points, [i]: e.target.value })}
            />
          )}
        </Field>
      ))}
      <Button type="submit" variant="primary" isBusy={grade.isPending}>
        Save grades
      </Button>
    </form>
  );
}

function Results({ attempt }: { attempt: AttemptView }) {
  return (
    <>
      <p className="lead">
        {attempt.score === null
          ? "Waiting for the company to grade the short-text answers."
          : `Score: ${attempt.score}% (pass mark ${attempt.passingScore}%): ${attempt.passed ? "passed" : "not passed"}`}
        {attempt.timedOut ? " · the time ran out before you handed it in" : null}
      </p>
      <ol className="stack-small">
        {attempt.questions.map((q, i) => {
          const key = attempt.key?.[i];
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a published test's questions never change or reorder
            <li key={i}>
              <strong>{q.prompt}</strong> · answer: {shown(attempt.answers?.[i] ?? null, q.options)}
              {attempt.marks ? ` · ${attempt.marks[i] ?? "?"} / ${q.points}` : null}
              {key?.correct ? ` · right: ${key.correct.map((c) => q.options?.[c] ?? c).join(", ")}` : null}
              {key && key.answer !== null ? ` · right: ${key.answer} ± ${key.tolerance}` : null}
              {key?.guidance ? ` · a good answer: ${key.guidance}` : null}
            </li>
          );
        })}
      </ol>
      {attempt.actions.includes("grade") ? <Grade attempt={attempt} /> : null}
    </>
  );
}

/** /skill-test-attempts/:id: the worker takes the test against a visible countdown, then sees the result. */
export function AttemptPage() {
  const { id = "" } = useParams();
  const attempt = useSkillTestAttempt(id);
  if (attempt.isPending) {
    return <Loading />;
  }
  if (attempt.isError) {
    return <ProblemAlert error={attempt.error} onRetry={() => void attempt.refetch()} />;
  }
  const a = attempt.data;
  return (
    <>
      <PageHeader title={a.testTitle} lead={`${a.workerName} · started ${new Date(a.startedAt).toLocaleString()}`} />
      <Section title={a.actions.includes("submit") ? "Your answers" : "Result"}>
        {a.actions.includes("submit") ? <TakeTest attempt={a} /> : <Results attempt={a} />}
      </Section>
    </>
  );
}
