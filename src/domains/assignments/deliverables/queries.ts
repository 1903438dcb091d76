import { and, asc, count, eq } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { Problem } from "#shared/problems";
import type { Party } from "../contract";
import { type AssignmentRow, notFound, partyAndFacts, visibleTo } from "../queries";
import { assignments } from "../tables";
import type {
  AttachmentList,
  DefineDeliverables,
  DeliverablesView,
  FileView,
  MissingItem,
  RequirementView,
} from "./contract";
import { allows, deliverableRules, fillRule, isComplete, missingItems, type RequirementState, seesWork } from "./rules";
import { assignmentFiles, checklistItems, customFields, deliverableRequirements } from "./tables";

const iso = (d: Date | null) => (d ? d.toISOString() : null);
type FileRow = typeof assignmentFiles.$inferSelect;
type RequirementRow = typeof deliverableRequirements.$inferSelect;

export const fileUrl = (file: Pick<FileRow, "id" | "assignmentId" | "requirementId">) =>
  file.requirementId
    ? `/api/v1/assignments/${file.assignmentId}/deliverables/requirements/${file.requirementId}/files/${file.id}`
    : `/api/v1/assignments/${file.assignmentId}/attachments/${file.id}`;

export function toFileView(file: FileRow, uploaderName: string): FileView {
  return {
    id: file.id,
    fileName: file.fileName,
    contentType: file.contentType,
    size: file.size,
    caption: file.caption,
    uploadedAt: file.createdAt.toISOString(),
    uploadedBy: { id: file.uploadedBy, name: uploaderName },
    url: fileUrl(file),
  };
}

async function filesOf(tx: Executor, assignmentId: string, purpose: FileRow["purpose"]) {
  const rows = await tx
    .select({ file: assignmentFiles, name: users.name })
    .from(assignmentFiles)
    .innerJoin(users, eq(users.id, assignmentFiles.uploadedBy))
    .where(and(eq(assignmentFiles.assignmentId, assignmentId), eq(assignmentFiles.purpose, purpose)))
    .orderBy(asc(assignmentFiles.createdAt), asc(assignmentFiles.id));
  return rows.map(({ file, name }) => ({ file, view: toFileView(file, name) }));
}

const handedIn = (r: RequirementRow, files: number) => (r.kind === "report" ? (r.reportText ? 1 : 0) : files);

/** Each requirement with how much was handed in: what completeness, the late label and the views read. */
export async function requirementStates(tx: Executor, assignmentId: string) {
  const rows = await tx
    .select({ requirement: deliverableRequirements, files: count(assignmentFiles.id) })
    .from(deliverableRequirements)
    .leftJoin(assignmentFiles, eq(assignmentFiles.requirementId, deliverableRequirements.id))
    .where(eq(deliverableRequirements.assignmentId, assignmentId))
    .groupBy(deliverableRequirements.id)
    .orderBy(asc(deliverableRequirements.position));
  return rows.map(({ requirement, files }) => ({
    row: requirement,
    state: { ...requirement, handedIn: handedIn(requirement, files) } satisfies RequirementState,
  }));
}

async function partsOf(tx: Executor, assignmentId: string) {
  const [requirements, checklist, fields] = [
    await requirementStates(tx, assignmentId),
    await tx
      .select()
      .from(checklistItems)
      .where(eq(checklistItems.assignmentId, assignmentId))
      .orderBy(asc(checklistItems.position)),
    await tx
      .select()
      .from(customFields)
      .where(eq(customFields.assignmentId, assignmentId))
      .orderBy(asc(customFields.position)),
  ];
  const missing = missingItems({
    requirements: requirements.map((r) => r.state),
    checklist: checklist.map((item) => ({ ...item, done: item.doneAt !== null })),
    fields: fields.map((field) => ({ ...field, filled: field.value !== null })),
  });
  return { requirements, checklist, fields, missing };
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

/** The deliverables as one party sees them; the assignment view includes it and GET …/deliverables returns it. */
export async function getDeliverablesView(tx: Executor, row: AssignmentRow, party: Party): Promise<DeliverablesView> {
  const parts = await partsOf(tx, row.id);
  const work = seesWork(party);
  const facts = { status: row.status, onHold: row.holdReason !== null };
  const files = work ? await filesOf(tx, row.id, "deliverable") : [];
  const requirements: RequirementView[] = parts.requirements.map(({ row: r, state }) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    instructions: r.instructions,
    requiredCount: r.requiredCount,
    dueAt: iso(r.dueAt),
    handedIn: work ? state.handedIn : 0,
    complete: work && isComplete(state),
    files: files.filter(({ file }) => file.requirementId === r.id).map(({ view }) => view),
    report:
      work && r.reportText && r.reportWrittenAt
        ? { text: r.reportText, writtenAt: r.reportWrittenAt.toISOString() }
        : null,
  }));
  return {
    requirements,
    checklist: parts.checklist.map((item) => ({
      id: item.id,
      text: item.text,
      required: item.required,
      done: work && item.doneAt !== null,
      doneAt: work ? iso(item.doneAt) : null,
    })),
    fields: parts.fields.map((field) => ({
      id: field.id,
      label: field.label,
      type: field.type,
      choices: field.choices,
      required: field.required,
      filledBy: field.filledBy,
      value: work ? (field.value ?? null) : null,
      filledAt: work ? iso(field.filledAt) : null,
      canFill: allows(fillRule(field.filledBy), facts, party),
    })),
    missing: work ? parts.missing : [],
    complete: work && parts.missing.length === 0,
    canDefine: allows(deliverableRules.define, facts, party),
    canHandIn: allows(deliverableRules.handIn, facts, party),
  };
}

/** Reads an assignment the caller can see, with their party on it (404 when invisible). */
export async function visibleWithParty(tx: Executor, ctx: Pick<Ctx, "actor" | "now">, id: string) {
  const [row] = await tx
    .select()
    .from(assignments)
    .where(and(eq(assignments.id, id), visibleTo(ctx.actor)));
  const found = row ? await partyAndFacts(tx, ctx.actor, row, ctx.now) : null;
  if (!row || !found?.party) {
    throw notFound();
  }
  return { row, party: found.party, facts: found.facts };
}

export async function getDeliverables(ctx: Ctx, id: string): Promise<DeliverablesView> {
  const { row, party } = await visibleWithParty(ctx.db, ctx, id);
  return getDeliverablesView(ctx.db, row, party);
}

const fileNotFound = () => new Problem("not_found", "No file with this id is visible to you.", { subjectType: "file" });

/** A stored file the caller may download: company members and the assigned worker only; others get 404. */
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
  if (!file) {
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
