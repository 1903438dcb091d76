import { companyActor } from "#domains/accounts/index";
import { getCompanySettings } from "#domains/companies/index";
import { resolveOptionalLocation } from "#domains/places/index";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import type { CreateAssignment } from "./contract";
import { maximumSpend } from "./pricing";
import { pricingColumns, scheduleColumns } from "./schedule";
import { recordAssignmentEvent } from "./steps";
import { assignments } from "./tables";
import { totalsWrite } from "./totals-steps";

/**
 * Inserts a new draft with its event. Unset terms come from the company settings and are fixed on the assignment from
 * then on. Creating by hand, from a template and by CSV import all go through here.
 */
export async function insertDraft(tx: Executor, ctx: Ctx, input: CreateAssignment, event = "assignment.created") {
  const actor = companyActor(ctx);
  const settings = await getCompanySettings(tx, actor.companyId);
  const [row] = await tx
    .insert(assignments)
    .values({
      companyId: actor.companyId,
      createdBy: actor.userId,
      ...{ title: input.title, description: input.description, industry: input.industry, skills: input.skills },
      ...{
        instructions: input.instructions,
        locationType: input.locationType,
        location: resolveOptionalLocation(input.location, "/body/location"),
      },
      ...{ onsiteContact: input.onsiteContact, timeZone: input.timeZone, routingMode: input.routingMode },
      ...scheduleColumns(input.schedule),
      deadline: input.deadline ? new Date(input.deadline) : null,
      ...pricingColumns(input.pricing),
      currency: input.currency ?? settings.defaultCurrency,
      maximumSpend: maximumSpend(input.pricing),
      paymentTermsDays: input.paymentTermsDays ?? settings.paymentTermsDays,
      autoApprovalHours: settings.autoApprovalHours,
      confirmationHours: input.confirmationHours ?? settings.confirmationHoursBeforeStart ?? 0,
      cancellationFeePercent: settings.lateCancellationFeePercent,
      status: "draft",
      statusChangedAt: ctx.now,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  if (!row) {
    throw new Error("assignment insert returned nothing");
  }
  await recordAssignmentEvent(tx, ctx, row.id, event, { title: row.title, to: "draft" }, [totalsWrite(null, row)]);
  return row;
}
