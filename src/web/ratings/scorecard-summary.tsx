import { type ReactNode, useState } from "react";
import { Link } from "react-router";
import type { ScorecardSummary } from "#shared/scorecard-summary";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { figureText } from "./figure-text";
import { useScorecard } from "./queries";

/**
 * The compact Company Scorecard (last 90 days) where the worker decides: inbox cards and the assignment page, from
 * the summary the API view carries. Red figures are marked in words, not by colour alone; each links to its list.
 */
export function CompactScorecard({
  summary,
  companyId,
  name,
}: {
  summary: ScorecardSummary | null;
  companyId: string;
  name: string;
}) {
  if (!summary) {
    return null;
  }
  const base = `/companies/${companyId}/scorecard`;
  return (
    <section className="scorecard-summary" aria-label={`${name}'s scorecard, last 90 days`}>
      <p className="muted">
        <Link to={base}>Scorecard of {name}</Link> · last 90 days
      </p>
      <dl className="facts">
        {summary.figures.map((f) => (
          <div key={f.key}>
            <dt>{f.label}</dt>
            <dd>
              <Link to={`${base}/${f.key}`}>{figureText({ ...f, note: null })}</Link>
              {f.red ? <span className="badge badge--danger">Red</span> : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The compact scorecard in one line, for a list of invitations: which figures are red, linked to the scorecard. */
export function ScorecardLine({ summary, companyId }: { summary: ScorecardSummary | null; companyId: string }) {
  if (!summary) {
    return null;
  }
  return (
    <span className="small">
      {" · "}
      <Link to={`/companies/${companyId}/scorecard`}>Scorecard</Link>
      {summary.red.length > 0 ? (
        <>
          : <span className="badge badge--danger">Red</span> {summary.red.join(", ")}
        </>
      ) : (
        <span className="muted">: nothing red</span>
      )}
    </span>
  );
}

/**
 * Accepting or applying first asks when any of the company's figures is red, naming them (issue 14 item 3).
 * `guard(run)` runs at once when nothing is red.
 */
export function useRedConfirmation(summary: ScorecardSummary | null, companyName: string) {
  const red = summary?.figures.filter((f) => f.red) ?? [];
  const others = (summary?.red ?? []).filter((label) => !red.some((f) => f.label === label));
  const [pending, setPending] = useState<(() => void) | null>(null);
  const guard = (run: () => void) => (red.length + others.length > 0 ? setPending(() => run) : run());
  const dialog: ReactNode = (
    <ConfirmDialog
      isOpen={pending !== null}
      title={`${companyName} has red figures`}
      confirmLabel="Continue anyway"
      tone="primary"
      onConfirm={() => {
        const run = pending;
        setPending(null);
        run?.();
      }}
      onClose={() => setPending(null)}
    >
      <p>Over the last 90 days, on the company's scorecard:</p>
      <ul>
        {red.map((f) => (
          <li key={f.key}>
            {f.label}: {figureText({ ...f, note: null })}
          </li>
        ))}
        {others.map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
    </ConfirmDialog>
  );
  return { guard, dialog };
}

const compactKeys = ["approvalDays", "paidOnTime", "daysLate", "pastDueNow", "satisfaction", "lateCancellations"];

/** The public company page's compact scorecard, for people logged in (scorecards are not public to the web). */
export function CompanyScorecardCard({
  companyId,
  name,
  loggedIn,
}: {
  companyId: string;
  name: string;
  loggedIn: boolean;
}) {
  const card = useScorecard("company", loggedIn ? companyId : undefined);
  if (!card.data) {
    return null;
  }
  const figures = card.data.last90Days
    .filter((f) => compactKeys.includes(f.key))
    .map(({ key, label, value, unit, count, red }) => ({ key, label, value, unit, count, red }));
  const summary = { red: card.data.red, figures, scorecard: `/api/v1/companies/${companyId}/scorecard` };
  return <CompactScorecard summary={summary} companyId={companyId} name={name} />;
}
