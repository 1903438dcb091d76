import { and, eq } from "drizzle-orm";
import { lockForActor } from "#domains/assignments/index";
import type { Ctx } from "#platform/context";
import type { Tx } from "#platform/db";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import { type EditMessage, limits, type PostMessage } from "./contract";
import { checkPost, editable, isWorkerParty, type Post, sideOf } from "./rules";
import { type MessageRow, messagesVisibleTo, messageViews } from "./scope";
import { answerWaiting, tellOthers } from "./steps";
import { messageEdits, messages } from "./tables";
import type { MessageView } from "./views";

const refuse = (pointer: string, message: string) =>
  new Problem("validation_failed", message, {}, [{ pointer, message }]);

/** The question an answer names: one of this assignment's (a worker-sent question), else a 400 on `replyTo`. */
async function questionOf(tx: Tx, assignmentId: string, id: string): Promise<MessageRow> {
  const [question] = await tx
    .select()
    .from(messages)
    .where(and(eq(messages.id, id), eq(messages.assignmentId, assignmentId), eq(messages.kind, "question")))
    .for("update");
  if (!question) {
    throw refuse("/body/replyTo", "Answer a question asked on this assignment.");
  }
  return question;
}

function postOf(input: PostMessage): Post {
  if (input.replyTo !== null && input.kind !== "message") {
    throw refuse("/body/replyTo", "Only a message answers a question; leave replyTo out of questions and notes.");
  }
  if (input.shared && input.replyTo === null) {
    throw refuse("/body/shared", "Only an answer to a question can be shared with every invited worker.");
  }
  return input.replyTo ? "answer" : input.kind;
}

/**
 * POST /assignments/{id}/messages: a worker's question, the company's answer (shared with every invitee or only the
 * asker), a message in the thread with the assigned worker, or an internal note. One transaction: the assignment's
 * lock, the rule, the row, the answered messages' response times, the event and the notifications.
 */
export async function postMessage(ctx: Ctx, assignmentId: string, input: PostMessage): Promise<MessageView> {
  return ctx.transaction(async (tx) => {
    const post = postOf(input);
    const { row, party, facts } = await lockForActor(tx, ctx, assignmentId);
    checkPost(post, facts, party);
    if (!party || ctx.actor.kind !== "user") {
      throw new Error("a party to post as");
    }
    const me = ctx.actor.userId;
    const question = input.replyTo ? await questionOf(tx, assignmentId, input.replyTo) : null;
    if (question && input.shared && !question.shared) {
      await tx.update(messages).set({ shared: true }).where(eq(messages.id, question.id));
    }
    const workerId =
      input.kind === "note" ? null : isWorkerParty(party) ? me : (question?.workerId ?? row.assignedWorkerId);
    if (input.kind === "message" && !workerId) {
      throw new Problem("invalid_transition", "No worker is assigned to talk to.", { currentStatus: row.status });
    }
    const [message] = await tx
      .insert(messages)
      .values({
        assignmentId,
        companyId: row.companyId,
        workerId,
        kind: input.kind,
        side: sideOf(party),
        authorId: me,
        replyToId: question?.id ?? null,
        body: input.body,
        shared: question ? input.shared || question.shared : false,
        expectsAnswer: input.kind === "question" || (input.kind === "message" && !question),
        createdAt: ctx.now,
      })
      .returning();
    if (!message) {
      throw new Error("message insert returned nothing");
    }
    const answered = await answerWaiting(tx, ctx, message);
    await recordEvent(tx, ctx, {
      action: "message.posted",
      subject: { type: "message", id: message.id },
      data: {
        assignmentId,
        kind: message.kind,
        workerId,
        replyTo: message.replyToId,
        shared: message.shared,
        answered,
      },
    });
    await tellOthers(tx, ctx, { message, owner: row.createdBy, question }, row.title);
    const [view] = await messageViews(tx, ctx, party, [message]);
    return view as MessageView;
  });
}

/** PATCH /assignments/{id}/messages/{messageId}: the author corrects it within 5 minutes; the old text is kept. */
export async function editMessage(
  ctx: Ctx,
  params: { id: string; messageId: string },
  input: EditMessage,
): Promise<MessageView> {
  return ctx.transaction(async (tx) => {
    const { party } = await lockForActor(tx, ctx, params.id);
    const me = ctx.actor.kind === "user" ? ctx.actor.userId : null;
    if (!party) {
      throw new Error("lockForActor returned no party");
    }
    const [message] = await tx
      .select()
      .from(messages)
      .where(and(eq(messages.id, params.messageId), eq(messages.assignmentId, params.id), messagesVisibleTo(party, me)))
      .for("update");
    if (!message) {
      throw new Problem("not_found", "No message with this id is visible to you.", { subjectType: "message" });
    }
    if (message.authorId !== me) {
      throw new Problem("forbidden", "Only its author may edit a message.");
    }
    if (!editable(message, me, ctx.now, limits.editMinutes)) {
      throw new Problem(
        "edit_window_closed",
        `Messages can be edited for ${limits.editMinutes} minutes after posting.`,
      );
    }
    if (message.body !== input.body) {
      await tx.insert(messageEdits).values({ messageId: message.id, body: message.body, editedAt: ctx.now });
      await tx.update(messages).set({ body: input.body, editedAt: ctx.now }).where(eq(messages.id, message.id));
      await recordEvent(tx, ctx, {
        action: "message.edited",
        subject: { type: "message", id: message.id },
        data: { assignmentId: params.id, before: message.body, after: input.body },
      });
    }
    const [updated] = await tx.select().from(messages).where(eq(messages.id, message.id));
    const [view] = await messageViews(tx, ctx, party, updated ? [updated] : []);
    return view as MessageView;
  });
}
