import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Executor } from "#platform/db";
import { requirementStates } from "../queries";
import { earliestDue } from "../rules";
import { assignmentFiles, checklistItems, customFields, deliverableRequirements, releasedReports } from "../tables";

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
