import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { checkEndpointUrl } from "../address-guard";
import type { CreateWebhook } from "../contract";
import { companyOf, endpointView, newSecret } from "../scope";
import { webhookEndpoints } from "../tables";

/** POST /webhooks: a company admin registers an endpoint; the answer holds the signing secret, this once. */
export async function createWebhook(ctx: Ctx, input: CreateWebhook) {
  const companyId = companyOf(ctx);
  await checkEndpointUrl(input.url);
  return ctx.transaction(async (tx) => {
    const secret = newSecret();
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({
        companyId,
        url: input.url,
        description: input.description,
        eventTypes: input.eventTypes,
        secret,
        createdBy: ctx.actor.kind === "user" ? ctx.actor.userId : null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!row) {
      throw new Error("webhook endpoint not written");
    }
    await recordEvent(tx, ctx, {
      action: "webhook.created",
      subject: { type: "webhook", id: row.id },
      data: { url: row.url, eventTypes: row.eventTypes, companyId },
    });
    return { webhook: endpointView(row), secret };
  });
}
