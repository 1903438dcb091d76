import { eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { defineJob, enqueue, type JobHandler } from "#platform/jobs";
import { reclaimAbandoned, sendJobName } from "./delivery-steps";
import { type Send, sender } from "./sender-steps";
import { webhookDeliveries, webhookEndpoints } from "./tables";

/** An attempt may last the timeout; past this margin a `sending` delivery is presumed lost with its process. */
const LEASE_MS = 120_000;
/** When this process has no free slot, the delivery is looked at again this much later (a new job). */
const BUSY_RETRY_MS = 1_000;

/**
 * Wakes deliveries (every endpoint's copy of one message, or one retry or replay): claims each (`sending`, attempts
 * + 1, a lease) in the job's transaction and starts the requests after that commit. A delivery already delivered,
 * failed or being sent is left alone, so a duplicate job can never send twice.
 */
const sendWebhooks = defineJob({
  name: sendJobName,
  payload: z.object({ deliveryIds: z.array(z.uuid()).min(1).max(1000) }),
  run: (ctx, { deliveryIds }) =>
    ctx.transaction(async (tx) => {
      const found = await tx
        .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints })
        .from(webhookDeliveries)
        .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
        .where(inArray(webhookDeliveries.id, deliveryIds))
        .orderBy(webhookDeliveries.id)
        .for("update", { of: webhookDeliveries });
      const sends: Send[] = [];
      const gone: string[] = [];
      const busy: string[] = [];
      const planned = new Map<string, number>();
      for (const { delivery, endpoint } of found) {
        if (delivery.status !== "pending") {
          continue;
        }
        if (!endpoint.enabled || endpoint.deletedAt) {
          gone.push(delivery.id);
          continue;
        }
        if (!sender.hasRoom(endpoint.id, planned.get(endpoint.id) ?? 0, sends.length)) {
          busy.push(delivery.id);
          continue;
        }
        planned.set(endpoint.id, (planned.get(endpoint.id) ?? 0) + 1);
        const previousValid = endpoint.previousSecret && (endpoint.previousSecretUntil ?? ctx.now) > ctx.now;
        sends.push({
          deliveryId: delivery.id,
          endpointId: endpoint.id,
          url: endpoint.url,
          secrets:
            previousValid && endpoint.previousSecret ? [endpoint.secret, endpoint.previousSecret] : [endpoint.secret],
          payload: delivery.payload,
          trigger: delivery.nextTrigger,
          claimedAt: ctx.now,
        });
      }
      if (gone.length > 0) {
        await tx
          .update(webhookDeliveries)
          .set({ status: "failed", nextAttemptAt: null, leaseUntil: null })
          .where(inArray(webhookDeliveries.id, gone));
      }
      if (busy.length > 0) {
        const runAt = new Date(ctx.now.getTime() + BUSY_RETRY_MS);
        await enqueue(tx, ctx, sendJobName, { deliveryIds: busy }, { runAt });
      }
      if (sends.length === 0) {
        return;
      }
      await tx
        .update(webhookDeliveries)
        .set({
          status: "sending",
          attempts: sql`${webhookDeliveries.attempts} + 1`,
          leaseUntil: new Date(ctx.now.getTime() + LEASE_MS),
          nextAttemptAt: null,
        })
        .where(
          inArray(
            webhookDeliveries.id,
            sends.map((s) => s.deliveryId),
          ),
        );
      return () => {
        for (const send of sends) {
          sender.start(ctx.db, ctx.log, send);
        }
      };
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

export const jobs: JobHandler[] = [sendWebhooks, reclaimWebhooks];
