import { and, eq, inArray } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { Problem } from "#shared/problems";
import { notify } from "../../actions/notify";
import type { DefineDeliverables, DeliverablesView } from "../contract";
import { getDeliverablesView, requirementStates, requirementsWithReleasedWork } from "../queries";
import { deliverableRules } from "../rules";
import { checklistItems, customFields, deliverableRequirements } from "../tables";
import { lockFor, recordDeliverableChange } from "./save";

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

/** The company states what the worker must hand in; an assigned worker is told it changed. */
export async function defineDeliverables(ctx: Ctx, id: string, input: DefineDeliverables): Promise<DeliverablesView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockFor(tx, ctx, id, deliverableRules.define, "defineDeliverables");
    const counts = await applyDefinition(tx, ctx, id, input);
    await recordDeliverableChange(tx, ctx, locked, "assignment.deliverables_defined", counts);
    const { row, party } = locked;
    if (row.assignedWorkerId) {
      await notify(tx, ctx, [row.assignedWorkerId], row.id, {
        subject: `Deliverables changed: ${row.title}`,
        text: `The client changed what to hand in for "${row.title}": ${counts.requirements} deliverables, ${counts.checklist} checklist items, ${counts.fields} fields.`,
      });
    }
    return getDeliverablesView(tx, row, party ?? "system");
  });
}
