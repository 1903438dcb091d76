import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { wakeDelivery } from "../delivery-steps";
import { deliveryViews, lockDelivery, lockEndpoint, mustBeEnabled } from "../scope";

/**
 * POST /webhooks/{id}/deliveries/{deliveryId}/replay: sends the same message again (same body, same `webhook-id`)
 * through the queue, whatever its status; one attempt, logged as `replay`. A delivery being sent right now is
 * answered as it is (its attempt is under way).
 */
export async function replayDelivery(ctx: Ctx, id: string, deliveryId: string) {
  return ctx.transaction(async (tx) => {
    const endpoint = await lockEndpoint(tx, ctx, id);
    mustBeEnabled(endpoint);
    const delivery = await lockDelivery(tx, endpoint, deliveryId);
    if (delivery.status !== "sending") {
      await wakeDelivery(tx, ctx, deliveryId, "replay");
      await recordEvent(tx, ctx, {
        action: "webhook.delivery_replayed",
        subject: { type: "webhook", id },
        data: { deliveryId, status: delivery.status },
      });
    }
    const [view] = await deliveryViews(tx, [await lockDelivery(tx, endpoint, deliveryId)]);
    if (!view) {
      throw new Error("delivery vanished");
    }
    return view;
  });
}
