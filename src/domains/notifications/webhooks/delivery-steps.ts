/**
 * A delivery's life in the database, inside the caller's transaction: queued with the event, claimed by the send
 * job, and its outcome written by the sender (sender-steps.ts) when the receiver has answered. Retries back off
 * exponentially for up to 3 days; an endpoint whose attempts have all failed for 3 days is disabled and its
 * company's admins are told.
 */
import { and, eq, inArray, isNotNull, lt } from "drizzle-orm";
import { memberships } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { recordEvent } from "#platform/history";
import { enqueue } from "#platform/jobs";
import { notify } from "../steps";
import type { attemptTriggers } from "./contract";
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from "./tables";

export type Trigger = (typeof attemptTriggers)[number];

export const sendJobName = "notifications.webhook-send";
const DAY_MS = 86_400_000;
/** How long deliveries are retried, and how long an endpoint may fail before it is disabled. */
export const GIVE_UP_MS = 3 * DAY_MS;

/** The wait after the n-th failed attempt: 10 s, 40 s, 160 s, … growing 4× and capped at 12 h (about 12 tries in 3 days). */
export function retryDelayMs(attempts: number): number {
  return Math.min(12 * 3_600_000, 10_000 * 4 ** Math.max(0, attempts - 1));
}

/** New deliveries of one message body, one per endpoint, each woken by a send job in this transaction. */
export async function queueDeliveries(
  tx: Executor,
  ctx: Pick<Ctx, "now">,
  input: {
    companyId: string;
    endpointIds: string[];
    eventId: string | null;
    eventType: string;
    payload: string;
    trigger: Trigger;
  },
): Promise<string[]> {
  const rows = await tx
    .insert(webhookDeliveries)
    .values(
      input.endpointIds.map((endpointId) => ({
        endpointId,
        companyId: input.companyId,
        eventId: input.eventId,
        eventType: input.eventType,
        payload: input.payload,
        nextTrigger: input.trigger,
        nextAttemptAt: ctx.now,
        createdAt: ctx.now,
      })),
    )
    .returning({ id: webhookDeliveries.id });
  // One job wakes every endpoint's delivery of this message: one claim transaction instead of one per endpoint.
  await enqueue(tx, ctx, sendJobName, { deliveryIds: rows.map((row) => row.id) });
  return rows.map((row) => row.id);
}

/** Wakes one delivery again (a replay, a retry): `pending` with the trigger its attempt will be logged under. */
export async function wakeDelivery(
  tx: Executor,
  ctx: Pick<Ctx, "now">,
  deliveryId: string,
  trigger: Trigger,
  at: Date = ctx.now,
): Promise<void> {
  await tx
    .update(webhookDeliveries)
    .set({ status: "pending", nextTrigger: trigger, nextAttemptAt: at, leaseUntil: null })
    .where(eq(webhookDeliveries.id, deliveryId));
  await enqueue(tx, ctx, sendJobName, { deliveryIds: [deliveryId] }, { runAt: at });
}

export interface AttemptOutcome {
  deliveryId: string;
  trigger: Trigger;
  request: string;
  responseStatus: number | null;
  responseBody: string | null;
  error: string | null;
  durationMs: number;
}

export const answeredOk = (outcome: Pick<AttemptOutcome, "responseStatus">) =>
  outcome.responseStatus !== null && outcome.responseStatus >= 200 && outcome.responseStatus < 300;

/**
 * The common case in bulk: attempts that were answered 2xx, logged and marked delivered in three statements for the
 * whole batch (the sender gathers them), and their endpoints' failure streaks ended.
 */
export async function recordDelivered(
  tx: Executor,
  at: Date,
  delivered: { outcome: AttemptOutcome; endpointId: string; at: Date }[],
): Promise<void> {
  if (delivered.length === 0) {
    return;
  }
  await tx.insert(webhookAttempts).values(delivered.map((d) => ({ ...d.outcome, at: d.at })));
  await tx
    .update(webhookDeliveries)
    .set({ status: "delivered", deliveredAt: at, nextAttemptAt: null, leaseUntil: null })
    .where(
      inArray(
        webhookDeliveries.id,
        delivered.map((d) => d.outcome.deliveryId),
      ),
    );
  await tx
    .update(webhookEndpoints)
    .set({ failingSince: null })
    .where(
      and(
        inArray(webhookEndpoints.id, [...new Set(delivered.map((d) => d.endpointId))]),
        isNotNull(webhookEndpoints.failingSince),
      ),
    );
}

/** Writes one attempt's log row and what follows from it: delivered, retried later, or given up. */
export async function recordOutcome(tx: Executor, ctx: Ctx, outcome: AttemptOutcome): Promise<void> {
  const [found] = await tx
    .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(eq(webhookDeliveries.id, outcome.deliveryId))
    .for("update", { of: webhookDeliveries });
  if (!found) {
    return;
  }
  const { delivery, endpoint } = found;
  await tx.insert(webhookAttempts).values({ ...outcome, at: ctx.now });
  if (answeredOk(outcome)) {
    await tx
      .update(webhookDeliveries)
      .set({ status: "delivered", deliveredAt: ctx.now, nextAttemptAt: null, leaseUntil: null })
      .where(eq(webhookDeliveries.id, delivery.id));
    if (endpoint.failingSince) {
      await tx.update(webhookEndpoints).set({ failingSince: null }).where(eq(webhookEndpoints.id, endpoint.id));
    }
    return;
  }
  // A replay or a test is one attempt by hand: its failure is shown, never retried, and does not count as a streak.
  const automatic = outcome.trigger === "event" || outcome.trigger === "retry";
  const expired = ctx.now.getTime() - delivery.createdAt.getTime() >= GIVE_UP_MS;
  if (!automatic || expired || !endpoint.enabled) {
    await tx
      .update(webhookDeliveries)
      .set({ status: "failed", nextAttemptAt: null, leaseUntil: null })
      .where(eq(webhookDeliveries.id, delivery.id));
  } else {
    await wakeDelivery(tx, ctx, delivery.id, "retry", new Date(ctx.now.getTime() + retryDelayMs(delivery.attempts)));
  }
  if (automatic && endpoint.enabled) {
    const since = endpoint.failingSince ?? ctx.now;
    if (ctx.now.getTime() - since.getTime() >= GIVE_UP_MS) {
      await disableFailingEndpoint(tx, ctx, endpoint);
    } else if (!endpoint.failingSince) {
      await tx.update(webhookEndpoints).set({ failingSince: since }).where(eq(webhookEndpoints.id, endpoint.id));
    }
  }
}

/** 3 days of failures: the endpoint stops, its waiting deliveries fail, and the company's admins hear of it. */
async function disableFailingEndpoint(
  tx: Executor,
  ctx: Ctx,
  endpoint: typeof webhookEndpoints.$inferSelect,
): Promise<void> {
  await tx
    .update(webhookEndpoints)
    .set({ enabled: false, disabledReason: "failing", updatedAt: ctx.now })
    .where(eq(webhookEndpoints.id, endpoint.id));
  await failWaiting(tx, endpoint.id);
  await recordEvent(tx, ctx, {
    action: "webhook.disabled",
    subject: { type: "webhook", id: endpoint.id },
    data: { reason: "failing", failingSince: endpoint.failingSince, url: endpoint.url },
  });
  const admins = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.companyId, endpoint.companyId), eq(memberships.role, "admin")));
  await notify(tx, ctx, {
    userIds: admins.map((a) => a.userId),
    type: "webhook.disabled",
    title: "A webhook endpoint was disabled",
    text:
      `Every delivery to ${endpoint.url} has failed since ${endpoint.failingSince?.toISOString()}, so Worklane ` +
      "stopped sending to it. Fix the receiver, enable the endpoint again and replay the deliveries you need.",
    link: "/company/webhooks",
    subject: { type: "webhook", id: endpoint.id },
  });
}

/** Deliveries whose sending process died mid-request (lease over): pending again, woken by a new job. */
export async function reclaimAbandoned(tx: Executor, ctx: Pick<Ctx, "now">): Promise<number> {
  const stuck = await tx
    .select({ id: webhookDeliveries.id, trigger: webhookDeliveries.nextTrigger })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.status, "sending"),
        isNotNull(webhookDeliveries.leaseUntil),
        lt(webhookDeliveries.leaseUntil, ctx.now),
      ),
    )
    .limit(500)
    .for("update", { skipLocked: true });
  for (const row of stuck) {
    await wakeDelivery(tx, ctx, row.id, row.trigger);
  }
  return stuck.length;
}

/** Deliveries of a company's endpoint still waiting: marked failed when the endpoint is disabled or deleted. */
export async function failWaiting(tx: Executor, endpointId: string): Promise<void> {
  await tx
    .update(webhookDeliveries)
    .set({ status: "failed", nextAttemptAt: null, leaseUntil: null })
    .where(and(eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.status, "pending")));
}
