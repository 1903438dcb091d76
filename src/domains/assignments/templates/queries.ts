import { and, asc, eq } from "drizzle-orm";
import { companyActor } from "#domains/accounts/index";
import { users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { Problem } from "#shared/problems";
import type { TemplateList, TemplateSummary, TemplateView } from "./contract";
import { assignmentTemplates } from "./tables";

export type TemplateRow = typeof assignmentTemplates.$inferSelect;

const notFound = () =>
  new Problem("not_found", "No template with this id is visible to you.", { subjectType: "assignment_template" });

/** A template of the caller's company (404 for anyone else's); `lock` holds it for a delete. */
export async function findTemplate(
  tx: Executor,
  ctx: Pick<Ctx, "actor">,
  id: string,
  lock = false,
): Promise<TemplateRow> {
  const { companyId } = companyActor(ctx);
  const query = tx
    .select()
    .from(assignmentTemplates)
    .where(and(eq(assignmentTemplates.id, id), eq(assignmentTemplates.companyId, companyId)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) {
    throw notFound();
  }
  return row;
}

function toSummary(row: TemplateRow, createdByName: string): TemplateSummary {
  const pricing = row.assignment.pricing as { type?: TemplateSummary["pricingType"] } | undefined;
  return {
    id: row.id,
    name: row.name,
    title: String(row.assignment.title ?? ""),
    pricingType: pricing?.type ?? "flat",
    createdBy: { id: row.createdBy, name: createdByName },
    createdAt: row.createdAt.toISOString(),
  };
}

export async function toTemplateView(tx: Executor, row: TemplateRow): Promise<TemplateView> {
  const [creator] = await tx.select({ name: users.name }).from(users).where(eq(users.id, row.createdBy));
  return { ...toSummary(row, creator?.name ?? ""), assignment: row.assignment, deliverables: row.deliverables };
}

/** The company's templates by name (a company keeps at most a few hundred, so one page holds them all). */
export async function listAssignmentTemplates(ctx: Ctx): Promise<TemplateList> {
  const { companyId } = companyActor(ctx);
  const rows = await ctx.db
    .select({ template: assignmentTemplates, name: users.name })
    .from(assignmentTemplates)
    .innerJoin(users, eq(users.id, assignmentTemplates.createdBy))
    .where(eq(assignmentTemplates.companyId, companyId))
    .orderBy(asc(assignmentTemplates.name), asc(assignmentTemplates.id));
  return { items: rows.map(({ template, name }) => toSummary(template, name)) };
}

export async function getAssignmentTemplate(ctx: Ctx, id: string): Promise<TemplateView> {
  return toTemplateView(ctx.db, await findTemplate(ctx.db, ctx, id));
}
