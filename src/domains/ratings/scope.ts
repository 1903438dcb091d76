/**
 * Who sees which rating and may act: the caller's party on an assignment and on a rating, the assignment lock the
 * rate action starts with, and the one view every rating read and action answers (double-blind: a hidden rating
 * is seen by its author only).
 */
import { and, eq, isNotNull, ne, or, type SQL, sql } from "drizzle-orm";
import { assignments } from "#domains/assignments/tables";
import type { Actor } from "#platform/context";
import type { Executor } from "#platform/db";
import { events } from "#platform/tables";
import { Problem } from "#shared/problems";
import type { Ratee } from "./contract";
import { type Party, type RateFacts, type RatingParty, ratingActionsFor } from "./lifecycle";
import { ratings } from "./tables";
import type { AssignmentRatings, RatingView } from "./views";

export type AssignmentRow = typeof assignments.$inferSelect;
export type RatingRow = typeof ratings.$inferSelect;

export const assignmentNotFound = () =>
  new Problem("not_found", "No assignment with this id is visible to you.", { subjectType: "assignment" });
export const ratingNotFound = () =>
  new Problem("not_found", "No rating with this id is visible to you.", { subjectType: "rating" });

/** The caller on an assignment: a member of its company by role, its (last) assigned worker, or nobody (null). */
export function partyOn(actor: Actor, row: Pick<AssignmentRow, "companyId" | "assignedWorkerId">): Party | null {
  if (actor.kind !== "user") {
    return null;
  }
  if (actor.accountType === "client" && actor.companyId === row.companyId && actor.companyRole) {
    return actor.companyRole;
  }
  return actor.accountType === "worker" && actor.userId === row.assignedWorkerId ? "assignee" : null;
}

/** Who the party rates: the company rates the worker, the worker the company. */
export const ratesOf = (party: Party): Ratee => (party === "assignee" ? "company" : "worker");

/** The assignment, locked so both sides' ratings of it are serialised; 404 when the caller is not a party. */
export async function lockAssignment(tx: Executor, actor: Actor, id: string) {
  const [row] = await tx.select().from(assignments).where(eq(assignments.id, id)).for("update");
  const party = row ? partyOn(actor, row) : null;
  if (!row || party === null) {
    throw assignmentNotFound();
  }
  return { row, party };
}

export async function ratingsOf(tx: Executor, assignmentId: string): Promise<RatingRow[]> {
  return tx.select().from(ratings).where(eq(ratings.assignmentId, assignmentId)).orderBy(ratings.rates);
}

export const rateFacts = (row: AssignmentRow, rows: RatingRow[]): RateFacts => ({
  status: row.status,
  hadWorker: row.assignedWorkerId !== null,
  published: rows.some((r) => r.publishedAt !== null),
});

/**
 * The caller on a rating. A rating belongs to its side: the company's rating of the worker to every member of the
 * company (`rater`), the worker's rating of the company to the worker. The rated side meets it only once published:
 * the rated worker, or the rated company's admins and managers (`rated`, who may reply) and other members.
 */
export function partyOfRating(actor: Actor, row: RatingRow): RatingParty | null {
  if (actor.kind !== "user") {
    return null;
  }
  const member = actor.accountType === "client" && actor.companyId === row.companyId;
  const theWorker = actor.accountType === "worker" && actor.userId === row.workerId;
  if ((row.rates === "worker" && member) || (row.rates === "company" && theWorker)) {
    return "rater";
  }
  if (row.publishedAt === null) {
    return null;
  }
  if (row.rates === "worker" && theWorker) {
    return "rated";
  }
  if (row.rates === "company" && member) {
    return actor.companyRole === "admin" || actor.companyRole === "manager" ? "rated" : "rated_member";
  }
  return "reader";
}

/** The condition a rating list applies for a reader: the published ones, and their own side's. */
export function ratingsVisibleTo(actor: Actor): SQL {
  const published = isNotNull(ratings.publishedAt);
  if (actor.kind !== "user") {
    return published;
  }
  const own =
    actor.accountType === "client" && actor.companyId
      ? and(eq(ratings.rates, "worker"), eq(ratings.companyId, actor.companyId))
      : and(eq(ratings.rates, "company"), eq(ratings.workerId, actor.userId));
  return or(published, own) as SQL;
}

export function ratingView(row: RatingRow, party: RatingParty | null): RatingView {
  return {
    id: row.id,
    assignmentId: row.assignmentId,
    rates: row.rates,
    companyId: row.companyId,
    workerId: row.workerId,
    overall: row.overall,
    scores: row.scores,
    review: row.review,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    reply: row.reply,
    repliedAt: row.repliedAt?.toISOString() ?? null,
    actions: ratingActionsFor({ status: row.publishedAt ? "published" : "hidden", replied: row.reply !== null }, party),
  };
}

/** An assignment's ratings as the caller may see them: never the other side's while hidden. */
export function assignmentRatingsView(
  actor: Actor,
  row: AssignmentRow,
  party: Party,
  rows: RatingRow[],
  canRate: boolean,
): AssignmentRatings {
  const visible = rows
    .map((r) => ({ r, p: partyOfRating(actor, r) }))
    .filter((x): x is { r: RatingRow; p: RatingParty } => x.p !== null);
  const rates = ratesOf(party);
  const mine = visible.find((x) => x.r.rates === rates && x.p === "rater");
  const first = rows[0];
  return {
    assignmentId: row.id,
    ratings: visible.map((x) => ratingView(x.r, x.p)),
    mine: mine ? ratingView(mine.r, mine.p) : null,
    canRate,
    rates: party === "viewer" || party === "finance" ? null : rates,
    published: rows.some((r) => r.publishedAt !== null),
    publishesAt: first ? first.publishesAt.toISOString() : null,
  };
}

/** SELECT … FOR UPDATE of a rating the caller may see (a hidden one only by its own side); 404 otherwise. */
export async function lockRating(tx: Executor, actor: Actor, id: string) {
  const [row] = await tx.select().from(ratings).where(eq(ratings.id, id)).for("update");
  const party = row ? partyOfRating(actor, row) : null;
  if (!row || party === null) {
    throw ratingNotFound();
  }
  return { row, party };
}

/**
 * Which of a rating's events a caller reads through GET /events?subject=rating:<id> (history domain), as a condition
 * on the events table; null (404) when the rating is not theirs to see, so a hidden rating's history is its own
 * side's alone, like the rating (double-blind). A flag is a report to Trust & Safety: only the person who flagged
 * (and staff) read it.
 */
export async function ratingHistoryScope(tx: Executor, actor: Actor, id: string): Promise<SQL | null> {
  const [row] = await tx.select().from(ratings).where(eq(ratings.id, id));
  if (!row || partyOfRating(actor, row) === null || actor.kind !== "user") {
    return null;
  }
  if (actor.accountType === "staff") {
    return sql`true`;
  }
  return or(ne(events.action, "rating.flagged"), eq(events.actorId, actor.userId)) as SQL;
}
