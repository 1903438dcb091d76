import { and, eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import { sanctionsVisibleTo, sanctionViews } from "../scope";
import { sanctions } from "../tables";
import type { SanctionView } from "../views";

/** GET /sanctions/{id}: the notice (the party, their company's members, Trust & Safety). */
export async function getSanction(ctx: Ctx, id: string): Promise<SanctionView> {
  const rows = await ctx.db
    .select()
    .from(sanctions)
    .where(and(eq(sanctions.id, id), sanctionsVisibleTo(ctx.actor)));
  const [view] = await sanctionViews(ctx.db, ctx.actor, rows);
  if (!view) {
    throw new Problem("not_found", "No sanction with this id is visible to you.", { subjectType: "sanction" });
  }
  return view;
}
