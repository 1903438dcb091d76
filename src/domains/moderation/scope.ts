import { and, asc, desc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { companies, users } from "#domains/accounts/tables";
import type { Actor, Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { decodeCursor } from "#platform/pagination";
import { Problem } from "#shared/problems";
import { ruleOf } from "#shared/violation-rules";
import type { PartyType, SanctionParty } from "./contract";
import { suggestedKind } from "./ladder";
import { sanctionActionsFor } from "./lifecycle";
import { reportEvidence, reports, sanctions } from "./tables";
import type { PartyView, ReportView, SanctionView, StaffReportView } from "./views";

export type SanctionRow = typeof sanctions.$inferSelect;
export type ReportRow = typeof reports.$inferSelect;

/**
 * Keyset paging of a moderation list on (timestamp, id): the order, and the rows after the cursor's row in it. The id
 * breaks ties (many reports can share a millisecond), so a row is never shown twice nor skipped between pages. A
 * cursor that does not decode, or whose values are not a time and an id, is a 400 (pagination.ts, errors.ts).
 */
export function keyset(at: AnyPgColumn, id: AnyPgColumn, direction: "asc" | "desc", cursor: string | undefined) {
  const after = decodeCursor(cursor);
  const sort = direction === "asc" ? asc : desc;
  const where = !after
    ? undefined
    : direction === "asc"
      ? sql`(${at}, ${id}) > (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`
      : sql`(${at}, ${id}) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`;
  return { where, orderBy: [sort(at), sort(id)] };
}

/** The cursor of a row: its list's timestamp and its id. */
export const keyOf = (at: Date | null, id: string) => [at?.toISOString() ?? null, id];

export const isTrustSafety = (actor: Actor): boolean =>
  actor.kind === "user" &&
  actor.accountType === "staff" &&
  (actor.staffRole === "trust_safety" || actor.staffRole === "admin");

/** The sanctions the caller may read: their own, their company's, or all of them for Trust & Safety. */
export function sanctionsVisibleTo(actor: Actor): SQL {
  if (isTrustSafety(actor)) {
    return sql`true`;
  }
  if (actor.kind !== "user") {
    return sql`false`;
  }
  const own = and(eq(sanctions.partyType, "user"), eq(sanctions.partyId, actor.userId));
  const company = actor.companyId
    ? and(eq(sanctions.partyType, "company"), eq(sanctions.partyId, actor.companyId))
    : undefined;
  return or(own, company) ?? sql`false`;
}

/** Who the caller is on this sanction (lifecycle.ts), or null when they may not see it (a 404). */
export function sanctionPartyOf(actor: Actor, row: SanctionRow): SanctionParty | null {
  if (actor.kind === "system") {
    return "system";
  }
  if (actor.kind !== "user") {
    return null;
  }
  if (isTrustSafety(actor)) {
    return row.issuedBy === actor.userId ? "issuer" : "reviewer";
  }
  if (row.partyType === "user") {
    return row.partyId === actor.userId ? "party" : null;
  }
  if (actor.companyId !== row.partyId) {
    return null;
  }
  return actor.companyRole === "admin" ? "party" : "member";
}

/** The sanction under a row lock, with the caller's part in it; 404 when the caller may not see it. */
export async function lockSanction(tx: Executor, actor: Actor, id: string) {
  const [row] = await tx.select().from(sanctions).where(eq(sanctions.id, id)).for("update");
  const party = row ? sanctionPartyOf(actor, row) : null;
  if (!row || party === null) {
    throw new Problem("not_found", "No sanction with this id is visible to you.", { subjectType: "sanction" });
  }
  return { row, party, facts: { status: row.status, appealedAt: row.appealedAt } };
}

/** The names of parties, for views: a person's name or a company's. */
export async function partyNames(
  tx: Executor,
  parties: readonly { partyType: PartyType; partyId: string }[],
): Promise<Map<string, string>> {
  const userIds = parties.filter((p) => p.partyType === "user").map((p) => p.partyId);
  const companyIds = parties.filter((p) => p.partyType === "company").map((p) => p.partyId);
  const names = new Map<string, string>();
  if (userIds.length > 0) {
    for (const u of await tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds))) {
      names.set(u.id, u.name);
    }
  }
  if (companyIds.length > 0) {
    for (const c of await tx
      .select({ id: companies.id, name: companies.name })
      .from(companies)
      .where(inArray(companies.id, companyIds))) {
      names.set(c.id, c.name);
    }
  }
  return names;
}

const partyOf = (row: { partyType: PartyType; partyId: string }, names: Map<string, string>): PartyView => ({
  type: row.partyType,
  id: row.partyId,
  name: names.get(row.partyId) ?? "",
});

/** Sanction views for one caller: staff see the evidence's ids and the staff involved, the party neither. */
export async function sanctionViews(tx: Executor, actor: Actor, rows: readonly SanctionRow[]): Promise<SanctionView[]> {
  if (rows.length === 0) {
    return [];
  }
  const names = await partyNames(tx, rows);
  const evidence = await tx
    .select({ id: reports.id, sanctionId: reports.sanctionId })
    .from(reports)
    .where(
      inArray(
        reports.sanctionId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(reports.createdAt);
  const staff = isTrustSafety(actor);
  return rows.map((row) => {
    const reportIds = evidence.filter((e) => e.sanctionId === row.id).map((e) => e.id);
    return {
      id: row.id,
      party: partyOf(row, names),
      kind: row.kind,
      rule: row.rule,
      ruleTitle: ruleOf(row.rule).title,
      scopes: row.scopes,
      reason: row.reason,
      status: row.status,
      issuedAt: row.issuedAt.toISOString(),
      endsAt: row.endsAt?.toISOString() ?? null,
      endedAt: row.endedAt?.toISOString() ?? null,
      evidenceCount: reportIds.length,
      reportIds: staff ? reportIds : null,
      issuedBy: staff ? row.issuedBy : null,
      reviewedBy: staff ? row.reviewedBy : null,
      appeal:
        row.appealedAt && row.appealStatement !== null
          ? {
              statement: row.appealStatement,
              appealedAt: row.appealedAt.toISOString(),
              outcome: row.appealOutcome,
              reason: row.appealReason,
              reviewedAt: row.reviewedAt?.toISOString() ?? null,
            }
          : null,
      actions: sanctionActionsFor({ status: row.status, appealedAt: row.appealedAt }, sanctionPartyOf(actor, row)),
    };
  });
}

export async function sanctionView(tx: Executor, actor: Actor, id: string): Promise<SanctionView> {
  const rows = await tx.select().from(sanctions).where(eq(sanctions.id, id));
  const [view] = await sanctionViews(tx, actor, rows);
  if (!view) {
    throw new Error(`sanction ${id} vanished`);
  }
  return view;
}

/** A party's sanctions, newest first: the history staff weigh and the ladder reads. */
export async function historyOf(tx: Executor, party: { partyType: PartyType; partyId: string }) {
  return tx
    .select()
    .from(sanctions)
    .where(and(eq(sanctions.partyType, party.partyType), eq(sanctions.partyId, party.partyId)))
    .orderBy(desc(sanctions.issuedAt));
}

/** The reporter's view of their reports, evidence included. */
export async function reportViews(tx: Executor, rows: readonly ReportRow[]): Promise<ReportView[]> {
  if (rows.length === 0) {
    return [];
  }
  const files = await tx
    .select()
    .from(reportEvidence)
    .where(
      inArray(
        reportEvidence.reportId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(reportEvidence.createdAt);
  return rows.map((row) => ({
    id: row.id,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    rule: row.rule,
    details: row.details,
    status: row.status,
    evidence: files
      .filter((f) => f.reportId === row.id)
      .map((f) => ({
        id: f.id,
        fileName: f.fileName,
        contentType: f.contentType,
        size: f.size,
        createdAt: f.createdAt.toISOString(),
      })),
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
  }));
}

/** A report the caller filed or, for Trust & Safety, any report; 404 otherwise. */
export async function visibleReport(tx: Executor, actor: Actor, id: string, lock = false): Promise<ReportRow> {
  const query = tx.select().from(reports).where(eq(reports.id, id));
  const [row] = lock ? await query.for("update") : await query;
  const mine = row && actor.kind === "user" && row.reporterId === actor.userId;
  if (!row || !(mine || isTrustSafety(actor))) {
    throw new Problem("not_found", "No report with this id is visible to you.", { subjectType: "report" });
  }
  return row;
}

/** Trust & Safety's page of one report: the evidence, the reporter, the party's earlier sanctions and the next step. */
export async function staffReportView(
  tx: Executor,
  ctx: Pick<Ctx, "actor" | "now">,
  id: string,
): Promise<StaffReportView> {
  const row = await visibleReport(tx, ctx.actor, id);
  const [view] = await reportViews(tx, [row]);
  const [reporter] = await tx
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, row.reporterId));
  if (!view || !reporter) {
    throw new Error(`report ${id} is missing its parts`);
  }
  const earlier = await historyOf(tx, row);
  const others = await tx
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.partyType, row.partyType), eq(reports.partyId, row.partyId), eq(reports.status, "open")))
    .orderBy(reports.createdAt);
  return {
    ...view,
    reporter,
    party: partyOf(row, await partyNames(tx, [row])),
    dismissReason: row.dismissReason,
    sanctionId: row.sanctionId,
    history: await sanctionViews(tx, ctx.actor, earlier),
    suggestedKind: suggestedKind(earlier, ctx.now),
    otherOpenReportIds: others.map((o) => o.id).filter((other) => other !== id),
  };
}
