import { eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { failWaiting } from "../delivery-steps";
import { lockEndpoint } from "../scope";
import { webhookEndpoints } from "../tables";

/** DELETE /webhooks/{id}: nothing more is sent to it; its delivery log is kept (a soft delete). */
export async function deleteWebhook(ctx: Ctx, id: string): Promise<{ ok: true }> {
  return ctx.transaction(async (tx) => {
    const row = await lockEndpoint(tx, ctx, id);
    await tx
      .update(webhookEndpoints)
      .set({ deletedAt: ctx.now, enabled: false, updatedAt: ctx.now })
      .where(eq(webhookEndpoints.id, id));
    await failWaiting(tx, id);
    await recordEvent(tx, ctx, { action: "webhook.deleted", subject: { type: "webhook", id }, data: { url: row.url } });
    return { ok: true as const };
  });
}
