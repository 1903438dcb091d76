import { and, count, eq } from "drizzle-orm";
import { userActor } from "#domains/accounts/index";
import { lockForActor, visibleWithParty } from "#domains/assignments/index";
import { refuseIfBlocked } from "#domains/companies/index";
import type { Ctx } from "#platform/context";
import type { Executor, Tx } from "#platform/db";
import { recordEvent } from "#platform/history";
import { storage, storeUpload, type Upload } from "#platform/storage";
import { Problem } from "#shared/problems";
import { type EditMessage, limits, type PostMessage } from "./contract";
import { checkEditable, checkPost, isWorkerParty, type Post, sideOf } from "./rules";
import { type MessageRow, messageViews, toFileView, visibleMessage } from "./scope";
import { answerWaiting, countOpenQuestions, tellOthers } from "./steps";
import { messageEdits, messageFiles, messages } from "./tables";
import type { MessageFileView, MessageView } from "./views";

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
    if (workerId) {
      // A blocked pair does not message each other, whichever side blocked (issue 15 item 10); notes stay inside.
      await refuseIfBlocked(tx, row.companyId, [workerId]);
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
    if (message.kind === "question" || answered > 0) {
      await countOpenQuestions(tx, assignmentId);
    }
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
    const message = await visibleMessage(tx, party, me, params, true);
    checkEditable(message, me, ctx.now);
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

type FileParams = { id: string; messageId: string };

/** The caller's own message, still within the edit window and with room for one more file (404 / 403 / 409). */
async function messageTakingFiles(tx: Executor, ctx: Ctx, params: FileParams, lock: boolean): Promise<MessageRow> {
  const me = userActor(ctx).userId;
  const { party } = lock ? await lockForActor(tx, ctx, params.id) : await visibleWithParty(tx, ctx, params.id);
  if (!party) {
    throw new Problem("not_found", "No assignment with this id is visible to you.", { subjectType: "assignment" });
  }
  const message = await visibleMessage(tx, party, me, params, lock);
  checkEditable(message, me, ctx.now);
  const [carried] = await tx.select({ n: count() }).from(messageFiles).where(eq(messageFiles.messageId, message.id));
  if ((carried?.n ?? 0) >= limits.files) {
    throw new Problem("conflict", `A message carries at most ${limits.files} files.`);
  }
  return message;
}

/**
 * POST /assignments/{id}/messages/{messageId}/files: the author attaches a file to their message within its edit
 * window. Checked before a byte is stored, the bytes streamed to storage under the platform's upload rules (type
 * from the bytes, size limit), then checked again under the assignment's lock and the row written in one
 * transaction; if that fails the stored bytes are deleted, so a file exists only with its row.
 */
export async function attachMessageFile(ctx: Ctx, params: FileParams, upload: Upload): Promise<MessageFileView> {
  await messageTakingFiles(ctx.db, ctx, params, false);
  const stored = await storeUpload(upload, { prefix: `messages/${params.id}` });
  try {
    return await ctx.transaction(async (tx) => {
      const message = await messageTakingFiles(tx, ctx, params, true);
      const [file] = await tx
        .insert(messageFiles)
        .values({
          messageId: message.id,
          assignmentId: params.id,
          storageKey: stored.key,
          fileName: stored.fileName,
          contentType: stored.contentType,
          size: stored.size,
          sha256: stored.sha256,
          uploadedBy: message.authorId,
          createdAt: ctx.now,
        })
        .returning();
      if (!file) {
        throw new Error("file insert returned nothing");
      }
      await recordEvent(tx, ctx, {
        action: "message.file_added",
        subject: { type: "message", id: message.id },
        data: { assignmentId: params.id, fileId: file.id, fileName: file.fileName, size: file.size },
      });
      return toFileView(file);
    });
  } catch (error) {
    await storage().delete(stored.key);
    throw error;
  }
}
