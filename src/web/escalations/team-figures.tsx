import { Section } from "../ui/section";
import { useEscalationDashboard } from "./queries";

const hours = (value: number | null) => (value === null ? "—" : `${value} h`);

/** The escalations team's figures above its queue (issue 15, item 4). */
export function TeamFigures() {
  const dashboard = useEscalationDashboard();
  const f = dashboard.data;
  if (!f) {
    return null;
  }
  return (
    <Section title="Team figures" description="Cases opened in the last 90 days.">
      <dl className="facts">
        <dt>Active cases</dt>
        <dd>
          {f.active} ({f.overdue} overdue)
        </dd>
        <dt>First responses within 1 business day</dt>
        <dd>
          {f.firstResponse.withinOneBusinessDay} of {f.firstResponse.answered} (average{" "}
          {hours(f.firstResponse.averageHours)})
        </dd>
        <dt>Updates within 2 business days</dt>
        <dd>
          {f.updates.kept} of {f.updates.intervals}
        </dd>
        <dt>Ended</dt>
        <dd>
          {f.closing.resolved} resolved by agreement, {f.closing.closed} closed without agreement, {f.closing.withdrawn}{" "}
          withdrawn (average {hours(f.closing.averageHours)} to close)
        </dd>
      </dl>
    </Section>
  );
}
