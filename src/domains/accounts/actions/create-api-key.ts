import type { Ctx } from "#platform/context";
import { newToken, sha256 } from "#platform/crypto";
import { recordEvent } from "#platform/history";
import type { ApiKey, CreateApiKey } from "../contract";
import { toApiKey, userActor } from "../queries";
import { apiKeys } from "../tables";

/** The token is returned once; the visible prefix lets a person tell keys apart later. */
export async function createApiKey(ctx: Ctx, input: CreateApiKey): Promise<{ apiKey: ApiKey; token: string }> {
  const actor = userActor(ctx);
  const token = newToken("wl_");
  return ctx.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({
        userId: actor.userId,
        name: input.name,
        prefix: token.slice(0, 10),
        tokenHash: sha256(token),
        createdAt: ctx.now,
        expiresAt: input.expiresInDays ? new Date(ctx.now.getTime() + input.expiresInDays * 86_400_000) : null,
      })
      .returning();
    if (!row) {
      throw new Error("api key insert returned nothing");
    }
    await recordEvent(tx, ctx, {
      action: "api_key.created",
      subject: { type: "api_key", id: row.id },
      data: { name: row.name, prefix: row.prefix },
    });
    return { apiKey: toApiKey(row), token };
  });
}
