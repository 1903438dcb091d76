import { type FormEvent, useState } from "react";
import {
  type AnswerKey,
  type QuestionType,
  type QuestionView,
  questionTypes,
  SaveTest,
  type TestView,
} from "#domains/talent/tests/contract";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { FormProblem } from "../ui/form-problem";
import { Select } from "../ui/select";
import { TextArea } from "../ui/text-area";
import { TextInput } from "../ui/text-input";
import { useToast } from "../ui/toast";
import { type FieldErrors, issuesToErrors, problemText, problemToErrors } from "./field-errors";
import { useCreateSkillTest, useUpdateSkillTest } from "./tests-queries";

/** One question being typed; `options` one per line, `correct` the right option numbers from 1 ("1, 3"). */
interface QuestionDraft {
  key: number;
  type: QuestionType;
  prompt: string;
  points: string;
  options: string;
  correct: string;
  answer: string;
  tolerance: string;
  guidance: string;
}

const typeLabels: Record<QuestionType, string> = {
  single: "Single choice",
  multiple: "Multiple choice",
  numeric: "Number (with tolerance)",
  text: "Short text (graded by your team)",
};

const newQuestion = (key: number): QuestionDraft => ({
  key,
  type: "single",
  prompt: "",
  points: "1",
  options: "",
  correct: "1",
  answer: "",
  tolerance: "0",
  guidance: "",
});
/** A saved question back into the form, from what the company reads of it (the question and its key). */
const draftOf = (key: number, q: QuestionView, answer: AnswerKey | undefined): QuestionDraft => ({
  key,
  type: q.type,
  prompt: q.prompt,
  points: String(q.points),
  options: (q.options ?? []).join("\n"),
  correct: (answer?.correct ?? []).map((c) => c + 1).join(", ") || "1",
  answer: answer?.answer === null || answer?.answer === undefined ? "" : String(answer.answer),
  tolerance: String(answer?.tolerance ?? 0),
  guidance: answer?.guidance ?? "",
});

const num = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));
const choices = (text: string) =>
  text
    .split(",")
    .map((c) => c.trim())
    .filter((c) => c !== "")
    .map((c) => num(c) - 1);

function questionOf(q: QuestionDraft): unknown {
  const base = { type: q.type, prompt: q.prompt, points: num(q.points) };
  const options = q.options
    .split("\n")
    .map((o) => o.trim())
    .filter((o) => o !== "");
  switch (q.type) {
    case "single":
      return { ...base, options, correct: choices(q.correct)[0] ?? Number.NaN };
    case "multiple":
      return { ...base, options, correct: choices(q.correct) };
    case "numeric":
      return { ...base, answer: num(q.answer), tolerance: num(q.tolerance) };
    case "text":
      return { ...base, guidance: q.guidance.trim() === "" ? null : q.guidance };
  }
}

function QuestionFields(props: {
  index: number;
  q: QuestionDraft;
  errors: FieldErrors;
  onChange: (q: QuestionDraft) => void;
  onRemove: () => void;
}) {
  const { index, q, errors, onChange } = props;
  const n = index + 1;
  const at = (f: string) => errors[`questions.${index}.${f}`];
  const input = (key: keyof QuestionDraft, label: string, error?: string, type = "text") => (
    <Field label={`${label} (question ${n})`} error={error}>
      {(control) => (
        <TextInput
          {...control}
          type={type}
          value={String(q[key])}
          onChange={(e) => onChange({ ...q, [key]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <fieldset className="fieldset">
      <legend>Question {n}</legend>
      <Field label={`Type (question ${n})`} error={at("type")}>
        {(control) => (
          <Select
            {...control}
            value={q.type}
            onChange={(e) => onChange({ ...q, type: e.target.value as QuestionType })}
            options={questionTypes.map((t) => ({ value: t, label: typeLabels[t] }))}
          />
        )}
      </Field>
      {input("prompt", "Question", at("prompt"))}
      {input("points", "Points", at("points"), "number")}
      {q.type === "single" || q.type === "multiple" ? (
        <>
          <Field label={`Options, one per line (question ${n})`} error={at("options")}>
            {(control) => (
              <TextArea
                {...control}
                rows={4}
                value={q.options}
                onChange={(e) => onChange({ ...q, options: e.target.value })}
              />
            )}
          </Field>
          {input(
            "correct",
            q.type === "single" ? "Right option number" : "Right option numbers, comma-separated",
            at("correct"),
          )}
        </>
      ) : null}
      {q.type === "numeric" ? (
        <>
          {input("answer", "Right answer", at("answer"), "number")}
          {input("tolerance", "Tolerance (±)", at("tolerance"), "number")}
        </>
      ) : null}
      {q.type === "text" ? input("guidance", "What a good answer says (for graders)", at("guidance")) : null}
      <Button size="small" variant="ghost" onClick={props.onRemove}>
        Remove question {n}
      </Button>
    </fieldset>
  );
}

/**
 * The test builder: settings, then questions of four types; the contract checks the form before it is sent. Given a
 * draft (`test`), it edits that draft; published tests are fixed and are duplicated into a new draft instead.
 */
export function TestBuilder({ test, onSaved }: { test?: TestView; onSaved?: () => void }) {
  const notify = useToast();
  const create = useCreateSkillTest();
  const update = useUpdateSkillTest();
  const [title, setTitle] = useState(test?.title ?? "");
  const [passing, setPassing] = useState(String(test?.passingScore ?? 80));
  const [minutes, setMinutes] = useState(String(test?.timeLimitMinutes ?? 20));
  const [retake, setRetake] = useState(test ? (test.retakeAfterDays?.toString() ?? "") : "7");
  const [showAnswers, setShowAnswers] = useState(test?.showAnswers ?? false);
  const [questions, setQuestions] = useState<QuestionDraft[]>(
    test ? test.questions.map((q, i) => draftOf(i, q, test.key?.[i])) : [newQuestion(0)],
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = SaveTest.safeParse({
      title,
      description: test?.description ?? null,
      poolId: test?.poolId ?? null,
      passingScore: num(passing),
      timeLimitMinutes: num(minutes),
      retakeAfterDays: retake.trim() === "" ? null : num(retake),
      showAnswers,
      questions: questions.map(questionOf),
    });
    if (!parsed.success) {
      setErrors(issuesToErrors(parsed.error));
      setProblem("Please correct the fields marked below.");
      return;
    }
    setErrors({});
    setProblem(null);
    try {
      if (test) {
        const saved = await update.mutateAsync({ id: test.id, body: parsed.data });
        notify(`Draft "${saved.title}" saved.`);
        onSaved?.();
        return;
      }
      const made = await create.mutateAsync(parsed.data);
      notify(`Test "${made.title}" saved as a draft.`);
      setTitle("");
      setQuestions([newQuestion(Date.now())]);
    } catch (error) {
      setErrors(problemToErrors(error));
      setProblem(problemText(error));
    }
  }

  return (
    <form
      className="form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-label={test ? `Edit ${test.title}` : "New skill test"}
    >
      <FormProblem message={problem} />
      <Field label="Test title" error={errors.title}>
        {(control) => <TextInput {...control} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label="Pass mark (%)" error={errors.passingScore}>
        {(control) => (
          <TextInput {...control} type="number" value={passing} onChange={(e) => setPassing(e.target.value)} />
        )}
      </Field>
      <Field label="Time limit (minutes)" error={errors.timeLimitMinutes}>
        {(control) => (
          <TextInput {...control} type="number" value={minutes} onChange={(e) => setMinutes(e.target.value)} />
        )}
      </Field>
      <Field
        label="Days before a retake"
        hint="Leave empty for one attempt only."
        isOptional
        error={errors.retakeAfterDays}
      >
        {(control) => (
          <TextInput {...control} type="number" value={retake} onChange={(e) => setRetake(e.target.value)} />
        )}
      </Field>
      <label className="checkbox">
        <input type="checkbox" checked={showAnswers} onChange={(e) => setShowAnswers(e.target.checked)} /> Show workers
        the right answers once their score is final
      </label>
      {errors.questions ? <p className="field__error">{errors.questions}</p> : null}
      {questions.map((q, i) => (
        <QuestionFields
          key={q.key}
          index={i}
          q={q}
          errors={errors}
          onChange={(next) => setQuestions(questions.map((x) => (x.key === q.key ? next : x)))}
          onRemove={() => setQuestions(questions.filter((x) => x.key !== q.key))}
        />
      ))}
      <Button onClick={() => setQuestions([...questions, newQuestion(Date.now())])}>Add a question</Button>
      <Button type="submit" variant="primary" isBusy={create.isPending || update.isPending}>
        {test ? "Save draft" : "Save test"}
      </Button>
    </form>
  );
}
