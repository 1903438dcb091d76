import { and, eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import type { ApiKey } from "../contract";
import { toApiKey, userActor } from "../queries";
import { apiKeys } from "../tables";

/** Revoking twice is harmless: the second call returns the key as it is. */
export async function revokeApiKey(ctx: Ctx, id: string): Promise<ApiKey> {
  const actor = userActor(ctx);
  return ctx.transaction(async (tx) => {
    const [key] = await tx
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.id, id), eq(apiKeys.userId, actor.userId)))
      .for("update");
    if (!key) {
      throw new Problem("not_found", "No API key with this id belongs to you.");
    }
    if (key.revokedAt) {
      return toApiKey(key);
    }
    const [row] = await tx.update(apiKeys).set({ revokedAt: ctx.now }).where(eq(apiKeys.id, id)).returning();
    await recordEvent(tx, ctx, { action: "api_key.revoked", subject: { type: "api_key", id } });
    return toApiKey(row ?? key);
  });
}
