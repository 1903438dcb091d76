import { and, eq, sql } from "drizzle-orm";
import { visibleWithParty } from "#domains/assignments/index";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { Problem } from "#shared/problems";
import type { MessageQuery } from "./contract";
import { canPost, isWorkerParty, medianMinutes } from "./rules";
import { messageViews, visibleMessage, visibleMessages } from "./scope";
import { messageFiles, messages } from "./tables";
import type { MessageList } from "./views";

/** Each side's median time to a first answer on this assignment, and what still waits for it. */
async function sides(tx: Executor, assignmentId: string) {
  const rows = await tx
    .select({
      side: messages.side,
      responseMs: messages.responseMs,
      answered: sql<boolean>`${messages.answeredAt} IS NOT NULL`,
    })
    .from(messages)
    .where(and(eq(messages.assignmentId, assignmentId), eq(messages.expectsAnswer, true)));
  // A message waits for the other side: the company answers the worker's and the worker the company's.
  const of = (answering: "company" | "worker") => {
    const asked = rows.filter((r) => r.side !== answering);
    const times = asked.flatMap((r) => (r.answered && r.responseMs !== null ? [r.responseMs] : []));
    return { medianMinutes: medianMinutes(times), answered: times.length, waiting: asked.length - times.length };
  };
  return { company: of("company"), worker: of("worker") };
}

/** GET /assignments/{id}/messages: what the caller may read of the conversation, oldest first. */
export async function listMessages(ctx: Ctx, assignmentId: string, query: MessageQuery): Promise<MessageList> {
  const tx = ctx.db;
  const { party, facts } = await visibleWithParty(tx, ctx, assignmentId);
  const me = ctx.actor.kind === "user" ? ctx.actor.userId : null;
  const rows = await visibleMessages(
    tx,
    assignmentId,
    party,
    me,
    query.kind ? eq(messages.kind, query.kind) : undefined,
  );
  const openQuestions = isWorkerParty(party)
    ? 0
    : (
        await visibleMessages(
          tx,
          assignmentId,
          party,
          me,
          sql`${messages.kind} = 'question' AND ${messages.answeredAt} IS NULL`,
        )
      ).length;
  const allowed = canPost(facts, party);
  return {
    items: await messageViews(tx, ctx, party, rows),
    openQuestions,
    responseTimes: await sides(tx, assignmentId),
    canPost: allowed.kinds,
    canAnswer: allowed.answer,
  };
}

/**
 * GET /assignments/{id}/messages/{messageId}/files/{fileId}: a file, for exactly those who may read its message (a
 * note's never for a worker, another company's never): otherwise 404, like a message that does not exist.
 */
export async function downloadMessageFile(ctx: Ctx, params: { id: string; messageId: string; fileId: string }) {
  const { party } = await visibleWithParty(ctx.db, ctx, params.id);
  const me = ctx.actor.kind === "user" ? ctx.actor.userId : null;
  const message = await visibleMessage(ctx.db, party, me, params);
  const [file] = await ctx.db
    .select()
    .from(messageFiles)
    .where(and(eq(messageFiles.id, params.fileId), eq(messageFiles.messageId, message.id)));
  if (!file) {
    throw new Problem("not_found", "No file with this id on this message.", { subjectType: "file" });
  }
  return file;
}
