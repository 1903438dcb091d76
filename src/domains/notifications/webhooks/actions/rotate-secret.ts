import { eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { endpointView, lockEndpoint, newSecret } from "../scope";
import { webhookEndpoints } from "../tables";

/** The old secret keeps signing beside the new one this long, so receivers can switch without losing a delivery. */
const OVERLAP_MS = 24 * 3_600_000;

/** POST /webhooks/{id}/rotate-secret: a new secret, shown this once; the old one stays valid for 24 hours. */
export async function rotateWebhookSecret(ctx: Ctx, id: string) {
  return ctx.transaction(async (tx) => {
    const row = await lockEndpoint(tx, ctx, id);
    const secret = newSecret();
    const [saved] = await tx
      .update(webhookEndpoints)
      .set({
        secret,
        previousSecret: row.secret,
        previousSecretUntil: new Date(ctx.now.getTime() + OVERLAP_MS),
        updatedAt: ctx.now,
      })
      .where(eq(webhookEndpoints.id, id))
      .returning();
    await recordEvent(tx, ctx, { action: "webhook.secret_rotated", subject: { type: "webhook", id } });
    return { webhook: endpointView(saved ?? row), secret };
  });
}
