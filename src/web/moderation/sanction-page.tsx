import { Link, useParams } from "react-router";
import type { SanctionView } from "#domains/moderation/views";
import { ruleLink } from "#shared/violation-rules";
import { DateTime } from "../ui/date-time";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { StatusBadge } from "../ui/status-badge";
import { kindLabels, sanctionStatusLabels, scopeLabels } from "./labels";
import { useSanction } from "./queries";
import { AppealForm, ReviewForm } from "./sanction-forms";

function Appeal({ sanction }: { sanction: SanctionView }) {
  const appeal = sanction.appeal;
  if (!appeal) {
    return sanction.actions.includes("appeal") ? <AppealForm sanction={sanction} /> : <p>No appeal was made.</p>;
  }
  return (
    <>
      <p>
        Appealed <DateTime value={appeal.appealedAt} />:
      </p>
      <blockquote>{appeal.statement}</blockquote>
      {appeal.outcome ? (
        <p>
          <strong>Appeal {appeal.outcome}</strong> on <DateTime value={appeal.reviewedAt ?? appeal.appealedAt} />:{" "}
          {appeal.reason}
        </p>
      ) : (
        <p className="muted">Waiting for review by a staff member who did not make the decision.</p>
      )}
      {sanction.actions.includes("lift") ? <ReviewForm sanction={sanction} /> : null}
    </>
  );
}

/**
 * /sanctions/:id: the notice a sanctioned party receives (issue 15, items 8 and 9): the rule, the reason, what it
 * covers, its end, and the appeal form; for Trust & Safety the same page carries the appeal review.
 */
export function SanctionPage() {
  const id = useParams().id ?? "";
  const sanction = useSanction(id);
  if (sanction.isPending) {
    return <Loading />;
  }
  if (sanction.isError) {
    return <ProblemAlert error={sanction.error} onRetry={() => void sanction.refetch()} />;
  }
  const s = sanction.data;
  return (
    <>
      <PageHeader
        eyebrow="Trust & Safety notice"
        title={`${kindLabels[s.kind]} on ${s.party.name}`}
        lead={
          <>
            Under <Link to={ruleLink(s.rule)}>{`${s.rule} ${s.ruleTitle}`}</Link> of the Community Violation Guidelines.
          </>
        }
      />
      <Section title="The decision">
        <p>
          <StatusBadge status={s.status} label={sanctionStatusLabels[s.status]} />
        </p>
        <p>{s.reason}</p>
        {s.kind === "restriction" ? (
          <p>Until it ends you may not: {s.scopes.map((scope) => scopeLabels[scope].toLowerCase()).join(", ")}.</p>
        ) : null}
        {s.kind === "suspension" || s.kind === "ban" ? (
          <p>You can read your data, this notice and appeal; everything else is refused while it is in force.</p>
        ) : null}
        <p>
          Issued <DateTime value={s.issuedAt} />;{" "}
          {s.endsAt ? (
            <>
              ends <DateTime value={s.endsAt} />
            </>
          ) : (
            "permanent"
          )}
          . Based on {s.evidenceCount} report(s).
        </p>
        {s.reportIds ? (
          <p className="muted">
            Evidence:{" "}
            {s.reportIds.map((r) => (
              <Link key={r} to={`/staff/reports/${r}`}>
                {r.slice(0, 8)}{" "}
              </Link>
            ))}
          </p>
        ) : null}
      </Section>
      <Section title="Appeal">
        <Appeal sanction={s} />
      </Section>
    </>
  );
}
