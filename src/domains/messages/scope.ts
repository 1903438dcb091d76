/**
 * Who reads which messages of an assignment (issue 13, Proof: visibility). The company's members read all of them,
 * notes included; a worker reads their own conversation (their questions, the answers, the thread while they were
 * the worker) and the questions shared with every invitee, without the asker's name; never a note.
 */
import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import type { Party } from "#domains/assignments/index";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { Problem } from "#shared/problems";
import { limits } from "./contract";
import { editable, isWorkerParty } from "./rules";
import { messageEdits, messageFiles, messages } from "./tables";
import type { MessageFileView, MessageView } from "./views";

export type MessageRow = typeof messages.$inferSelect;

/** The condition on `messages` for this party (already known to see the assignment). */
export function messagesVisibleTo(party: Party, userId: string | null): SQL {
  if (isWorkerParty(party)) {
    return sql`${messages.kind} <> 'note' AND (${messages.workerId} = ${userId} OR ${messages.shared})`;
  }
  return sql`true`;
}

/** The views of these rows as the caller sees them: names, edit history, anonymous askers of shared questions. */
export async function messageViews(
  tx: Executor,
  ctx: Pick<Ctx, "actor" | "now">,
  party: Party,
  rows: MessageRow[],
): Promise<MessageView[]> {
  if (rows.length === 0) {
    return [];
  }
  const me = ctx.actor.kind === "user" ? ctx.actor.userId : null;
  const authorIds = [...new Set(rows.map((r) => r.authorId))];
  const names = new Map(
    (await tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, authorIds))).map((u) => [
      u.id,
      u.name,
    ]),
  );
  const edits = await tx
    .select()
    .from(messageEdits)
    .where(
      inArray(
        messageEdits.messageId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(messageEdits.editedAt));
  const files = await filesOf(
    tx,
    rows.map((r) => r.id),
  );
  const worker = isWorkerParty(party);
  return rows.map((row) => {
    // Another invitee's shared question (and anything else a worker sees from a worker not themself) hides the asker.
    const anonymous = worker && row.side === "worker" && row.authorId !== me;
    return {
      id: row.id,
      kind: row.kind,
      body: row.body,
      author: anonymous ? null : { id: row.authorId, name: names.get(row.authorId) ?? "" },
      side: row.side,
      replyTo: row.replyToId,
      shared: row.shared,
      answered: row.answeredAt !== null,
      createdAt: row.createdAt.toISOString(),
      editedAt: row.editedAt?.toISOString() ?? null,
      edits: edits
        .filter((e) => e.messageId === row.id)
        .map((e) => ({ body: e.body, editedAt: e.editedAt.toISOString() })),
      editable: editable(row, me, ctx.now, limits.editMinutes),
      files: files.get(row.id) ?? [],
    };
  });
}

export type MessageFileRow = typeof messageFiles.$inferSelect;

export const toFileView = (file: MessageFileRow): MessageFileView => ({
  id: file.id,
  fileName: file.fileName,
  contentType: file.contentType,
  size: file.size,
  uploadedAt: file.createdAt.toISOString(),
  url: `/api/v1/assignments/${file.assignmentId}/messages/${file.messageId}/files/${file.id}`,
});

/** The files of these (already visible) messages, by message, oldest first. */
async function filesOf(tx: Executor, messageIds: string[]): Promise<Map<string, MessageFileView[]>> {
  const rows = await tx
    .select()
    .from(messageFiles)
    .where(inArray(messageFiles.messageId, messageIds))
    .orderBy(asc(messageFiles.createdAt), asc(messageFiles.id));
  const byMessage = new Map<string, MessageFileView[]>();
  for (const file of rows) {
    byMessage.set(file.messageId, [...(byMessage.get(file.messageId) ?? []), toFileView(file)]);
  }
  return byMessage;
}

/** One message of this assignment the party may read (404 otherwise), locked when `forUpdate`. */
export async function visibleMessage(
  tx: Executor,
  party: Party,
  userId: string | null,
  params: { id: string; messageId: string },
  forUpdate = false,
): Promise<MessageRow> {
  const query = tx
    .select()
    .from(messages)
    .where(
      and(eq(messages.id, params.messageId), eq(messages.assignmentId, params.id), messagesVisibleTo(party, userId)),
    );
  const [message] = forUpdate ? await query.for("update") : await query;
  if (!message) {
    throw new Problem("not_found", "No message with this id is visible to you.", { subjectType: "message" });
  }
  return message;
}

/** The visible messages of one assignment, oldest first. */
export async function visibleMessages(
  tx: Executor,
  assignmentId: string,
  party: Party,
  userId: string | null,
  extra?: SQL,
) {
  return tx
    .select()
    .from(messages)
    .where(and(eq(messages.assignmentId, assignmentId), messagesVisibleTo(party, userId), extra))
    .orderBy(asc(messages.createdAt), asc(messages.id));
}
