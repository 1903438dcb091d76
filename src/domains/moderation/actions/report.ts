import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { consumeRateLimit, rateLimited } from "#platform/rate-limit";
import { Problem } from "#shared/problems";
import type { FileReport } from "../contract";
import { reportViews } from "../scope";
import { partyOfSubject } from "../steps";
import { reports } from "../tables";
import type { ReportView } from "../views";

/**
 * Reports one person may file in an hour. A report costs Trust & Safety a careful read, so a flood from one account
 * (a grudge, a script) would bury everyone else's; 20 an hour is far above what an honest reporter sends.
 * operations.ts (fileReport) states the number in the API reference: change both together.
 */
export const REPORTS_PER_HOUR = 20;
const REPORT_WINDOW_MS = 3_600_000;

/**
 * POST /reports (issue 15, item 7): anyone signed in reports a person, a company, an assignment, a message or a
 * review for a named rule. The record must be one the reporter can see (404 otherwise). Nobody is told: the report
 * waits in Trust & Safety's queue, and its event's subject is the report, which no history route shows the party.
 * At most REPORTS_PER_HOUR per reporter (429 `rate_limited` with Retry-After). The hit is counted in the report's own
 * transaction, so only a report actually filed counts (a refused one rolls its hit back), and the counter's row lock
 * makes concurrent reports from one person, on any server process, count one after another.
 */
export async function fileReport(ctx: Ctx, input: FileReport): Promise<ReportView> {
  return ctx.transaction(async (tx) => {
    const party = await partyOfSubject(tx, ctx, input.subjectType, input.subjectId);
    const actor = ctx.actor;
    if (actor.kind !== "user") {
      throw new Problem("unauthenticated", "Log in first.");
    }
    if (party.partyId === actor.userId || party.partyId === actor.companyId) {
      throw new Problem("validation_failed", "You cannot report yourself or your own company.", {}, [
        { pointer: "/body/subjectId", message: "This is you or your own company." },
      ]);
    }
    const limit = await consumeRateLimit(tx, `report:user:${actor.userId}`, {
      limit: REPORTS_PER_HOUR,
      windowMs: REPORT_WINDOW_MS,
      now: ctx.now,
    });
    if (!limit.allowed) {
      throw rateLimited(
        `You have sent ${REPORTS_PER_HOUR} reports this hour; Trust & Safety reads each one.`,
        limit.retryAfterSeconds,
        ctx.now,
      );
    }
    const [row] = await tx
      .insert(reports)
      .values({
        reporterId: actor.userId,
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        ...party,
        rule: input.rule,
        details: input.details,
        status: "open",
        createdAt: ctx.now,
      })
      .returning();
    if (!row) {
      throw new Error("report insert returned nothing");
    }
    await recordEvent(tx, ctx, {
      action: "report.filed",
      subject: { type: "report", id: row.id },
      data: { rule: row.rule, subjectType: row.subjectType },
    });
    const [view] = await reportViews(tx, [row]);
    if (!view) {
      throw new Error("report view missing");
    }
    return view;
  });
}
