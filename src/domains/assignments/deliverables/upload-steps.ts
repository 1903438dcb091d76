/**
 * The steps of taking a file in, shared by the upload, signature and attachment use cases: check, stream the bytes
 * to storage, record the row under the lock, and delete the bytes again when the row is not written.
 */
import { and, count, eq, isNull } from "drizzle-orm";
import { userActor } from "#domains/accounts/index";
import { users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import type { Executor, Tx } from "#platform/db";
import {
  type AllowedType,
  allowedTypes,
  imageTypes,
  type StoredFile,
  storage,
  storeUpload,
  type Upload,
} from "#platform/storage";
import { Problem } from "#shared/problems";
import { check, type PartyRule } from "../lifecycle";
import { type Locked, visibleWithParty } from "../scope";
import { deliverableLimits, type FileView } from "./contract";
import { toFileView } from "./files";
import { deliverableRules, uploadKindsFor } from "./rules";
import { lockFor, recordDeliverableChange } from "./steps";
import { assignmentFiles, deliverableRequirements } from "./tables";

export const everyType = Object.keys(allowedTypes) as AllowedType[];

/**
 * Checks who may upload without holding a lock, streams the bytes to storage, then writes the row in one
 * transaction that checks again (the state may have changed while the file streamed). If that transaction fails,
 * the stored bytes are deleted: a file exists only with its row.
 */
export async function storeThenRecord(
  ctx: Ctx,
  input: {
    assignmentId: string;
    upload: Upload;
    rule: PartyRule;
    action: string;
    /** Further checks before storing and again under the lock; returns the types this upload may be. */
    precheck: (tx: Executor) => Promise<readonly AllowedType[]>;
    record: (tx: Tx, locked: Locked, stored: StoredFile) => Promise<FileView>;
  },
): Promise<FileView> {
  const { row, party, facts } = await visibleWithParty(ctx.db, ctx, input.assignmentId);
  check(input.rule, facts, party, input.action);
  const allowed = await input.precheck(ctx.db);
  const stored = await storeUpload(input.upload, { prefix: `assignments/${row.id}`, allowed });
  try {
    return await ctx.transaction(async (tx) => {
      const locked = await lockFor(tx, ctx, input.assignmentId, input.rule, input.action);
      await input.precheck(tx);
      return input.record(tx, locked, stored);
    });
  } catch (error) {
    await storage().delete(stored.key);
    throw error;
  }
}

/** Inserts a file row and returns its view. */
export async function insertFile(
  tx: Executor,
  ctx: Ctx,
  values: { assignmentId: string; requirementId: string | null; stored: StoredFile; caption: string | null },
): Promise<FileView> {
  const actor = userActor(ctx);
  const { stored } = values;
  const [file] = await tx
    .insert(assignmentFiles)
    .values({
      assignmentId: values.assignmentId,
      purpose: values.requirementId ? "deliverable" : "attachment",
      requirementId: values.requirementId,
      storageKey: stored.key,
      fileName: stored.fileName,
      contentType: stored.contentType,
      size: stored.size,
      sha256: stored.sha256,
      caption: values.caption,
      uploadedBy: actor.userId,
      createdAt: ctx.now,
    })
    .returning();
  if (!file) {
    throw new Error("file insert returned nothing");
  }
  const [uploader] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.userId));
  return toFileView(file, uploader?.name ?? "");
}

const requirementNotFound = () =>
  new Problem("not_found", "No deliverable with this id on this assignment.", { subjectType: "deliverable" });

/** The requirement a file goes to: it must exist on this assignment, take uploads and have room for one more. */
async function uploadTarget(tx: Executor, assignmentId: string, requirementId: string, kindWanted?: "signature") {
  const [requirement] = await tx
    .select()
    .from(deliverableRequirements)
    .where(and(eq(deliverableRequirements.id, requirementId), eq(deliverableRequirements.assignmentId, assignmentId)));
  if (!requirement) {
    throw requirementNotFound();
  }
  const kinds = uploadKindsFor(requirement.kind);
  if (!kinds || (kindWanted && requirement.kind !== kindWanted)) {
    throw new Problem(
      "validation_failed",
      requirement.kind === "report"
        ? "A written report is written, not uploaded: PUT its text to …/report."
        : "A drawn signature goes to a signature deliverable.",
      {},
      [{ pointer: "/params/requirementId", message: `This deliverable is a ${requirement.kind}.` }],
    );
  }
  const [files] = await tx
    .select({ n: count() })
    .from(assignmentFiles)
    .where(and(eq(assignmentFiles.requirementId, requirementId), isNull(assignmentFiles.releasedAt)));
  if ((files?.n ?? 0) >= deliverableLimits.count) {
    throw new Problem("conflict", `A deliverable holds at most ${deliverableLimits.count} files; remove one first.`);
  }
  return { requirement, allowed: kinds === "images" ? imageTypes : everyType };
}

/** The assigned worker hands in a photo, document or signature image for one requirement. */
export async function handInFile(
  ctx: Ctx,
  params: { id: string; requirementId: string },
  upload: Upload,
  options: { caption: string | null; kind?: "signature"; action: string },
): Promise<FileView> {
  return storeThenRecord(ctx, {
    assignmentId: params.id,
    upload,
    rule: deliverableRules.handIn,
    action: options.action,
    precheck: async (tx) => (await uploadTarget(tx, params.id, params.requirementId, options.kind)).allowed,
    async record(tx, locked, stored) {
      const view = await insertFile(tx, ctx, {
        assignmentId: params.id,
        requirementId: params.requirementId,
        stored,
        caption: options.caption,
      });
      await recordDeliverableChange(tx, ctx, locked, "assignment.deliverable_uploaded", {
        requirementId: params.requirementId,
        fileId: view.id,
        fileName: view.fileName,
        contentType: view.contentType,
        size: view.size,
      });
      return view;
    },
  });
}

/** Deletes the stored bytes once the row is gone; a leftover file is harmless, a row without bytes is not. */
export async function deleteStored(ctx: Ctx, key: string): Promise<void> {
  await storage()
    .delete(key)
    .catch((error: unknown) => ctx.log.warn({ err: error, key }, "stored file not deleted"));
}
