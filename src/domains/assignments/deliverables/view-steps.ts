/**
 * How the deliverables read for a view: the requirements with what the current worker handed in, the checklist, the
 * fields and the files, as queries the assignment view runs in its own single statement (issue 10), and the per-party
 * view built from their rows.
 */
import { and, asc, count, eq, isNotNull, isNull, or } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import type { Executor } from "#platform/db";
import { allows } from "#platform/rules";
import { type BatchRows, selectBatch } from "#platform/select-batch";
import type { Party } from "../contract";
import { isClientParty } from "../party";
import type { Arg } from "../provider-steps";
import type { AssignmentRow } from "../scope";
import type { DeliverablesView, RequirementView } from "./contract";
import { groupReleased, toFileView } from "./files";
import { deliverableRules, fillRule, isComplete, missingItems, type RequirementState, seesWork } from "./rules";
import { assignmentFiles, checklistItems, customFields, deliverableRequirements, releasedReports } from "./tables";

const iso = (d: Date | null) => (d ? d.toISOString() : null);
type RequirementRow = typeof deliverableRequirements.$inferSelect;

/**
 * The current worker's deliverable files and, for company members, what earlier workers handed in before they came
 * off the assignment (by requirement), in one read (issue 10); the released reports are a second query.
 */
function deliverableFilesQuery(tx: Executor, assignmentId: Arg, withReleased: boolean) {
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

function releasedReportsQuery(tx: Executor, assignmentId: Arg) {
  return tx
    .select({ report: releasedReports, name: users.name })
    .from(releasedReports)
    .innerJoin(users, eq(users.id, releasedReports.writtenBy))
    .where(eq(releasedReports.assignmentId, assignmentId))
    .orderBy(asc(releasedReports.releasedAt), asc(releasedReports.id));
}

const handedIn = (r: RequirementRow, files: number) => (r.kind === "report" ? (r.reportText ? 1 : 0) : files);

/**
 * Each requirement with how much the current worker handed in: what completeness, the late label, the submit guard
 * and the views read. Files released with an earlier worker do not count (the join leaves them out).
 */
export async function requirementStates(tx: Executor, assignmentId: string) {
  return toRequirementStates(await requirementStatesQuery(tx, assignmentId));
}

function requirementStatesQuery(tx: Executor, assignmentId: Arg) {
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
function partsQueries(tx: Executor, assignmentId: Arg) {
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

export async function partsOf(tx: Executor, assignmentId: string) {
  return toParts(await selectBatch(tx, partsQueries(tx, assignmentId)));
}

/**
 * The reads a deliverables view needs, as queries for one batch (issue 10): the assignment view runs them in the same
 * statement as its own (the id a value or its placeholder). An earlier worker's hand-ins are the company's evidence:
 * never read for a worker.
 */
export function deliverablesQueries(tx: Executor, assignmentId: Arg, party: Party) {
  const client = isClientParty(party);
  return {
    ...partsQueries(tx, assignmentId),
    files: seesWork(party) || client ? deliverableFilesQuery(tx, assignmentId, client) : null,
    releasedReports: client ? releasedReportsQuery(tx, assignmentId) : null,
  };
}
export type DeliverablesRows = BatchRows<ReturnType<typeof deliverablesQueries>>;

/** The deliverables as one party sees them; the assignment view includes it and GET …/deliverables returns it. */
export async function getDeliverablesView(tx: Executor, row: AssignmentRow, party: Party): Promise<DeliverablesView> {
  return toDeliverablesView(row, party, await selectBatch(tx, deliverablesQueries(tx, row.id, party)));
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
