import { asc, eq } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import type { CredentialView } from "../contract";
import { credentialViews } from "../scope";
import { credentials } from "../tables";

/**
 * One worker's credentials as a company (its own reviews and staff's) or staff see them, to review or to judge a
 * candidate. A worker reads only their own here; anyone else's is a 404 like an unknown worker.
 */
export async function listWorkerCredentials(ctx: Ctx, workerId: string): Promise<{ items: CredentialView[] }> {
  const actor = ctx.actor;
  const self = actor.kind === "user" && actor.userId === workerId;
  const [worker] = await ctx.db.select({ type: users.accountType }).from(users).where(eq(users.id, workerId));
  const reader = actor.kind === "user" && (actor.accountType === "client" || actor.accountType === "staff");
  if (worker?.type !== "worker" || !(self || reader)) {
    throw new Problem("not_found", "No worker with this id is visible to you.", { subjectType: "worker" });
  }
  const rows = await ctx.db
    .select()
    .from(credentials)
    .where(eq(credentials.workerId, workerId))
    .orderBy(asc(credentials.kind), asc(credentials.name), asc(credentials.createdAt));
  return { items: await credentialViews(ctx.db, ctx, rows) };
}
