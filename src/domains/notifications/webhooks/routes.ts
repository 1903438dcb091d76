import type { App } from "#platform/http/types";
import { IdParams, Ok } from "#shared/fields";
import { createWebhook } from "./actions/create";
import { deleteWebhook } from "./actions/delete";
import { replayDelivery } from "./actions/replay";
import { rotateWebhookSecret } from "./actions/rotate-secret";
import { sendTestEvent } from "./actions/send-test";
import { updateWebhook } from "./actions/update";
import { resolveAhead } from "./address-guard";
import {
  CreateWebhook,
  DeliveryList,
  DeliveryParams,
  DeliveryQuery,
  DeliveryView,
  UpdateWebhook,
  WebhookList,
  WebhookView,
  WebhookWithSecret,
} from "./contract";
import { listDeliveries, listWebhooks } from "./queries";

const tags = ["webhooks"];
/** Webhooks carry the company's data to outside programs: only its admins manage them. */
const admins = { auth: "client", roles: ["admin"] } as const;
const urlProblems = ["webhook_url_not_allowed", "webhook_url_private", "webhook_url_unresolvable"] as const;

export function webhookRoutes(app: App): void {
  app.get(
    "/webhooks",
    { schema: { operationId: "listWebhooks", tags, response: { 200: WebhookList } }, config: admins },
    (req) => listWebhooks(req.ctx),
  );
  app.post(
    "/webhooks",
    {
      schema: { operationId: "createWebhook", tags, body: CreateWebhook, response: { 201: WebhookWithSecret } },
      config: { ...admins, problems: urlProblems },
      preValidation: (req) => resolveAhead(req.body),
    },
    async (req, reply) => reply.code(201).send(await createWebhook(req.ctx, req.body)),
  );
  app.patch(
    "/webhooks/:id",
    {
      schema: {
        operationId: "updateWebhook",
        tags,
        params: IdParams,
        body: UpdateWebhook,
        response: { 200: WebhookView },
      },
      config: { ...admins, problems: urlProblems },
      preValidation: (req) => resolveAhead(req.body),
    },
    (req) => updateWebhook(req.ctx, req.params.id, req.body),
  );
  app.delete(
    "/webhooks/:id",
    { schema: { operationId: "deleteWebhook", tags, params: IdParams, response: { 200: Ok } }, config: admins },
    (req) => deleteWebhook(req.ctx, req.params.id),
  );
  app.post(
    "/webhooks/:id/rotate-secret",
    {
      schema: { operationId: "rotateWebhookSecret", tags, params: IdParams, response: { 200: WebhookWithSecret } },
      config: admins,
    },
    (req) => rotateWebhookSecret(req.ctx, req.params.id),
  );
  app.post(
    "/webhooks/:id/test",
    {
      schema: { operationId: "sendWebhookTest", tags, params: IdParams, response: { 202: DeliveryView } },
      config: { ...admins, problems: ["webhook_disabled"] },
    },
    async (req, reply) => reply.code(202).send(await sendTestEvent(req.ctx, req.params.id)),
  );
  app.get(
    "/webhooks/:id/deliveries",
    {
      schema: {
        operationId: "listWebhookDeliveries",
        tags,
        params: IdParams,
        querystring: DeliveryQuery,
        response: { 200: DeliveryList },
      },
      config: admins,
    },
    (req) => listDeliveries(req.ctx, req.params.id, req.query),
  );
  app.post(
    "/webhooks/:id/deliveries/:deliveryId/replay",
    {
      schema: { operationId: "replayWebhookDelivery", tags, params: DeliveryParams, response: { 202: DeliveryView } },
      config: { ...admins, problems: ["webhook_disabled"] },
    },
    async (req, reply) => reply.code(202).send(await replayDelivery(req.ctx, req.params.id, req.params.deliveryId)),
  );
}
