import { eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { userActor } from "../queries";
import { sessions } from "../tables";

/** Ends the current session; with an API key there is no session to end, and nothing changes. */
export async function logOut(ctx: Ctx): Promise<{ ok: true }> {
  const actor = userActor(ctx);
  const sessionId = actor.sessionId;
  if (!sessionId) {
    return { ok: true };
  }
  return ctx.transaction(async (tx) => {
    await tx.update(sessions).set({ revokedAt: ctx.now }).where(eq(sessions.id, sessionId));
    await recordEvent(tx, ctx, { action: "user.logged_out", subject: { type: "user", id: actor.userId } });
    return { ok: true as const };
  });
}
