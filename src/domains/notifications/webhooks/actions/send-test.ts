import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { actorId, type Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { testEventType, type WebhookPayload } from "../contract";
import { queueDeliveries } from "../delivery-steps";
import { deliveryViews, endpointView, lockEndpoint, mustBeEnabled } from "../scope";
import { webhookDeliveries } from "../tables";

/**
 * POST /webhooks/{id}/test: queues one `webhook.test` delivery to this endpoint (whatever types it chose), sent by
 * the queue like any other; answers the delivery, `pending`, to follow in the log.
 */
export async function sendTestEvent(ctx: Ctx, id: string) {
  return ctx.transaction(async (tx) => {
    const row = await lockEndpoint(tx, ctx, id);
    mustBeEnabled(row);
    const payload: WebhookPayload = {
      type: testEventType,
      timestamp: ctx.now.toISOString(),
      data: {
        eventId: randomUUID(),
        subject: { type: "webhook", id },
        actor: { kind: ctx.actor.kind, id: actorId(ctx.actor) },
        changes: {},
        record: endpointView(row),
      },
    };
    const [deliveryId] = await queueDeliveries(tx, ctx, {
      companyId: row.companyId,
      endpointIds: [id],
      eventId: null,
      eventType: testEventType,
      payload: JSON.stringify(payload),
      trigger: "test",
    });
    await recordEvent(tx, ctx, { action: "webhook.tested", subject: { type: "webhook", id }, data: { deliveryId } });
    const delivery = await tx
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.id, deliveryId ?? ""));
    const [view] = await deliveryViews(tx, delivery);
    if (!view) {
      throw new Error("test delivery not written");
    }
    return view;
  });
}
