import { desc } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { sanctionsVisibleTo, sanctionViews } from "../scope";
import { sanctions } from "../tables";
import type { SanctionView } from "../views";

/** GET /sanctions: the sanctions on the caller and on their company, newest first: the party's notices. */
export async function listMySanctions(ctx: Ctx): Promise<{ items: SanctionView[] }> {
  const rows = await ctx.db
    .select()
    .from(sanctions)
    .where(sanctionsVisibleTo(ctx.actor))
    .orderBy(desc(sanctions.issuedAt))
    .limit(100);
  return { items: await sanctionViews(ctx.db, ctx.actor, rows) };
}
