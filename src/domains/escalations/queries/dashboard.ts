import { and, asc, eq, gte } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { type CaseTimes, figuresOf } from "../figures";
import { escalationCases as c, escalationMessages as m } from "../tables";
import type { EscalationDashboard } from "../views";

const DAY = 86_400_000;
/** The dashboard looks back this far: the cases opened in the last 90 days. */
export const DASHBOARD_DAYS = 90;

/** The team's figures over the cases opened in the last 90 days (issue 15, item 4). */
export async function escalationDashboard(ctx: Ctx): Promise<EscalationDashboard> {
  const since = new Date(ctx.now.getTime() - DASHBOARD_DAYS * DAY);
  const cases = await ctx.db.select().from(c).where(gte(c.openedAt, since));
  const updates = await ctx.db
    .select({ caseId: m.caseId, at: m.createdAt })
    .from(m)
    .innerJoin(c, eq(c.id, m.caseId))
    .where(and(gte(c.openedAt, since), eq(m.authorSide, "team"), eq(m.visibility, "parties")))
    .orderBy(asc(m.seq));
  const byCase = new Map<string, Date[]>();
  for (const update of updates) {
    byCase.set(update.caseId, [...(byCase.get(update.caseId) ?? []), update.at]);
  }
  const times: CaseTimes[] = cases.map((row) => ({ ...row, updates: byCase.get(row.id) ?? [] }));
  return { since: since.toISOString(), cases: cases.length, ...figuresOf(times, ctx.now) };
}
