import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import { companyFigures, type ScorecardSubject, workerFigures } from "../contract";
import { figureValue, isRed, lastMonths, specOf } from "../figures";
import { readMonths } from "../monthly-steps";
import type { MonthlyScorecard } from "../views";

/** Hours with one decimal from the median milliseconds. */
const hours = (ms: number | null) => (ms === null ? null : Math.round(ms / 360_000) / 10);
const nowOnly = "A state of right now (open invoices past their due date): it has no monthly history.";

/**
 * Each scorecard figure per UTC month for the last 12 months (issue 14 item 6), from the kept month sums (never the
 * history); the same readers as the scorecard. A month is judged red by the same thresholds as the last 90 days.
 */
export async function getMonthlyScorecard(ctx: Ctx, subject: ScorecardSubject, id: string): Promise<MonthlyScorecard> {
  const { name, rows } = await readMonths(ctx.db, subject, id, ctx.now);
  if (name === null) {
    throw new Problem("not_found", `No ${subject} with this id.`, { subjectType: subject });
  }
  const kept = new Map(rows.map((r) => [`${r.figure}@${r.month}`, r]));
  const months = lastMonths(ctx.now);
  const keys = subject === "company" ? companyFigures : workerFigures;
  return {
    subject: { type: subject, id, name },
    months: months.map((m) => m.slice(0, 7)),
    figures: keys.map((key) => {
      const spec = specOf(subject, key);
      const note = key === "pastDueNow" ? nowOnly : (spec.note ?? null);
      return {
        key,
        label: spec.label,
        unit: spec.unit,
        definition: spec.definition,
        note,
        points: months.map((month) => {
          const row = kept.get(`${key}@${month}`);
          const count = note ? 0 : (row?.count ?? 0);
          const value =
            note !== null
              ? null
              : key === "responseTime"
                ? hours(row?.total ?? null)
                : figureValue(spec, count, row?.total ?? 0);
          return { month: month.slice(0, 7), value, count, red: isRed(spec, value) };
        }),
      };
    }),
  };
}
