import { eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { diffFields, recordEvent } from "#platform/history";
import { checkEndpointUrl } from "../address-guard";
import type { UpdateWebhook } from "../contract";
import { failWaiting } from "../delivery-steps";
import { endpointView, lockEndpoint } from "../scope";
import { webhookEndpoints } from "../tables";

/**
 * PATCH /webhooks/{id}: change the URL, the event types or the description, or disable / enable the endpoint.
 * Disabling fails what was waiting to be sent; enabling forgets the failure streak (nothing old is resent: replay).
 */
export async function updateWebhook(ctx: Ctx, id: string, input: UpdateWebhook) {
  if (input.url !== undefined) {
    await checkEndpointUrl(input.url);
  }
  return ctx.transaction(async (tx) => {
    const row = await lockEndpoint(tx, ctx, id);
    const next = {
      url: input.url,
      eventTypes: input.eventTypes,
      description: input.description,
      enabled: input.enabled,
    };
    const { before, after, changed } = diffFields(row, next);
    if (!changed) {
      return endpointView(row);
    }
    const toggled = input.enabled !== undefined && input.enabled !== row.enabled;
    const [saved] = await tx
      .update(webhookEndpoints)
      .set({
        ...after,
        ...(toggled ? { disabledReason: input.enabled ? null : ("by_admin" as const), failingSince: null } : {}),
        updatedAt: ctx.now,
      })
      .where(eq(webhookEndpoints.id, id))
      .returning();
    if (toggled && !input.enabled) {
      await failWaiting(tx, id);
    }
    await recordEvent(tx, ctx, {
      action: toggled ? (input.enabled ? "webhook.enabled" : "webhook.disabled") : "webhook.updated",
      subject: { type: "webhook", id },
      data: { before, after },
    });
    return endpointView(saved ?? row);
  });
}
