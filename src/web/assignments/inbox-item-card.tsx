import { useState } from "react";
import { Link } from "react-router";
import type { InboxItem } from "#domains/assignments/views";
import { CompactScorecard, useRedConfirmation } from "../ratings/scorecard-summary";
import { Button } from "../ui/button";
import { FormProblem } from "../ui/form-problem";
import { Money } from "../ui/money";
import { StatusBadge } from "../ui/status-badge";
import { useToast } from "../ui/toast";
import { ApplyDialog } from "./apply-dialog";
import { AssignmentStatusBadges } from "./assignment-status";
import { placeText, pricingSummary, routingText } from "./assignment-text";
import { CompletenessReport } from "./completeness-report";
import { recipientText } from "./invitation-text";
import { useAcceptAssignment, useDeclineAssignment } from "./queries";
import { ReasonDialog } from "./reason-dialog";
import { ScheduleText } from "./schedule-text";
import { useDialogAction } from "./use-dialog-action";

/** One assignment sent to the worker: who, how much, when, how far, how complete; accept, apply or decline here. */
export function InboxItemCard({ item }: { item: InboxItem }) {
  const notify = useToast();
  const accept = useAcceptAssignment(item.id);
  const decline = useDeclineAssignment(item.id);
  const [open, setOpen] = useState<"apply" | "decline" | null>(null);
  const direct = useDialogAction(() => notify(`“${item.title}” is yours.`));
  const currency = item.maximumSpend.currency;
  const has = (action: InboxItem["actions"][number]) => item.actions.includes(action);
  const red = useRedConfirmation(item.companyScorecard, item.company.name);

  return (
    <article className="card" aria-labelledby={`inbox-${item.id}`}>
      <div className="card__header">
        <div>
          <h2 id={`inbox-${item.id}`} className="card__title">
            <Link to={`/assignments/${item.id}`}>{item.title}</Link>
          </h2>
          <p className="card__description">
            From <a href={item.company.profileUrl}>{item.company.name}</a> · {routingText[item.routingMode].label}
          </p>
        </div>
        <span className="inline-list">
          {item.assignedToMe ? (
            <AssignmentStatusBadges status={item.status} labels={[]} />
          ) : (
            <StatusBadge
              status={item.invitation.status}
              label={recipientText[item.invitation.status].label}
              tone={recipientText[item.invitation.status].tone}
            />
          )}
        </span>
      </div>
      <dl className="facts">
        <div>
          <dt>Pay</dt>
          <dd>
            {pricingSummary(item.pricing, currency)} · at most <Money value={item.maximumSpend} />
          </dd>
        </div>
        <div>
          <dt>When</dt>
          <dd>
            <ScheduleText schedule={item.schedule} timeZone={item.timeZone} />
          </dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>
            {placeText(item.locationType, item.city)}
            {item.distanceKm !== null ? ` · ${item.distanceKm} km from your home` : ""}
          </dd>
        </div>
      </dl>
      {/* Null on a draft the worker came off: its live score is the client's business. */}
      {item.completeness ? (
        <details>
          <summary>Completeness {item.completeness.score}/100</summary>
          <CompletenessReport report={item.completeness} label={`Completeness of ${item.title}`} />
        </details>
      ) : null}
      <CompactScorecard summary={item.companyScorecard} companyId={item.company.id} name={item.company.name} />
      <FormProblem message={direct.problem} />
      {item.actions.length > 0 ? (
        <div className="inline-list">
          {has("accept") ? (
            <Button
              variant="primary"
              isBusy={direct.isBusy}
              onClick={() => red.guard(() => void direct.run(() => accept.mutateAsync()))}
            >
              Accept
            </Button>
          ) : null}
          {has("apply") ? (
            <Button variant="primary" onClick={() => red.guard(() => setOpen("apply"))}>
              Apply
            </Button>
          ) : null}
          {has("decline") ? <Button onClick={() => setOpen("decline")}>Decline</Button> : null}
        </div>
      ) : null}
      {red.dialog}
      <ApplyDialog terms={{ ...item, currency }} isOpen={open === "apply"} onClose={() => setOpen(null)} />
      <ReasonDialog
        isOpen={open === "decline"}
        title={`Decline “${item.title}”?`}
        label="Why? (the client reads it)"
        confirmLabel="Decline"
        onSubmit={(reason) => decline.mutateAsync({ reason })}
        onClose={() => setOpen(null)}
      />
    </article>
  );
}
