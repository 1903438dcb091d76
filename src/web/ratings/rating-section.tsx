import { useState } from "react";
import type { RatingView } from "#domains/ratings/views";
import { ReportButton } from "../moderation/report-dialog";
import { Button } from "../ui/button";
import { DateTime } from "../ui/date-time";
import { FormProblem } from "../ui/form-problem";
import { Section } from "../ui/section";
import { TextArea } from "../ui/text-area";
import { useToast } from "../ui/toast";
import { useAssignmentRatings, useFlagRating, useReplyToRating } from "./queries";
import { RateForm } from "./rate-form";

const levelText = { excellent: "Excellent", satisfied: "Satisfied", unsatisfied: "Unsatisfied" } as const;
const names: Record<string, string> = {
  quality: "Quality",
  professionalism: "Professionalism",
  communication: "Communication",
  clarity: "Clarity",
  paymentAsPromised: "Payment as promised",
};

function ReplyBox({ rating }: { rating: RatingView }) {
  const reply = useReplyToRating(rating.id);
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="form"
      aria-label="Reply publicly"
      onSubmit={(event) => {
        event.preventDefault();
        setProblem(null);
        reply.mutateAsync({ text }).catch((error: Error) => setProblem(error.message));
      }}
    >
      <FormProblem message={problem} />
      <label className="field__label" htmlFor={`reply-${rating.id}`}>
        Your public reply (one only)
      </label>
      <TextArea id={`reply-${rating.id}`} value={text} onChange={(e) => setText(e.target.value)} rows={2} />
      <Button type="submit" isBusy={reply.isPending} disabled={!text.trim()}>
        Reply
      </Button>
    </form>
  );
}

function FlagButton({ rating }: { rating: RatingView }) {
  const flag = useFlagRating(rating.id);
  const notify = useToast();
  return (
    <Button
      size="small"
      isBusy={flag.isPending}
      onClick={() =>
        void flag
          .mutateAsync({ reason: "Reported as abusive from the assignment page" })
          .then(() => notify("Flagged for Trust & Safety."))
      }
    >
      Flag as abusive
    </Button>
  );
}

function RatingCard({
  rating,
  title,
  reportable = false,
}: {
  rating: RatingView;
  title: string;
  reportable?: boolean;
}) {
  return (
    <article className="rating" aria-label={title}>
      <h3>{title}</h3>
      <p>
        Overall: <strong>{levelText[rating.overall]}</strong> ·{" "}
        {Object.entries(rating.scores)
          .map(([k, v]) => `${names[k] ?? k}: ${levelText[v]}`)
          .join(" · ")}
      </p>
      <blockquote>{rating.review}</blockquote>
      {reportable ? <ReportButton subjectType="rating" subjectId={rating.id} /> : null}
      {rating.publishedAt ? (
        <p className="muted">
          Published <DateTime value={rating.publishedAt} />
        </p>
      ) : (
        <p className="muted">Hidden from the other side until both have rated or the blind period ends.</p>
      )}
      {rating.reply ? (
        <p>
          <strong>Reply:</strong> {rating.reply}
        </p>
      ) : null}
      {rating.actions.includes("reply") ? <ReplyBox rating={rating} /> : null}
      {rating.actions.includes("flag") ? <FlagButton rating={rating} /> : null}
    </article>
  );
}

/** The assignment page's ratings (issue 14 item 1): the form while rating is open, then both published ratings. */
export function RatingSection({ assignmentId }: { assignmentId: string }) {
  const ratings = useAssignmentRatings(assignmentId);
  const data = ratings.data;
  if (!data || (!data.canRate && data.ratings.length === 0)) {
    return null;
  }
  const others = data.ratings.filter((r) => r.id !== data.mine?.id);
  const about = (r: RatingView) =>
    r.rates === "worker" ? "The company's rating of the worker" : "The worker's rating of the company";
  return (
    <Section
      title="Ratings"
      description={
        data.published
          ? "Published: both sides can read them."
          : data.publishesAt
            ? "Double-blind: neither side sees the other's rating until both have rated, or until the date below."
            : "Double-blind: neither side sees the other's rating until both have rated, or 14 days after the first."
      }
    >
      {!data.published && data.publishesAt ? (
        <p className="muted">
          Published at the latest <DateTime value={data.publishesAt} />.
        </p>
      ) : null}
      {data.mine ? <RatingCard rating={data.mine} title="Your rating" /> : null}
      {others.map((r) => (
        <RatingCard key={r.id} rating={r} title={about(r)} reportable />
      ))}
      {data.canRate && data.rates ? <RateForm assignmentId={assignmentId} rates={data.rates} mine={data.mine} /> : null}
    </Section>
  );
}
