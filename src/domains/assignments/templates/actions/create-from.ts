import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import { CreateAssignment } from "../../contract";
import { closingView } from "../../view-steps";
import type { AssignmentView } from "../../views";
import type { CreateFromTemplate } from "../contract";
import { findTemplate } from "../queries";
import { createDraftIn, templateDeliverables } from "../steps";

/** A new draft from a template, with its own title and dates when given; the template's deliverables are copied. */
export async function createAssignmentFromTemplate(
  ctx: Ctx,
  id: string,
  overrides: CreateFromTemplate,
): Promise<AssignmentView> {
  return ctx.transaction(async (tx) => {
    const template = await findTemplate(tx, ctx, id);
    const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
    const parsed = CreateAssignment.safeParse({ ...template.assignment, ...given });
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => {
        const [top] = issue.path.map(String);
        const where = top && top in given ? "body" : "template";
        return { pointer: `/${where}/${issue.path.map(String).join("/")}`, message: issue.message };
      });
      throw new Problem("validation_failed", "The draft from this template would not be valid.", {}, errors);
    }
    const row = await createDraftIn(tx, ctx, parsed.data, templateDeliverables(template), {
      action: "assignment.created_from_template",
      data: { templateId: template.id, templateName: template.name },
    });
    return closingView(tx, ctx, row);
  });
}
