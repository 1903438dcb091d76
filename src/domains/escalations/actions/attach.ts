import { and, count, eq } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { storage, storeUpload, type Upload } from "#platform/storage";
import { Problem } from "#shared/problems";
import { type CaseFileQuery, caseFileLimit } from "../contract";
import { sideOf } from "../lifecycle";
import { type LockedCase, lockCase, toCaseFileView } from "../scope";
import { saveCase } from "../steps";
import { escalationFiles, escalationMessages } from "../tables";
import type { CaseFileView } from "../views";

type Target = { locked: LockedCase; messageId: string | null; visibility: "parties" | "team" };

/**
 * The case the caller may write in now, the message the file joins (their own, in this case) and room for one more
 * file: 404 / 403 / 409 like writing a message. The team's check is `note` (active, team, status kept), since a
 * file alone is not the team's reply.
 */
async function caseTakingFiles(tx: Executor, ctx: Ctx, id: string, query: CaseFileQuery): Promise<Target> {
  const locked = await lockCase(tx, ctx.actor, id);
  locked.check(locked.party === "team" ? "note" : "message");
  let visibility: Target["visibility"] = "parties";
  if (query.messageId) {
    const me = ctx.actor.kind === "user" ? ctx.actor.userId : null;
    const [message] = await tx
      .select({ authorId: escalationMessages.authorId, visibility: escalationMessages.visibility })
      .from(escalationMessages)
      .where(and(eq(escalationMessages.id, query.messageId), eq(escalationMessages.caseId, id)));
    // Another's message, or a staff note a party cannot see, reads as missing.
    if (!message || message.authorId !== me) {
      throw new Problem("not_found", "No message of yours with this id in this case.", { subjectType: "message" });
    }
    visibility = message.visibility;
  }
  const [carried] = await tx.select({ n: count() }).from(escalationFiles).where(eq(escalationFiles.caseId, id));
  if ((carried?.n ?? 0) >= caseFileLimit) {
    throw new Problem("conflict", `A case carries at most ${caseFileLimit} files.`);
  }
  return { locked, messageId: query.messageId ?? null, visibility };
}

/**
 * POST /escalations/{id}/files: a party or the team adds a file to the case (the opening's evidence) or to their own
 * message in it, while the case is active. As message files do: checked before a byte is stored, streamed to storage
 * under the platform's upload rules (type from the bytes, size limit), checked again under the case's lock and the
 * row written in one transaction; if that fails the stored bytes are deleted, so a file exists only with its row.
 */
export async function attachCaseFile(
  ctx: Ctx,
  id: string,
  query: CaseFileQuery,
  upload: Upload,
): Promise<CaseFileView> {
  await caseTakingFiles(ctx.db, ctx, id, query);
  const stored = await storeUpload(upload, { prefix: `escalations/${id}` });
  try {
    return await ctx.transaction(async (tx) => {
      const { locked, messageId, visibility } = await caseTakingFiles(tx, ctx, id, query);
      const side = locked.party ? sideOf(locked.party) : null;
      if (ctx.actor.kind !== "user" || !side) {
        throw new Error("a case file needs a person");
      }
      const [file] = await tx
        .insert(escalationFiles)
        .values({
          caseId: id,
          messageId,
          visibility,
          storageKey: stored.key,
          fileName: stored.fileName,
          contentType: stored.contentType,
          size: stored.size,
          sha256: stored.sha256,
          uploadedBy: ctx.actor.userId,
          uploadedBySide: side,
          createdAt: ctx.now,
        })
        .returning();
      if (!file) {
        throw new Error("case file insert returned nothing");
      }
      // A staff note's file is the team's business, like the note: its own event, hidden from the parties' history.
      await saveCase(tx, ctx, locked.row, {
        event: visibility === "team" ? "escalation.note_file_added" : "escalation.file_added",
        data: { side, fileId: file.id, messageId, fileName: file.fileName, size: file.size },
      });
      const [me] = await tx.select({ name: users.name }).from(users).where(eq(users.id, ctx.actor.userId));
      return toCaseFileView(file, me?.name ?? "");
    });
  } catch (error) {
    await storage().delete(stored.key);
    throw error;
  }
}
