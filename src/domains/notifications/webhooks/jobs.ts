import { eq } from "drizzle-orm";
import { z } from "zod";
import { defineJob, enqueue, type JobHandler } from "#platform/jobs";
import { failWaiting, reclaimAbandoned, sendJobName } from "./delivery-steps";
import { sender } from "./sender-steps";
import { webhookDeliveries, webhookEndpoints } from "./tables";

/** An attempt may last the timeout; past this margin a `sending` delivery is presumed lost with its process. */
const LEASE_MS = 120_000;
/** When this process has no free slot, the delivery is looked at again this much later (a new job). */
const BUSY_RETRY_MS = 1_000;

/**
 * Wakes one delivery: claims it (`sending`, attempts + 1, a lease) in the job's transaction and starts the request
 * after that commit. A job for a delivery already delivered, failed or being sent does nothing, so a duplicate job
 * can never send twice.
 */
const sendWebhook = defineJob({
  name: sendJobName,
  payload: z.object({ deliveryId: z.uuid() }),
  run: (ctx, { deliveryId }) =>
    ctx.transaction(async (tx) => {
      const [found] = await tx
        .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints })
        .from(webhookDeliveries)
        .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
        .where(eq(webhookDeliveries.id, deliveryId))
        .for("update", { of: webhookDeliveries });
      if (found?.delivery.status !== "pending") {
        return;
      }
      const { delivery, endpoint } = found;
      if (!endpoint.enabled || endpoint.deletedAt) {
        await failWaiting(tx, endpoint.id);
        return;
      }
      if (!sender.hasRoom(endpoint.id)) {
        await enqueue(tx, ctx, sendJobName, { deliveryId }, { runAt: new Date(ctx.now.getTime() + BUSY_RETRY_MS) });
        return;
      }
      await tx
        .update(webhookDeliveries)
        .set({
          status: "sending",
          attempts: delivery.attempts + 1,
          leaseUntil: new Date(ctx.now.getTime() + LEASE_MS),
          nextAttemptAt: null,
        })
        .where(eq(webhookDeliveries.id, deliveryId));
      const validPrevious =
        endpoint.previousSecret && endpoint.previousSecretUntil && endpoint.previousSecretUntil > ctx.now
          ? [endpoint.previousSecret]
          : [];
      return () =>
        sender.start(ctx.db, ctx.log, {
          deliveryId,
          endpointId: endpoint.id,
          url: endpoint.url,
          secrets: [endpoint.secret, ...validPrevious],
          payload: delivery.payload,
          trigger: delivery.nextTrigger,
          claimedAt: ctx.now,
        });
    }),
});

/** Every minute: deliveries left `sending` by a process that stopped mid-request are tried again. */
const reclaimWebhooks = defineJob({
  name: "notifications.webhook-reclaim",
  payload: z.object({}),
  everySeconds: 60,
  run: async (ctx) => {
    await ctx.transaction((tx) => reclaimAbandoned(tx, ctx));
  },
});

export const jobs: JobHandler[] = [sendWebhook, reclaimWebhooks];
