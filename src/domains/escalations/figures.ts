/**
 * The team's figures (issue 15, item 4): time to first response, update intervals kept, time to close. Pure: the
 * dashboard query hands in the rows, this counts them with the same business-day rule the clocks use.
 */
import { nextUpdateDue } from "./clocks";

export interface CaseTimes {
  status: string;
  openedAt: Date;
  firstResponseDueAt: Date;
  firstResponseAt: Date | null;
  closedAt: Date | null;
  nextUpdateDueAt: Date | null;
  /** The team's messages to the parties, oldest first. */
  updates: Date[];
}

const HOUR = 3_600_000;
const average = (values: number[]) =>
  values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;

export function figuresOf(cases: CaseTimes[], now: Date) {
  const active = cases.filter((c) => c.status === "open" || c.status === "in_review");
  const answered = cases.filter((c) => c.firstResponseAt !== null);
  const onTime = answered.filter((c) => c.firstResponseAt !== null && c.firstResponseAt <= c.firstResponseDueAt);
  let intervals = 0;
  let kept = 0;
  for (const c of cases) {
    for (let i = 1; i < c.updates.length; i += 1) {
      const before = c.updates[i - 1];
      const after = c.updates[i];
      if (before && after) {
        intervals += 1;
        kept += after <= nextUpdateDue(before) ? 1 : 0;
      }
    }
  }
  const ended = cases.filter((c) => c.closedAt !== null);
  const count = (status: string) => cases.filter((c) => c.status === status).length;
  return {
    active: active.length,
    overdue: active.filter((c) => c.nextUpdateDueAt !== null && c.nextUpdateDueAt < now).length,
    firstResponse: {
      answered: answered.length,
      withinOneBusinessDay: onTime.length,
      averageHours: average(answered.map((c) => ((c.firstResponseAt?.getTime() ?? 0) - c.openedAt.getTime()) / HOUR)),
    },
    updates: { intervals, kept },
    closing: {
      resolved: count("resolved"),
      closed: count("closed"),
      withdrawn: count("withdrawn"),
      averageHours: average(ended.map((c) => ((c.closedAt?.getTime() ?? 0) - c.openedAt.getTime()) / HOUR)),
    },
  };
}
