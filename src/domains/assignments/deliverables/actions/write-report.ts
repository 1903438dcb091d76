import { and, eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import type { DeliverablesView, WriteReport } from "../contract";
import { deliverableRules } from "../rules";
import { lockFor, recordDeliverableChange } from "../steps";
import { deliverableRequirements } from "../tables";
import { getDeliverablesView } from "../view-steps";

/** The assigned worker writes (or rewrites) the report a `report` deliverable asks for. */
export async function writeReport(
  ctx: Ctx,
  params: { id: string; requirementId: string },
  input: WriteReport,
): Promise<DeliverablesView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockFor(tx, ctx, params.id, deliverableRules.handIn, "writeReport");
    const [requirement] = await tx
      .update(deliverableRequirements)
      .set({ reportText: input.text, reportWrittenAt: ctx.now })
      .where(
        and(
          eq(deliverableRequirements.id, params.requirementId),
          eq(deliverableRequirements.assignmentId, params.id),
          eq(deliverableRequirements.kind, "report"),
        ),
      )
      .returning({ id: deliverableRequirements.id });
    if (!requirement) {
      throw new Problem("not_found", "No written-report deliverable with this id on this assignment.", {
        subjectType: "deliverable",
      });
    }
    await recordDeliverableChange(tx, ctx, locked, "assignment.report_written", {
      requirementId: requirement.id,
      characters: input.text.length,
    });
    return getDeliverablesView(tx, locked.row, "assignee");
  });
}
