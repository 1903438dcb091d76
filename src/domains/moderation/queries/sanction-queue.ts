import { asc, desc, eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import type { SanctionQueueQuery } from "../contract";
import { sanctionViews } from "../scope";
import { sanctions } from "../tables";
import type { SanctionView } from "../views";

/** GET /staff/sanctions: every sanction, newest first; `appeal=pending` the appeals waiting, oldest first. */
export async function sanctionQueue(ctx: Ctx, query: SanctionQueueQuery): Promise<{ items: SanctionView[] }> {
  const rows =
    query.appeal === "pending"
      ? await ctx.db
          .select()
          .from(sanctions)
          .where(eq(sanctions.status, "appealed"))
          .orderBy(asc(sanctions.appealedAt))
          .limit(100)
      : await ctx.db.select().from(sanctions).orderBy(desc(sanctions.issuedAt)).limit(100);
  return { items: await sanctionViews(ctx.db, ctx.actor, rows) };
}
