import { companyActor } from "#domains/accounts/index";
import { getCompanySettings } from "#domains/companies/index";
import type { Ctx } from "#platform/context";
import type { CreateAssignment } from "../contract";
import { maximumSpend } from "../pricing";
import { pricingColumns, scheduleColumns } from "../schedule";
import { assignments } from "../tables";
import type { AssignmentView } from "../views/contract";
import { assignmentView } from "../views/queries";
import { moveTotals, recordAssignmentEvent } from "./save";

/** A new draft. Unset terms come from the company settings and are fixed on the assignment from then on. */
export async function createAssignment(ctx: Ctx, input: CreateAssignment): Promise<AssignmentView> {
  const actor = companyActor(ctx);
  return ctx.transaction(async (tx) => {
    const settings = await getCompanySettings(tx, actor.companyId);
    const [row] = await tx
      .insert(assignments)
      .values({
        companyId: actor.companyId,
        createdBy: actor.userId,
        title: input.title,
        description: input.description,
        industry: input.industry,
        skills: input.skills,
        instructions: input.instructions,
        locationType: input.locationType,
        location: input.location,
        onsiteContact: input.onsiteContact,
        timeZone: input.timeZone,
        ...scheduleColumns(input.schedule),
        deadline: input.deadline ? new Date(input.deadline) : null,
        ...pricingColumns(input.pricing),
        currency: input.currency ?? settings.defaultCurrency,
        maximumSpend: maximumSpend(input.pricing),
        paymentTermsDays: input.paymentTermsDays ?? settings.paymentTermsDays,
        autoApprovalHours: settings.autoApprovalHours,
        confirmationHours: input.confirmationHours ?? settings.confirmationHoursBeforeStart ?? 0,
        cancellationFeePercent: settings.lateCancellationFeePercent,
        routingMode: input.routingMode,
        status: "draft",
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!row) {
      throw new Error("assignment insert returned nothing");
    }
    await moveTotals(tx, null, row);
    await recordAssignmentEvent(tx, ctx, row.id, "assignment.created", { title: row.title, to: "draft" });
    return assignmentView(tx, ctx, row);
  });
}
