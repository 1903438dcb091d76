/**
 * The steps the deliverables use cases share, and the ones the core and templates call: locking an assignment for a
 * rule of this sub-area, recording a change with the figures the assignment row keeps, applying a definition, and
 * releasing a worker's hand-ins when they come off the assignment. Uploads have their own steps (upload-steps.ts).
 */
import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { Problem } from "#shared/problems";
import { check, type PartyRule } from "../lifecycle";
import { type Locked, lockForActor } from "../scope";
import { recordAssignmentEvent, saveAssignment } from "../steps";
import type { DefineDeliverables } from "./contract";
import { requirementsWithReleasedWork } from "./queries";
import { earliestDue } from "./rules";
import { assignmentFiles, checklistItems, customFields, deliverableRequirements, releasedReports } from "./tables";
import { requirementStates } from "./view-steps";

/** Locks the assignment (404 when invisible) and checks this sub-area's rule for the caller (403 / 409). */
export async function lockFor(tx: Executor, ctx: Ctx, id: string, rule: PartyRule, action: string): Promise<Locked> {
  const locked = await lockForActor(tx, ctx, id);
  check(rule, locked.facts, locked.party, action);
  return locked;
}

/**
 * Records a deliverables change on the assignment's timeline. The assignment row keeps one figure from this sub-area,
 * the earliest due time of a missing deliverable (`deliverablesDueAt`, the "deliverable late" label); when it moves,
 * the core's saveAssignment writes it with the event. `workerId` lets the assigned worker see the entry.
 */
export async function recordDeliverableChange(
  tx: Executor,
  ctx: Ctx,
  locked: Locked,
  event: string,
  data: Record<string, unknown>,
): Promise<void> {
  const states = (await requirementStates(tx, locked.row.id)).map((r) => r.state);
  const derived = { deliverablesDueAt: earliestDue(states) };
  const withWorker = { workerId: locked.row.assignedWorkerId, ...data };
  const unchanged = derived.deliverablesDueAt?.getTime() === locked.row.deliverablesDueAt?.getTime();
  if (unchanged) {
    await recordAssignmentEvent(tx, ctx, locked.row.id, event, withWorker);
    return;
  }
  const row = await saveAssignment(tx, ctx, locked, { set: derived, event, data: withWorker });
  locked.row = row;
}

type Part = "requirements" | "checklist" | "fields";

function unknownId(part: Part, index: number): Problem {
  return new Problem(
    "validation_failed",
    `The ${part} item at ${index} names an id this assignment does not have.`,
    {},
    [{ pointer: `/body/${part}/${index}/id`, message: "Unknown id: leave it out to add a new item." }],
  );
}

function inUse(what: string): Problem {
  return new Problem("deliverable_in_use", `${what} already has work handed in; it cannot be removed or changed.`);
}

/** Ids the input keeps must exist; kept items with work handed in may not change kind/type or disappear. */
async function checkAgainstExisting(tx: Executor, assignmentId: string, input: DefineDeliverables) {
  const requirements = await requirementStates(tx, assignmentId);
  const fields = await tx.select().from(customFields).where(eq(customFields.assignmentId, assignmentId));
  const checklist = await tx
    .select({ id: checklistItems.id })
    .from(checklistItems)
    .where(eq(checklistItems.assignmentId, assignmentId));
  const byId = {
    requirements: new Map(requirements.map((r) => [r.row.id, r])),
    fields: new Map(fields.map((f) => [f.id, f])),
    checklist: new Map(checklist.map((c) => [c.id, c])),
  };
  for (const part of ["requirements", "checklist", "fields"] as const) {
    input[part].forEach((item, index) => {
      if (item.id && !byId[part].has(item.id)) {
        throw unknownId(part, index);
      }
    });
  }
  const keptRequirements = new Map(input.requirements.filter((r) => r.id).map((r) => [r.id, r]));
  const holdingReleased = await requirementsWithReleasedWork(tx, assignmentId);
  for (const { row, state } of requirements) {
    const kept = keptRequirements.get(row.id);
    if (state.handedIn > 0 && (!kept || kept.kind !== row.kind)) {
      throw inUse(`"${row.title}"`);
    }
    if (!kept && holdingReleased.has(row.id)) {
      throw new Problem(
        "deliverable_in_use",
        `"${row.title}" keeps what an earlier worker handed in; it cannot be removed, but it can be changed.`,
      );
    }
  }
  const keptFields = new Map(input.fields.filter((f) => f.id).map((f) => [f.id, f]));
  for (const field of fields) {
    const kept = keptFields.get(field.id);
    const fits =
      kept && kept.type === field.type && (kept.type !== "choice" || kept.choices.includes(`${field.value}`));
    if (field.value !== null && !fits) {
      throw inUse(`The field "${field.label}"`);
    }
  }
  return {
    removed: {
      requirements: requirements.map((r) => r.row.id).filter((id) => !keptRequirements.has(id)),
      fields: fields.map((f) => f.id).filter((id) => !keptFields.has(id)),
      checklist: checklist.map((c) => c.id).filter((id) => !input.checklist.some((item) => item.id === id)),
    },
  };
}

/**
 * Replaces the deliverables an assignment asks for, inside the caller's transaction (templates use it right after
 * creating a draft). Returns how many of each part there now are.
 */
export async function applyDefinition(
  tx: Executor,
  ctx: Pick<Ctx, "now">,
  assignmentId: string,
  input: DefineDeliverables,
) {
  const { removed } = await checkAgainstExisting(tx, assignmentId, input);
  if (removed.requirements.length > 0) {
    await tx.delete(deliverableRequirements).where(inArray(deliverableRequirements.id, removed.requirements));
  }
  if (removed.checklist.length > 0) {
    await tx.delete(checklistItems).where(inArray(checklistItems.id, removed.checklist));
  }
  if (removed.fields.length > 0) {
    await tx.delete(customFields).where(inArray(customFields.id, removed.fields));
  }
  for (const [position, { id, ...r }] of input.requirements.entries()) {
    const values = { ...r, position, dueAt: r.dueAt ? new Date(r.dueAt) : null };
    if (id) {
      await tx.update(deliverableRequirements).set(values).where(eq(deliverableRequirements.id, id));
    } else {
      await tx.insert(deliverableRequirements).values({ ...values, assignmentId, createdAt: ctx.now });
    }
  }
  for (const [position, { id, ...item }] of input.checklist.entries()) {
    if (id) {
      await tx
        .update(checklistItems)
        .set({ ...item, position })
        .where(eq(checklistItems.id, id));
    } else {
      await tx.insert(checklistItems).values({ ...item, position, assignmentId });
    }
  }
  for (const [position, { id, ...field }] of input.fields.entries()) {
    if (id) {
      await tx
        .update(customFields)
        .set({ ...field, position })
        .where(and(eq(customFields.id, id), eq(customFields.assignmentId, assignmentId)));
    } else {
      await tx.insert(customFields).values({ ...field, position, assignmentId });
    }
  }
  return { requirements: input.requirements.length, checklist: input.checklist.length, fields: input.fields.length };
}

async function releaseReports(tx: Executor, now: Date, assignmentId: string, workerId: string) {
  const written = await tx
    .select()
    .from(deliverableRequirements)
    .where(and(eq(deliverableRequirements.assignmentId, assignmentId), isNotNull(deliverableRequirements.reportText)));
  if (written.length === 0) {
    return [];
  }
  const archived = await tx
    .insert(releasedReports)
    .values(
      written.map((r) => ({
        assignmentId,
        requirementId: r.id,
        text: r.reportText ?? "",
        writtenAt: r.reportWrittenAt ?? now,
        // Only the assigned worker writes reports (deliverableRules.handIn), so the outgoing one wrote these.
        writtenBy: workerId,
        releasedAt: now,
      })),
    )
    .returning({ id: releasedReports.id });
  await tx
    .update(deliverableRequirements)
    .set({ reportText: null, reportWrittenAt: null })
    .where(and(eq(deliverableRequirements.assignmentId, assignmentId), isNotNull(deliverableRequirements.reportText)));
  return archived.map((r) => r.id);
}

async function clearTicks(tx: Executor, assignmentId: string) {
  const ticked = and(eq(checklistItems.assignmentId, assignmentId), isNotNull(checklistItems.doneAt));
  const cleared = await tx
    .select({ id: checklistItems.id, text: checklistItems.text, doneAt: checklistItems.doneAt })
    .from(checklistItems)
    .where(ticked);
  if (cleared.length > 0) {
    await tx.update(checklistItems).set({ doneAt: null, doneBy: null }).where(ticked);
  }
  return cleared.map((item) => ({ ...item, doneAt: item.doneAt?.toISOString() ?? null }));
}

/** The worker's own fields only: the company's values (a PO number) belong to the assignment, not the worker. */
async function clearWorkerValues(tx: Executor, assignmentId: string) {
  const filled = and(
    eq(customFields.assignmentId, assignmentId),
    eq(customFields.filledBy, "worker"),
    isNotNull(customFields.value),
  );
  const cleared = await tx
    .select({
      id: customFields.id,
      label: customFields.label,
      value: customFields.value,
      filledAt: customFields.filledAt,
    })
    .from(customFields)
    .where(filled);
  if (cleared.length > 0) {
    await tx.update(customFields).set({ value: null, filledAt: null, filledByUser: null }).where(filled);
  }
  return cleared.map((field) => ({ ...field, filledAt: field.filledAt?.toISOString() ?? null }));
}

/**
 * Takes the outgoing worker's hand-ins off the assignment, inside releaseWorker's transaction (engagement.ts): the
 * next worker starts from nothing, as with every other part of an engagement. Evidence is archived, not deleted:
 * files are marked released and reports move to `releasedReports`, both listed to the company only. Checklist ticks
 * and the worker's field values are cleared; the returned `data` records them for the release event, with the ids
 * of what was archived. `deliverablesDueAt` is the "deliverable late" clock once the released work no longer counts.
 */
export async function releaseHandIns(tx: Executor, now: Date, assignmentId: string, workerId: string) {
  const files = await tx
    .update(assignmentFiles)
    .set({ releasedAt: now })
    .where(
      and(
        eq(assignmentFiles.assignmentId, assignmentId),
        eq(assignmentFiles.purpose, "deliverable"),
        isNull(assignmentFiles.releasedAt),
      ),
    )
    .returning({ id: assignmentFiles.id });
  const releasedReportIds = await releaseReports(tx, now, assignmentId, workerId);
  const checklistCleared = await clearTicks(tx, assignmentId);
  const fieldsCleared = await clearWorkerValues(tx, assignmentId);
  const states = (await requirementStates(tx, assignmentId)).map((r) => r.state);
  return {
    data: { releasedFileIds: files.map((f) => f.id), releasedReportIds, checklistCleared, fieldsCleared },
    deliverablesDueAt: earliestDue(states),
  };
}
