import { and, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { decodeCursor, toPage } from "#platform/pagination";
import type { DeliveryQuery } from "./contract";
import { companyOf, deliveryViews, endpointView, lockEndpoint } from "./scope";
import { webhookDeliveries, webhookEndpoints } from "./tables";

/** GET /webhooks: the company's endpoints, oldest first (never their secrets). */
export async function listWebhooks(ctx: Ctx) {
  const rows = await ctx.db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.companyId, companyOf(ctx)), isNull(webhookEndpoints.deletedAt)))
    .orderBy(webhookEndpoints.createdAt, webhookEndpoints.id);
  return { items: rows.map(endpointView) };
}

/** GET /webhooks/{id}/deliveries: the delivery log, newest first, with each delivery's latest attempts. */
export async function listDeliveries(ctx: Ctx, id: string, query: DeliveryQuery) {
  return ctx.transaction(async (tx) => {
    const endpoint = await lockEndpoint(tx, ctx, id, false);
    const after = decodeCursor(query.cursor);
    const conditions: (SQL | undefined)[] = [
      eq(webhookDeliveries.endpointId, endpoint.id),
      query.status ? eq(webhookDeliveries.status, query.status) : undefined,
      after
        ? sql`(${webhookDeliveries.createdAt}, ${webhookDeliveries.id}) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`
        : undefined,
    ];
    const rows = await tx
      .select()
      .from(webhookDeliveries)
      .where(and(...conditions))
      .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, (row) => [row.createdAt.toISOString(), row.id]);
    return { items: await deliveryViews(tx, page.items), nextCursor: page.nextCursor };
  });
}
