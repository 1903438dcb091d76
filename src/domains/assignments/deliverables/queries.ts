import { and, asc, eq, isNotNull, isNull } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { allows } from "#platform/rules";
import { Problem } from "#shared/problems";
import { isClientParty } from "../party";
import { visibleWithParty } from "../scope";
import type { AttachmentList, DefineDeliverables, DeliverablesView, MissingItem } from "./contract";
import { toFileView } from "./files";
import { deliverableRules, seesWork } from "./rules";
import { assignmentFiles, releasedReports } from "./tables";
import { getDeliverablesView, partsOf } from "./view-steps";

type FileRow = typeof assignmentFiles.$inferSelect;

/** The attachments, or the deliverables the current worker handed in: files released with a worker are left out. */
async function filesOf(tx: Executor, assignmentId: string, purpose: FileRow["purpose"]) {
  const rows = await tx
    .select({ file: assignmentFiles, name: users.name })
    .from(assignmentFiles)
    .innerJoin(users, eq(users.id, assignmentFiles.uploadedBy))
    .where(
      and(
        eq(assignmentFiles.assignmentId, assignmentId),
        eq(assignmentFiles.purpose, purpose),
        isNull(assignmentFiles.releasedAt),
      ),
    )
    .orderBy(asc(assignmentFiles.createdAt), asc(assignmentFiles.id));
  return rows.map(({ file, name }) => ({ file, view: toFileView(file, name) }));
}

/** Requirements holding an earlier worker's hand-ins: they stay, so the evidence keeps its label (and its key). */
export async function requirementsWithReleasedWork(tx: Executor, assignmentId: string): Promise<Set<string>> {
  const [files, reports] = [
    await tx
      .selectDistinct({ id: assignmentFiles.requirementId })
      .from(assignmentFiles)
      .where(and(eq(assignmentFiles.assignmentId, assignmentId), isNotNull(assignmentFiles.releasedAt))),
    await tx
      .selectDistinct({ id: releasedReports.requirementId })
      .from(releasedReports)
      .where(eq(releasedReports.assignmentId, assignmentId)),
  ];
  return new Set([...files, ...reports].flatMap(({ id }) => (id ? [id] : [])));
}

/** What is still missing before the worker may submit. */
export async function missingDeliverables(tx: Executor, assignmentId: string): Promise<MissingItem[]> {
  return (await partsOf(tx, assignmentId)).missing;
}

/**
 * For the submit action: refuses with 409 `deliverables_incomplete` listing every missing item. Call it inside the
 * submit transaction, after the assignment is locked, so nothing can be removed between the check and the submit.
 */
export async function assertDeliverablesComplete(tx: Executor, assignmentId: string): Promise<void> {
  const missing = await missingDeliverables(tx, assignmentId);
  if (missing.length > 0) {
    throw new Problem(
      "deliverables_incomplete",
      `Hand in everything the client asked for first: ${missing.map((m) => m.message).join(" ")}`.slice(0, 1000),
      { missing },
    );
  }
}

export async function getDeliverables(ctx: Ctx, id: string): Promise<DeliverablesView> {
  const { row, party } = await visibleWithParty(ctx.db, ctx, id);
  return getDeliverablesView(ctx.db, row, party);
}

const fileNotFound = () => new Problem("not_found", "No file with this id is visible to you.", { subjectType: "file" });

/**
 * A stored file the caller may download: company members and the assigned worker only; others get 404. A file
 * released with an earlier worker is the company's alone: the next worker and the released one get 404 too.
 */
export async function findDownload(
  ctx: Ctx,
  where: { assignmentId: string; fileId: string; requirementId: string | null },
): Promise<FileRow> {
  const { party } = await visibleWithParty(ctx.db, ctx, where.assignmentId);
  if (!seesWork(party)) {
    throw fileNotFound();
  }
  const [file] = await ctx.db
    .select()
    .from(assignmentFiles)
    .where(
      and(
        eq(assignmentFiles.id, where.fileId),
        eq(assignmentFiles.assignmentId, where.assignmentId),
        where.requirementId
          ? eq(assignmentFiles.requirementId, where.requirementId)
          : eq(assignmentFiles.purpose, "attachment"),
      ),
    );
  if (!file || (file.releasedAt !== null && !isClientParty(party))) {
    throw fileNotFound();
  }
  return file;
}

/** The client's files on the assignment: company members and the assigned worker; invited workers get 404. */
export async function listAttachments(ctx: Ctx, id: string): Promise<AttachmentList> {
  const { row, party } = await visibleWithParty(ctx.db, ctx, id);
  if (!seesWork(party)) {
    throw new Problem("not_found", "The attachments are shown to the assigned worker only.", {
      subjectType: "attachments",
    });
  }
  const files = await filesOf(ctx.db, row.id, "attachment");
  const facts = { status: row.status, onHold: row.holdReason !== null };
  return { items: files.map(({ view }) => view), canAttach: allows(deliverableRules.attach, facts, party) };
}

export function downloadDeliverableFile(ctx: Ctx, params: { id: string; requirementId: string; fileId: string }) {
  return findDownload(ctx, { assignmentId: params.id, fileId: params.fileId, requirementId: params.requirementId });
}

export function downloadAttachment(ctx: Ctx, params: { id: string; fileId: string }) {
  return findDownload(ctx, { assignmentId: params.id, fileId: params.fileId, requirementId: null });
}

/** The assignment's deliverables as a definition without ids or dates: what a template copies. */
export async function definitionOf(tx: Executor, assignmentId: string): Promise<DefineDeliverables> {
  const parts = await partsOf(tx, assignmentId);
  return {
    requirements: parts.requirements.map(({ row: r }) => ({
      kind: r.kind,
      title: r.title,
      instructions: r.instructions,
      requiredCount: r.requiredCount,
      dueAt: null,
    })),
    checklist: parts.checklist.map((item) => ({ text: item.text, required: item.required })),
    fields: parts.fields.map((f) => ({
      label: f.label,
      type: f.type,
      choices: f.choices,
      required: f.required,
      filledBy: f.filledBy,
    })),
  };
}
