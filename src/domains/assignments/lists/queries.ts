import { stringify } from "csv-stringify/sync";
import { and, desc, eq, gte, ilike, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import { companyActor, userActor } from "#domains/accounts/index";
import { companies, users } from "#domains/accounts/tables";
import { getWorkerHomes } from "#domains/workers/index";
import type { Ctx } from "#platform/context";
import { decodeCursor, toPage } from "#platform/pagination";
import type { Currency } from "#shared/money";
import type { AssignmentLabel } from "../contract";
import { assignmentLifecycle, availableActions } from "../lifecycle";
import { describePricing } from "../pricing";
import { type AssignmentRow, partyAndFacts } from "../queries";
import { distanceKm, pricingOf, scheduleOf } from "../schedule";
import { assignmentRecipients, assignments, assignmentTotals } from "../tables";
import { labelsFor, reportFor } from "../views/view";
import type { AssignmentList, AssignmentQuery, AssignmentSummary, Inbox, InboxQuery } from "./contract";

const live = sql`${assignments.status} IN ('assigned', 'in_progress')`;

/** labels.ts in SQL, rule for rule, so the "exceptions" filter and the computed labels agree (lists.test.ts). */
export function labelCondition(label: AssignmentLabel, now: Date): SQL {
  const a = assignments;
  switch (label) {
    case "not_confirmed":
      return sql`${a.status} = 'assigned' AND ${a.confirmedAt} IS NULL AND ${a.confirmationHours} > 0 AND ${a.startsAt} - make_interval(hours => ${a.confirmationHours}) <= ${now}`;
    case "late":
      return sql`${a.status} = 'assigned' AND (CASE WHEN ${a.scheduleType} = 'window' THEN ${a.endsAt} ELSE ${a.startsAt} END) < ${now}`;
    case "on_hold":
      return sql`${live} AND ${a.holdReason} IS NOT NULL`;
    case "request_pending":
      return sql`${a.status} IN ('assigned', 'in_progress', 'submitted') AND ${a.openRequestCount} > 0`;
    case "deliverable_late":
      return sql`${live} AND COALESCE(${a.deliverablesDueAt}, ${a.deadline}) < ${now}`;
  }
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Every filter but status and the cursor: the totals are counted over these. */
function filtersOf(companyId: string, query: AssignmentQuery, now: Date): SQL[] {
  const text = query.q ? `%${escapeLike(query.q)}%` : null;
  return [
    eq(assignments.companyId, companyId),
    query.label ? labelCondition(query.label, now) : undefined,
    query.from ? gte(assignments.startsAt, new Date(query.from)) : undefined,
    query.to ? lt(assignments.startsAt, new Date(query.to)) : undefined,
    query.workerId ? eq(assignments.assignedWorkerId, query.workerId) : undefined,
    text ? or(ilike(assignments.title, text), ilike(assignments.description, text)) : undefined,
  ].filter((c): c is SQL => c !== undefined);
}

/**
 * What a list row needs, and nothing more: descriptions and instructions (up to 30 000 characters) stay in the
 * table, which keeps a page of 25 light however long the assignments are.
 */
const a = assignments;
const listColumns = {
  id: a.id,
  title: a.title,
  status: a.status,
  locationType: a.locationType,
  location: a.location,
  timeZone: a.timeZone,
  scheduleType: a.scheduleType,
  startsAt: a.startsAt,
  endsAt: a.endsAt,
  deadline: a.deadline,
  confirmationHours: a.confirmationHours,
  confirmedAt: a.confirmedAt,
  holdReason: a.holdReason,
  openRequestCount: a.openRequestCount,
  deliverablesDueAt: a.deliverablesDueAt,
  pricingType: a.pricingType,
  flatAmount: a.flatAmount,
  rate: a.rate,
  flatHours: a.flatHours,
  maxQuantity: a.maxQuantity,
  unitName: a.unitName,
  currency: a.currency,
  maximumSpend: a.maximumSpend,
  assignedWorkerId: a.assignedWorkerId,
  createdAt: a.createdAt,
};
type ListRow = Pick<AssignmentRow, keyof typeof listColumns>;

export function toSummary(row: ListRow, workerName: string | null, now: Date): AssignmentSummary {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    labels: labelsFor(row, now),
    locationType: row.locationType,
    city: row.location?.city ?? null,
    schedule: scheduleOf(row),
    maximumSpend: { amount: row.maximumSpend, currency: row.currency as Currency },
    assignedWorker: row.assignedWorkerId && workerName ? { id: row.assignedWorkerId, name: workerName } : null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The company's rows for a query, newest first; `limit` null means every row (the CSV export). */
export async function selectAssignments(ctx: Ctx, query: AssignmentQuery, limit: number | null) {
  const actor = companyActor(ctx);
  const filters = filtersOf(actor.companyId, query, ctx.now);
  const after = decodeCursor(query.cursor);
  const where = and(
    ...filters,
    query.status?.length ? inArray(assignments.status, query.status) : undefined,
    after
      ? sql`(${assignments.createdAt}, ${assignments.id}) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`
      : undefined,
  );
  const rows = ctx.db
    .select({ row: listColumns, workerName: users.name })
    .from(assignments)
    .leftJoin(users, eq(users.id, assignments.assignedWorkerId))
    .where(where)
    .orderBy(desc(assignments.createdAt), desc(assignments.id));
  return { rows: await (limit === null ? rows : rows.limit(limit + 1)), filters };
}

/**
 * Count and maximum spend per status and currency. Without filters beyond status these are the counters kept with
 * every write (`assignment_totals`); with filters they are aggregated over the matching rows.
 */
async function totalsFor(ctx: Ctx, query: AssignmentQuery, filters: SQL[]) {
  const unfiltered = !query.label && !query.from && !query.to && !query.workerId && !query.q;
  if (unfiltered) {
    const t = assignmentTotals;
    return ctx.db
      .select({ status: t.status, currency: t.currency, count: t.count, maximumSpend: t.maximumSpend })
      .from(t)
      .where(and(eq(t.companyId, companyActor(ctx).companyId), sql`${t.count} > 0`))
      .orderBy(t.status, t.currency);
  }
  return ctx.db
    .select({
      status: assignments.status,
      currency: assignments.currency,
      count: sql<number>`count(*)::int`,
      maximumSpend: sql<number>`coalesce(sum(${assignments.maximumSpend}), 0)::bigint`,
    })
    .from(assignments)
    .where(and(...filters))
    .groupBy(assignments.status, assignments.currency)
    .orderBy(assignments.status, assignments.currency);
}

/** The client's list with filters, totals per status (and currency) and cursor pagination. */
export async function listAssignments(ctx: Ctx, query: AssignmentQuery): Promise<AssignmentList> {
  const { rows, filters } = await selectAssignments(ctx, query, query.limit);
  const page = toPage(rows, query.limit, (r) => [r.row.createdAt.toISOString(), r.row.id]);
  const totals = await totalsFor(ctx, query, filters);
  return {
    items: page.items.map(({ row, workerName }) => toSummary(row, workerName, ctx.now)),
    nextCursor: page.nextCursor,
    totals: totals.map((t) => ({
      status: t.status,
      count: Number(t.count),
      maximumSpend: { amount: Number(t.maximumSpend), currency: t.currency as Currency },
    })),
  };
}

const formulaStart = /^[=+\-@\t\r]/;
/** A cell a spreadsheet would run as a formula is prefixed with a quote (OWASP CSV injection). */
const cell = (value: string) => (formulaStart.test(value) ? `'${value}` : value);
export const EXPORT_LIMIT = 10_000;

/** The filtered list as CSV (first 10 000 rows), amounts in minor units beside their currency. */
export async function exportAssignmentsCsv(ctx: Ctx, query: AssignmentQuery): Promise<string> {
  const { rows } = await selectAssignments(ctx, { ...query, cursor: undefined }, EXPORT_LIMIT - 1);
  const records = rows.map(({ row, workerName }) => [
    row.id,
    cell(row.title),
    row.status,
    labelsFor(row, ctx.now).join(" "),
    cell(row.location?.city ?? ""),
    row.startsAt?.toISOString() ?? "",
    row.endsAt?.toISOString() ?? "",
    row.timeZone,
    cell(describePricing(pricingOf(row), row.currency as Currency)),
    String(row.maximumSpend),
    row.currency,
    cell(workerName ?? ""),
    row.createdAt.toISOString(),
  ]);
  return stringify(records, { header: true, columns: csvColumns });
}

const csvColumns = [
  "id",
  "title",
  "status",
  "labels",
  "city",
  "starts_at",
  "ends_at",
  "time_zone",
  "pricing",
  "maximum_spend_minor_units",
  "currency",
  "assigned_worker",
  "created_at",
];

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
  const items = [];
  for (const { recipient, row, companyName } of page.items) {
    const { facts, party } = await partyAndFacts(ctx.db, ctx.actor, row, ctx.now);
    const site = row.location;
    items.push({
      id: row.id,
      title: row.title,
      status: row.status,
      company: { id: row.companyId, name: companyName, profileUrl: `/companies/${row.companyId}` },
      pricing: pricingOf(row),
      maximumSpend: { amount: row.maximumSpend, currency: row.currency as Currency },
      locationType: row.locationType,
      city: site?.city ?? null,
      schedule: scheduleOf(row),
      timeZone: row.timeZone,
      routingMode: row.routingMode,
      distanceKm: home && site ? distanceKm(home, site) : null,
      completeness: reportFor(row, ctx.now),
      invitation: {
        status: recipient.status,
        invitedAt: recipient.invitedAt.toISOString(),
        expiresAt: row.invitationsExpireAt?.toISOString() ?? null,
      },
      assignedToMe: row.assignedWorkerId === me,
      actions: availableActions(assignmentLifecycle, facts, party),
    });
  }
  return { items, nextCursor: page.nextCursor };
}
