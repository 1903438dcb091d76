import { randomBytes } from "node:crypto";
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { companyActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { Problem } from "#shared/problems";
import { secretHint } from "#shared/secret-hint";
import type { DeliveryView, WebhookEventType, WebhookView } from "./contract";
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from "./tables";

export type EndpointRow = typeof webhookEndpoints.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;

/** A new Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
export const newSecret = () => `whsec_${randomBytes(32).toString("base64")}`;

const notFound = () =>
  new Problem("not_found", "No webhook endpoint with this id belongs to your company.", { subjectType: "webhook" });

/** The caller's company (the routes admit company admins only). */
export function companyOf(ctx: Ctx): string {
  return companyActor(ctx).companyId;
}

/** One of the caller's company's endpoints, locked for the change; another company's looks missing (404). */
export async function lockEndpoint(tx: Executor, ctx: Ctx, id: string, lock = true): Promise<EndpointRow> {
  const query = tx
    .select()
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.id, id),
        eq(webhookEndpoints.companyId, companyOf(ctx)),
        isNull(webhookEndpoints.deletedAt),
      ),
    );
  const [row] = lock ? await query.for("update") : await query;
  if (!row) {
    throw notFound();
  }
  return row;
}

/** An endpoint must be enabled to be sent to by hand (test, replay). */
export function mustBeEnabled(row: EndpointRow): void {
  if (!row.enabled) {
    throw new Problem("webhook_disabled", "This endpoint is disabled; enable it first (PATCH with enabled: true).", {
      disabledReason: row.disabledReason,
    });
  }
}

/** The endpoint as every answer shows it: never its secret (create and rotate add it beside the view, once). */
export function endpointView(row: EndpointRow): WebhookView {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.eventTypes as WebhookEventType[],
    enabled: row.enabled,
    secretHint: secretHint(row.secret),
    disabledReason: row.disabledReason,
    failingSince: row.failingSince?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Delivery views with their latest attempts, newest first (one query for all the rows' attempts). */
export async function deliveryViews(tx: Executor, rows: DeliveryRow[]): Promise<DeliveryView[]> {
  const ids = rows.map((row) => row.id);
  const attempts =
    ids.length === 0
      ? []
      : await tx
          .select()
          .from(webhookAttempts)
          .where(inArray(webhookAttempts.deliveryId, ids))
          .orderBy(desc(webhookAttempts.at), desc(webhookAttempts.id));
  return rows.map((row) => ({
    id: row.id,
    webhookId: row.endpointId,
    eventType: row.eventType,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    payload: row.payload,
    lastAttempts: attempts
      .filter((a) => a.deliveryId === row.id)
      .slice(0, 10)
      .map((a) => ({
        id: a.id,
        at: a.at.toISOString(),
        trigger: a.trigger,
        request: a.request,
        responseStatus: a.responseStatus,
        responseBody: a.responseBody,
        error: a.error,
        durationMs: a.durationMs,
      })),
  }));
}

/** One delivery of one of the company's endpoints, locked; 404 otherwise. */
export async function lockDelivery(tx: Executor, endpoint: EndpointRow, deliveryId: string): Promise<DeliveryRow> {
  const [row] = await tx
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.endpointId, endpoint.id)))
    .for("update");
  if (!row) {
    throw new Problem("not_found", "No delivery with this id was made to this endpoint.", {
      subjectType: "webhook_delivery",
    });
  }
  return row;
}
