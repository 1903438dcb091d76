import { and, eq, isNull, ne } from "drizzle-orm";
import { companies, memberships, users } from "#domains/accounts/tables";
import { visibleWithParty } from "#domains/assignments/index";
import { messages } from "#domains/messages/tables";
import { notify } from "#domains/notifications/index";
import { ratings } from "#domains/ratings/tables";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { recordEvent } from "#platform/history";
import { enqueue } from "#platform/jobs";
import { Problem } from "#shared/problems";
import type { PartyType, ReportSubject } from "./contract";
import type { SanctionRow } from "./scope";
import { sanctions } from "./tables";

export const endSanctionJob = "moderation.end-sanction";

const notFound = (subject: ReportSubject) =>
  new Problem("not_found", `No ${subject} with this id is visible to you.`, { subjectType: subject });

/**
 * Who a report is about, worked out when it is filed from a record the reporter can see (404 otherwise, so a report
 * cannot probe for records): a person or company as such; on an assignment, the other side (the company for a
 * worker, the assigned worker for the company); a message's author; a rating's author (its side).
 */
export async function partyOfSubject(
  tx: Executor,
  ctx: Ctx,
  subjectType: ReportSubject,
  subjectId: string,
): Promise<{ partyType: PartyType; partyId: string }> {
  const actor = ctx.actor;
  if (actor.kind !== "user") {
    throw notFound(subjectType);
  }
  if (subjectType === "user") {
    const [row] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, subjectId), ne(users.accountType, "staff")));
    if (!row) {
      throw notFound(subjectType);
    }
    return { partyType: "user", partyId: row.id };
  }
  if (subjectType === "company") {
    const [row] = await tx.select({ id: companies.id }).from(companies).where(eq(companies.id, subjectId));
    if (!row) {
      throw notFound(subjectType);
    }
    return { partyType: "company", partyId: row.id };
  }
  if (subjectType === "assignment") {
    const { row } = await visibleWithParty(tx, ctx, subjectId);
    if (actor.companyId !== row.companyId) {
      return { partyType: "company", partyId: row.companyId };
    }
    if (!row.assignedWorkerId) {
      throw new Problem("validation_failed", "No worker is assigned yet: report a person from their profile.", {}, [
        { pointer: "/body/subjectId", message: "This assignment has no assigned worker to report." },
      ]);
    }
    return { partyType: "user", partyId: row.assignedWorkerId };
  }
  if (subjectType === "message") {
    const [row] = await tx.select().from(messages).where(eq(messages.id, subjectId));
    const sees =
      row &&
      (row.companyId === actor.companyId || (row.workerId === actor.userId && row.kind !== "note")) &&
      row.authorId !== actor.userId;
    if (!row || !sees) {
      throw notFound(subjectType);
    }
    return { partyType: "user", partyId: row.authorId };
  }
  const [row] = await tx.select().from(ratings).where(eq(ratings.id, subjectId));
  // Only the side a rating is about reports it: its author is the other side.
  const rated = row && (row.rates === "worker" ? row.workerId === actor.userId : row.companyId === actor.companyId);
  if (!row || !rated) {
    throw notFound(subjectType);
  }
  return row.rates === "worker"
    ? { partyType: "company", partyId: row.companyId }
    : { partyType: "user", partyId: row.workerId };
}

/** The people a sanction falls on: the person, or every member of the company (each acts for it). */
export async function peopleOf(tx: Executor, party: { partyType: PartyType; partyId: string }): Promise<string[]> {
  if (party.partyType === "user") {
    return [party.partyId];
  }
  const rows = await tx
    .select({ id: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, party.partyId), isNull(users.suspendedAt)));
  return rows.map((r) => r.id);
}

/**
 * Writes a sanction's change with its event, in the caller's transaction. The event's subject is the sanction
 * (no history route reads it but staff's views); its data never carries a reporter.
 */
export async function saveSanction(
  tx: Executor,
  ctx: Ctx,
  row: SanctionRow,
  set: Partial<SanctionRow>,
  event: { action: string; data: Record<string, unknown> },
): Promise<SanctionRow> {
  const [saved] = await tx
    .update(sanctions)
    .set({ ...set, version: row.version + 1 })
    .where(eq(sanctions.id, row.id))
    .returning();
  if (!saved) {
    throw new Error(`sanction ${row.id} vanished`);
  }
  await recordEvent(tx, ctx, { action: event.action, subject: { type: "sanction", id: row.id }, data: event.data });
  return saved;
}

/**
 * The sanction ends by itself at its end date: a job queued in the same transaction, keyed by the date, so a
 * shortened sanction queues a new one and the old one finds nothing to do. Enforcement also compares the end date
 * with the clock, so a late job never keeps anyone restricted.
 */
export async function scheduleEnd(tx: Executor, ctx: Ctx, row: SanctionRow): Promise<void> {
  if (row.endsAt) {
    await enqueue(
      tx,
      ctx,
      endSanctionJob,
      { sanctionId: row.id },
      { runAt: row.endsAt, key: `${endSanctionJob}:${row.id}:${row.endsAt.getTime()}` },
    );
  }
}

/** Tells the sanctioned party (in the app and by email), linking to their notice with the appeal form. */
export async function notifyParty(tx: Executor, ctx: Ctx, row: SanctionRow, title: string, text: string) {
  await notify(tx, ctx, {
    userIds: await peopleOf(tx, row),
    type: "moderation.notice",
    title,
    text,
    link: `/sanctions/${row.id}`,
    subject: { type: "sanction", id: row.id },
  });
}
