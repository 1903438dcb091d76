import { and, eq, ne, sql } from "drizzle-orm";
import { memberships, users } from "#domains/accounts/tables";
import { setOpenQuestionCount } from "#domains/assignments/index";
import { assignmentRecipients } from "#domains/assignments/tables";
import { notify } from "#domains/notifications/index";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import type { Side } from "./contract";
import { mentioned } from "./rules";
import { type messages, responseTimes, messages as table } from "./tables";

type MessageRow = typeof messages.$inferSelect;

/**
 * Issue 13 item 3, response time: a message from one side answers everything of the other side's still waiting in
 * the same conversation (the assignment and one worker). Each waiting message gets the time to this first answer,
 * and one row in `message_response_times` for the scorecards' 90-day figures.
 */
export async function answerWaiting(tx: Executor, ctx: Pick<Ctx, "now">, answer: MessageRow): Promise<number> {
  if (answer.kind === "note" || !answer.workerId) {
    return 0;
  }
  const answered = await tx
    .update(table)
    .set({
      answeredAt: ctx.now,
      responseMs: sql`greatest(0, round(extract(epoch from (${ctx.now}::timestamptz - ${table.createdAt})) * 1000))::int`,
    })
    .where(
      and(
        eq(table.assignmentId, answer.assignmentId),
        eq(table.workerId, answer.workerId),
        // An answer names its question and answers that one; a thread message answers all that waits.
        answer.replyToId ? eq(table.id, answer.replyToId) : undefined,
        ne(table.side, answer.side),
        sql`${table.expectsAnswer} AND ${table.answeredAt} IS NULL AND ${table.createdAt} <= ${ctx.now}`,
      ),
    )
    .returning({ id: table.id, responseMs: table.responseMs });
  if (answered.length > 0) {
    await tx.insert(responseTimes).values(
      answered.map((m) => ({
        messageId: m.id,
        companyId: answer.companyId,
        workerId: answer.workerId as string,
        answeredBy: answer.side,
        responseMs: m.responseMs ?? 0,
        answeredAt: ctx.now,
      })),
    );
  }
  return answered.length;
}

/**
 * Issue 13 item 1: the assignment keeps the number of its unanswered questions (`open_question_count`, the list's
 * `question_open` label), recounted under the assignment's lock whenever a question is posted or answered, so the
 * count is exact whatever answered it (the answer naming it, or a thread message answering all that waits).
 */
export async function countOpenQuestions(tx: Executor, assignmentId: string): Promise<void> {
  const [open] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(table)
    .where(
      and(
        eq(table.assignmentId, assignmentId),
        sql`${table.kind} = 'question' AND ${table.expectsAnswer} AND ${table.answeredAt} IS NULL`,
      ),
    );
  await setOpenQuestionCount(tx, assignmentId, Number(open?.n ?? 0));
}

/** The company's active members, for @mentions. */
export async function companyPeople(tx: Executor, companyId: string) {
  return tx
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.companyId, companyId));
}

interface Told {
  message: MessageRow;
  /** The assignment's creator: who hears of workers' questions and messages. */
  owner: string;
  question: MessageRow | null;
}

const excerpt = (body: string) => (body.length > 280 ? `${body.slice(0, 277)}…` : body);

/** Tells the other side (and teammates named with @) what was posted; notes tell only those mentioned. */
export async function tellOthers(tx: Executor, ctx: Pick<Ctx, "now">, told: Told, assignmentTitle: string) {
  const { message } = told;
  const link = `/assignments/${message.assignmentId}`;
  const subject = { type: "assignment", id: message.assignmentId };
  const text = excerpt(message.body);
  if (message.kind === "question") {
    await notify(tx, ctx, {
      userIds: [told.owner],
      type: "question.asked",
      title: `Question: ${assignmentTitle}`,
      text,
      link,
      subject,
    });
  } else if (message.kind === "message" && told.question) {
    const everyone = message.shared ? await recipientsOf(tx, message.assignmentId) : [];
    await notify(tx, ctx, {
      userIds: [told.question.authorId, ...everyone],
      type: "question.answered",
      title: `Answer: ${assignmentTitle}`,
      text: `Q: ${excerpt(told.question.body)}\n\nA: ${text}`,
      link,
      subject,
    });
  } else if (message.kind === "message") {
    const to: Side = message.side === "company" ? "worker" : "company";
    await notify(tx, ctx, {
      userIds: [to === "worker" ? message.workerId : told.owner],
      type: "message.received",
      title: `Message: ${assignmentTitle}`,
      text,
      link,
      subject,
    });
  }
  if (message.side === "company") {
    const people = await companyPeople(tx, message.companyId);
    const named = mentioned(message.body, people, message.authorId);
    await notify(tx, ctx, {
      userIds: named,
      type: "note.mention",
      title: `You were mentioned: ${assignmentTitle}`,
      text,
      link,
      subject,
    });
  }
}

async function recipientsOf(tx: Executor, assignmentId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: assignmentRecipients.workerId })
    .from(assignmentRecipients)
    .where(eq(assignmentRecipients.assignmentId, assignmentId));
  return rows.map((r) => r.id);
}
