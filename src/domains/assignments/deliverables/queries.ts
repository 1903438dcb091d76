import { and, asc, count, eq, isNotNull, isNull, or } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { allows } from "#platform/rules";
import { type BatchRows, selectBatch } from "#platform/select-batch";
import { Problem } from "#shared/problems";
import type { Party } from "../contract";
import { isClientParty } from "../party";
import { type AssignmentRow, visibleWithParty } from "../scope";
import type { AttachmentList, DefineDeliverables, DeliverablesView, MissingItem, RequirementView } from "./contract";
import { groupReleased, toFileView } from "./files";
import { deliverableRules, fillRule, isComplete, missingItems, type RequirementState, seesWork } from "./rules";
import { assignmentFiles, checklistItems, customFields, deliverableRequirements, releasedReports } from "./tables";

const iso = (d: Date | null) => (d ? d.toISOString() : null);
type FileRow = typeof assignmentFiles.$inferSelect;
type RequirementRow = typeof deliverableRequirements.$inferSelect;

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

/**
 * The current worker's deliverable files and, for company members, what earlier workers handed in before they came
 * off the assignment (by requirement), in one read (issue 10); the released reports are a second query.
 */
function deliverableFilesQuery(tx: Executor, assignmentId: string, withReleased: boolean) {
  const current = and(eq(assignmentFiles.purpose, "deliverable"), isNull(assignmentFiles.releasedAt));
  return tx
    .select({ file: assignmentFiles, name: users.name })
    .from(assignmentFiles)
    .innerJoin(users, eq(users.id, assignmentFiles.uploadedBy))
    .where(
      and(
        eq(assignmentFiles.assignmentId, assignmentId),
        withReleased ? or(current, isNotNull(assignmentFiles.releasedAt)) : current,
      ),
    )
    .orderBy(asc(assignmentFiles.createdAt), asc(assignmentFiles.id));
}

function releasedReportsQuery(tx: Executor, assignmentId: string) {
  return tx
    .select({ report: releasedReports, name: users.name })
    .from(releasedReports)
    .innerJoin(users, eq(users.id, releasedReports.writtenBy))
    .where(eq(releasedReports.assignmentId, assignmentId))
    .orderBy(asc(releasedReports.releasedAt), asc(releasedReports.id));
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

const handedIn = (r: RequirementRow, files: number) => (r.kind === "report" ? (r.reportText ? 1 : 0) : files);

/**
 * Each requirement with how much the current worker handed in: what completeness, the late label, the submit guard
 * and the views read. Files released with an earlier worker do not count (the join leaves them out).
 */
export async function requirementStates(tx: Executor, assignmentId: string) {
  return toRequirementStates(await requirementStatesQuery(tx, assignmentId));
}

function requirementStatesQuery(tx: Executor, assignmentId: string) {
  return tx
    .select({ requirement: deliverableRequirements, files: count(assignmentFiles.id) })
    .from(deliverableRequirements)
    .leftJoin(
      assignmentFiles,
      and(eq(assignmentFiles.requirementId, deliverableRequirements.id), isNull(assignmentFiles.releasedAt)),
    )
    .where(eq(deliverableRequirements.assignmentId, assignmentId))
    .groupBy(deliverableRequirements.id)
    .orderBy(asc(deliverableRequirements.position));
}

function toRequirementStates(rows: Awaited<ReturnType<typeof requirementStatesQuery>>) {
  return rows.map(({ requirement, files }) => ({
    row: requirement,
    state: { ...requirement, handedIn: handedIn(requirement, files) } satisfies RequirementState,
  }));
}

/** The reads behind the requirements, checklist and fields, as queries for one batch (issue 10). */
function partsQueries(tx: Executor, assignmentId: string) {
  return {
    requirements: requirementStatesQuery(tx, assignmentId),
    checklist: tx
      .select()
      .from(checklistItems)
      .where(eq(checklistItems.assignmentId, assignmentId))
      .orderBy(asc(checklistItems.position)),
    fields: tx
      .select()
      .from(customFields)
      .where(eq(customFields.assignmentId, assignmentId))
      .orderBy(asc(customFields.position)),
  };
}
type PartsRows = BatchRows<ReturnType<typeof partsQueries>>;

function toParts(rows: Pick<PartsRows, "requirements" | "checklist" | "fields">) {
  const requirements = toRequirementStates(rows.requirements);
  const { checklist, fields } = rows;
  const missing = missingItems({
    requirements: requirements.map((r) => r.state),
    checklist: checklist.map((item) => ({ ...item, done: item.doneAt !== null })),
    fields: fields.map((field) => ({ ...field, filled: field.value !== null })),
  });
  return { requirements, checklist, fields, missing };
}

async function partsOf(tx: Executor, assignmentId: string) {
  return toParts(await selectBatch(tx, partsQueries(tx, assignmentId)));
}

/**
 * How many deliverables an assignment names, for a draft's live completeness score. Counted when needed rather than
 * kept on the assignment row: one assignment's count costs 0.15 ms against 0.20 ms for reading a kept column
 * (issue 8, bench cached-state, PostgreSQL), and no list needs it.
 */
export async function deliverableCount(tx: Executor, assignmentId: string): Promise<number> {
  const [found] = await tx
    .select({ n: count() })
    .from(deliverableRequirements)
    .where(eq(deliverableRequirements.assignmentId, assignmentId));
  return found?.n ?? 0;
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

/**
 * The reads a deliverables view needs, as queries for one batch (issue 10): the assignment view runs them in the same
 * statement as its own. An earlier worker's hand-ins are the company's evidence: never read for a worker.
 */
export function deliverablesQueries(tx: Executor, row: AssignmentRow, party: Party) {
  const client = isClientParty(party);
  return {
    ...partsQueries(tx, row.id),
    files: seesWork(party) || client ? deliverableFilesQuery(tx, row.id, client) : null,
    releasedReports: client ? releasedReportsQuery(tx, row.id) : null,
  };
}
export type DeliverablesRows = BatchRows<ReturnType<typeof deliverablesQueries>>;

/** The deliverables as one party sees them; the assignment view includes it and GET …/deliverables returns it. */
export async function getDeliverablesView(tx: Executor, row: AssignmentRow, party: Party): Promise<DeliverablesView> {
  return toDeliverablesView(row, party, await selectBatch(tx, deliverablesQueries(tx, row, party)));
}

export function toDeliverablesView(row: AssignmentRow, party: Party, rows: DeliverablesRows): DeliverablesView {
  const parts = toParts(rows);
  const work = seesWork(party);
  const facts = { status: row.status, onHold: row.holdReason !== null };
  const files = rows.files
    .filter(({ file }) => file.releasedAt === null)
    .map(({ file, name }) => ({ file, view: toFileView(file, name) }));
  const released = groupReleased(
    rows.files.filter(({ file }) => file.releasedAt !== null),
    rows.releasedReports,
  );
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
    releasedFiles: released.get(r.id)?.files ?? [],
    releasedReports: released.get(r.id)?.reports ?? [],
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
