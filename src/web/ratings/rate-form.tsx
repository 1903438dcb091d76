import { RateCompany, RateWorker } from "#domains/ratings/contract";
import type { RatingView } from "#domains/ratings/views";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useContractForm, useSubmit } from "../ui/form";
import { FormProblem } from "../ui/form-problem";
import { RadioCards } from "../ui/radio-cards";
import { TextArea } from "../ui/text-area";
import { useToast } from "../ui/toast";
import { useGiveRating } from "./queries";

const levels = [
  { value: "excellent", label: "Excellent" },
  { value: "satisfied", label: "Satisfied" },
  { value: "unsatisfied", label: "Unsatisfied" },
] as const;

const questions = {
  worker: [
    ["overall", "Overall"],
    ["quality", "Quality of the work"],
    ["professionalism", "Professionalism"],
    ["communication", "Communication"],
  ],
  company: [
    ["overall", "Overall"],
    ["clarity", "Clarity of the description"],
    ["communication", "Communication"],
    ["paymentAsPromised", "Payment as promised"],
  ],
} as const;

type Level = (typeof levels)[number]["value"];

/** Rate the other side, or change a hidden rating: four questions, three answers each, and a review. */
export function RateForm({
  assignmentId,
  rates,
  mine,
}: {
  assignmentId: string;
  rates: "worker" | "company";
  mine: RatingView | null;
}) {
  const notify = useToast();
  const give = useGiveRating(assignmentId);
  const schema = rates === "worker" ? RateWorker : RateCompany;
  const start = (key: string): Level | undefined =>
    (key === "overall" ? mine?.overall : mine?.scores[key]) as Level | undefined;
  const defaults = Object.fromEntries([
    ["rates", rates],
    ["review", mine?.review ?? ""],
    ...questions[rates].map(([key]) => [key, start(key)]),
  ]);
  // Both sides share one form; the schema for the caller's side checks it.
  const form = useContractForm(schema as typeof RateWorker, defaults);
  const { errors } = form.formState;
  const submit = useSubmit(
    form,
    (values) => give.mutateAsync(values),
    (answer) =>
      notify(
        answer.published
          ? "Both sides have rated: the ratings are published."
          : "Saved. It stays hidden until both sides rate or 14 days pass.",
      ),
  );
  return (
    <form className="form" onSubmit={submit.onSubmit} noValidate aria-label={`Rate the ${rates}`}>
      <FormProblem message={submit.problem} />
      {questions[rates].map(([key, legend]) => (
        <RadioCards
          key={key}
          legend={legend}
          options={levels}
          registration={form.register(key as "overall")}
          error={(errors as Record<string, { message?: string } | undefined>)[key]?.message}
        />
      ))}
      <Field label="Review" error={errors.review?.message} hint="Published with the rating.">
        {(control) => <TextArea {...control} {...form.register("review")} rows={4} />}
      </Field>
      <Button type="submit" variant="primary" isBusy={submit.isSubmitting}>
        {mine ? "Save changes" : "Submit rating"}
      </Button>
    </form>
  );
}
