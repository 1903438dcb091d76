import { and, desc, eq, sql } from "drizzle-orm";
import { userActor } from "#domains/accounts/index";
import { companies } from "#domains/accounts/tables";
import { notBlocked } from "#domains/companies/index";
import { getWorkerHomes } from "#domains/workers/index";
import type { Ctx } from "#platform/context";
import { decodeCursor, toPage } from "#platform/pagination";
import type { Currency } from "#shared/money";
import { completenessFor } from "../completeness";
import { availableActions } from "../lifecycle";
import { companySummaryOf } from "../provider-steps";
import { distanceKm, pricingOf, scheduleOf } from "../schedule";
import { partiesAndFacts } from "../scope";
import { assignmentRecipients, assignments } from "../tables";
import type { Inbox, InboxQuery } from "../views";

/** What was sent to the worker: the client, the price, the schedule, how far from home, and the completeness report. */
export async function listWorkerInbox(ctx: Ctx, query: InboxQuery): Promise<Inbox> {
  const me = userActor(ctx).userId;
  const after = decodeCursor(query.cursor);
  const r = assignmentRecipients;
  const rows = await ctx.db
    .select({ recipient: r, row: assignments, companyName: companies.name })
    .from(r)
    .innerJoin(assignments, eq(assignments.id, r.assignmentId))
    .innerJoin(companies, eq(companies.id, assignments.companyId))
    .where(
      and(
        eq(r.workerId, me),
        // A company the worker blocked, or that blocked them: its open invitations (new work) leave the inbox; work
        // already taken stays until it ends (issue 15 item 10).
        sql`(${r.status} <> 'invited' OR ${notBlocked(assignments.companyId, me)})`,
        query.status ? eq(r.status, query.status) : undefined,
        after
          ? sql`(${r.invitedAt}, ${r.assignmentId}) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(r.invitedAt), desc(r.assignmentId))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (x) => [x.recipient.invitedAt.toISOString(), x.row.id]);
  const home = (await getWorkerHomes(ctx.db, [me])).get(me) ?? null;
  const known = await partiesAndFacts(
    ctx.db,
    ctx.actor,
    page.items.map((item) => item.row),
    ctx.now,
  );
  // One summary per company on the page, not per item.
  const companyIds = [...new Set(page.items.map((item) => item.row.companyId))];
  const summaries = new Map(
    await Promise.all(companyIds.map(async (id) => [id, await companySummaryOf(ctx.db, id, ctx.now)] as const)),
  );
  const items = page.items.map(({ recipient, row, companyName }, index) => {
    // partiesAndFacts answers one entry per row, in the rows' order.
    const { facts, party } = known[index] as (typeof known)[number];
    const site = row.location;
    return {
      id: row.id,
      title: row.title,
      status: row.status,
      company: { id: row.companyId, name: companyName, profileUrl: `/companies/${row.companyId}` },
      pricing: pricingOf(row),
      // Accepted increases belong to the assigned worker's engagement; other invitees see the priced maximum.
      maximumSpend: {
        amount: row.maximumSpend + (row.assignedWorkerId === me ? row.extraBudget : 0),
        currency: row.currency as Currency,
      },
      locationType: row.locationType,
      city: site?.city ?? null,
      schedule: scheduleOf(row),
      timeZone: row.timeZone,
      routingMode: row.routingMode,
      distanceKm: home && site ? distanceKm(home, site) : null,
      // A worker sees a draft's report as null and a sent one's snapshot, so no live count is needed here.
      completeness: completenessFor(row, party, 0, ctx.now),
      invitation: {
        status: recipient.status,
        invitedAt: recipient.invitedAt.toISOString(),
        expiresAt: row.invitationsExpireAt?.toISOString() ?? null,
      },
      assignedToMe: row.assignedWorkerId === me,
      actions: availableActions(facts, party),
      companyScorecard: summaries.get(row.companyId) ?? null,
    };
  });
  return { items, nextCursor: page.nextCursor };
}
