import { and, asc, eq, gte, ne, or, sql } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import type { Executor } from "#platform/db";
import { messages, responseTimes as table } from "./tables";

export interface ResponseTimes {
  /** First answers given in the window. */
  answered: number;
  medianMs: number | null;
  p90Ms: number | null;
  /** The share (0–1) answered within 24 hours; null without answers. */
  withinDay: number | null;
}

/**
 * How fast a company (its members, answering workers) or a worker (answering the company) gave first answers since
 * `since`, from the append-only `message_response_times` (one indexed range read; nothing recomputed). For the
 * scorecards: `responseTimes(tx, { companyId, since: ninetyDaysAgo })`.
 */
export async function responseTimes(
  tx: Executor,
  who: ({ companyId: string; workerId?: never } | { workerId: string; companyId?: never }) & { since: Date },
): Promise<ResponseTimes> {
  const where = who.companyId
    ? and(eq(table.companyId, who.companyId), eq(table.answeredBy, "company"), gte(table.answeredAt, who.since))
    : and(eq(table.workerId, who.workerId as string), eq(table.answeredBy, "worker"), gte(table.answeredAt, who.since));
  const [row] = await tx
    .select({
      answered: sql<number>`count(*)::int`,
      medianMs: sql<number | null>`percentile_cont(0.5) WITHIN GROUP (ORDER BY ${table.responseMs})`,
      p90Ms: sql<number | null>`percentile_cont(0.9) WITHIN GROUP (ORDER BY ${table.responseMs})`,
      withinDay: sql<number | null>`avg(CASE WHEN ${table.responseMs} <= 86400000 THEN 1.0 ELSE 0.0 END)`,
    })
    .from(table)
    .where(where);
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    answered: Number(row?.answered ?? 0),
    medianMs: num(row?.medianMs),
    p90Ms: num(row?.p90Ms),
    withinDay: num(row?.withinDay),
  };
}

/** One message of an assignment's conversation with a worker, for the escalations team's case page. */
export interface ThreadMessage {
  id: string;
  kind: "question" | "message";
  side: string;
  authorName: string;
  body: string;
  createdAt: Date;
}

/**
 * The assignment's conversation with one worker (questions, answers and the thread), oldest first, without the
 * company's internal notes: what both sides said to each other, which is what a dispute is about (issue 15 item 3).
 */
export async function assignmentThread(
  tx: Executor,
  assignmentId: string,
  workerId: string,
  limit = 200,
): Promise<ThreadMessage[]> {
  const rows = await tx
    .select({
      id: messages.id,
      kind: messages.kind,
      side: messages.side,
      authorName: users.name,
      body: messages.body,
      createdAt: messages.createdAt,
    })
    .from(messages)
    .innerJoin(users, eq(users.id, messages.authorId))
    .where(
      and(
        eq(messages.assignmentId, assignmentId),
        ne(messages.kind, "note"),
        or(eq(messages.workerId, workerId), eq(messages.shared, true)),
      ),
    )
    .orderBy(asc(messages.createdAt), asc(messages.id))
    .limit(limit);
  return rows.map((row) => ({ ...row, kind: row.kind === "question" ? "question" : "message" }));
}
