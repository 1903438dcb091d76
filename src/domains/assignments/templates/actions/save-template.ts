import { count, eq, sql } from "drizzle-orm";
import { companyActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import type { CreateAssignment } from "../../contract";
import { definitionOf } from "../../deliverables/queries";
import { pricingOf } from "../../schedule";
import { type AssignmentRow, findVisible } from "../../scope";
import { type SaveTemplate, type TemplateView, templateLimits } from "../contract";
import { toTemplateView } from "../queries";
import { assignmentTemplates } from "../tables";

/**
 * The fields of a create body, read back from an assignment. Its dates are left out: a template describes the work,
 * and each draft made from it gets its own schedule and deadline.
 */
export function bodyFrom(row: AssignmentRow): Omit<CreateAssignment, "schedule" | "deadline"> {
  return {
    title: row.title,
    description: row.description,
    industry: row.industry as CreateAssignment["industry"],
    skills: row.skills,
    instructions: row.instructions,
    locationType: row.locationType,
    location: row.location,
    onsiteContact: row.onsiteContact,
    timeZone: row.timeZone,
    pricing: pricingOf(row),
    currency: row.currency as CreateAssignment["currency"],
    paymentTermsDays: row.paymentTermsDays,
    confirmationHours: row.confirmationHours,
    routingMode: row.routingMode,
  };
}

/** Saves any of the company's assignments, in any status, as a named template. */
export async function saveAssignmentTemplate(ctx: Ctx, input: SaveTemplate): Promise<TemplateView> {
  const actor = companyActor(ctx);
  return ctx.transaction(async (tx) => {
    const row = await findVisible(tx, ctx, input.assignmentId);
    const [taken] = await tx
      .select({ id: assignmentTemplates.id })
      .from(assignmentTemplates)
      .where(
        sql`${assignmentTemplates.companyId} = ${actor.companyId} AND lower(${assignmentTemplates.name}) = lower(${input.name})`,
      );
    if (taken) {
      throw new Problem("conflict", `A template named "${input.name}" already exists.`, { templateId: taken.id });
    }
    const [held] = await tx
      .select({ n: count() })
      .from(assignmentTemplates)
      .where(eq(assignmentTemplates.companyId, actor.companyId));
    if ((held?.n ?? 0) >= templateLimits.perCompany) {
      throw new Problem(
        "conflict",
        `A company keeps at most ${templateLimits.perCompany} templates; delete one first.`,
      );
    }
    const [template] = await tx
      .insert(assignmentTemplates)
      .values({
        companyId: actor.companyId,
        name: input.name,
        assignment: bodyFrom(row),
        deliverables: await definitionOf(tx, row.id),
        createdBy: actor.userId,
        createdAt: ctx.now,
      })
      .returning();
    if (!template) {
      throw new Error("template insert returned nothing");
    }
    await recordEvent(tx, ctx, {
      action: "assignment_template.saved",
      subject: { type: "assignment_template", id: template.id },
      data: { name: template.name, assignmentId: row.id },
    });
    return toTemplateView(tx, template);
  });
}
