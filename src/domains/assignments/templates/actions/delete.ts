import { eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { findTemplate } from "../queries";
import { assignmentTemplates } from "../tables";

/** Deletes a template; drafts already made from it keep everything they copied. */
export async function deleteAssignmentTemplate(ctx: Ctx, id: string): Promise<{ ok: true }> {
  return ctx.transaction(async (tx) => {
    const template = await findTemplate(tx, ctx, id, true);
    await tx.delete(assignmentTemplates).where(eq(assignmentTemplates.id, template.id));
    await recordEvent(tx, ctx, {
      action: "assignment_template.deleted",
      subject: { type: "assignment_template", id: template.id },
      data: { name: template.name },
    });
    return { ok: true as const };
  });
}
