import { asc, eq } from "drizzle-orm";
import { userActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import type { CredentialView } from "../contract";
import { credentialViews } from "../scope";
import { credentials } from "../tables";

/** The signed-in worker's own credentials, with every review of them. */
export async function listMyCredentials(ctx: Ctx): Promise<{ items: CredentialView[] }> {
  const actor = userActor(ctx);
  const rows = await ctx.db
    .select()
    .from(credentials)
    .where(eq(credentials.workerId, actor.userId))
    .orderBy(asc(credentials.kind), asc(credentials.name), asc(credentials.createdAt));
  return { items: await credentialViews(ctx.db, ctx, rows) };
}
