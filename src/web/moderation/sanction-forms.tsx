import { useId, useState } from "react";
import type { AppealOutcome } from "#domains/moderation/contract";
import type { SanctionView } from "#domains/moderation/views";
import { Button } from "../ui/button";
import { ProblemAlert } from "../ui/problem-alert";
import { Select } from "../ui/select";
import { TextArea } from "../ui/text-area";
import { TextInput } from "../ui/text-input";
import { useToast } from "../ui/toast";
import { useAppeal, useReviewAppeal } from "./queries";

/** The party's appeal: once per sanction, with a statement; someone who did not make the decision reviews it. */
export function AppealForm({ sanction }: { sanction: SanctionView }) {
  const id = useId();
  const appeal = useAppeal(sanction.id);
  const notify = useToast();
  const [statement, setStatement] = useState("");
  return (
    <form
      className="stack"
      aria-label="Appeal this decision"
      onSubmit={(event) => {
        event.preventDefault();
        appeal.mutate({ statement }, { onSuccess: () => notify("Appeal sent. A different staff member reviews it.") });
      }}
    >
      <label htmlFor={`${id}-statement`}>Your statement</label>
      <TextArea id={`${id}-statement`} rows={5} value={statement} onChange={(e) => setStatement(e.target.value)} />
      <p className="muted small">You may appeal once. The sanction stays in force until the review.</p>
      {appeal.isError ? <ProblemAlert error={appeal.error} /> : null}
      <span>
        <Button type="submit" variant="primary" isBusy={appeal.isPending}>
          Send appeal
        </Button>
      </span>
    </form>
  );
}

/** Trust & Safety's review of an appeal: uphold, shorten (a new, earlier end) or lift, with a written reason. */
export function ReviewForm({ sanction }: { sanction: SanctionView }) {
  const id = useId();
  const review = useReviewAppeal(sanction.id);
  const notify = useToast();
  const [outcome, setOutcome] = useState<AppealOutcome>("upheld");
  const [reason, setReason] = useState("");
  const [endsAt, setEndsAt] = useState("");
  return (
    <form
      className="stack"
      aria-label="Review the appeal"
      onSubmit={(event) => {
        event.preventDefault();
        const end = outcome === "shortened" && endsAt ? new Date(endsAt).toISOString() : null;
        review.mutate({ outcome, reason, endsAt: end }, { onSuccess: () => notify(`Appeal ${outcome}.`) });
      }}
    >
      <label htmlFor={`${id}-outcome`}>Outcome</label>
      <Select
        id={`${id}-outcome`}
        value={outcome}
        onChange={(e) => setOutcome(e.target.value as AppealOutcome)}
        options={[
          { value: "upheld", label: "Uphold" },
          { value: "shortened", label: "Shorten" },
          { value: "lifted", label: "Lift" },
        ]}
      />
      {outcome === "shortened" ? (
        <>
          <label htmlFor={`${id}-ends`}>New end</label>
          <TextInput
            id={`${id}-ends`}
            type="datetime-local"
            value={endsAt}
            onChange={(e) => setEndsAt(e.target.value)}
          />
        </>
      ) : null}
      <label htmlFor={`${id}-reason`}>Reason (the party reads it)</label>
      <TextArea id={`${id}-reason`} rows={4} value={reason} onChange={(e) => setReason(e.target.value)} />
      {review.isError ? <ProblemAlert error={review.error} /> : null}
      <span>
        <Button type="submit" variant="primary" isBusy={review.isPending}>
          Decide the appeal
        </Button>
      </span>
    </form>
  );
}
