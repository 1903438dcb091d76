/**
 * The OpenAPI 3.1 `webhooks` section: one entry per event type a company can receive, generated from the same list
 * the server delivers from (contract.ts), each with the payload schema, the three Standard Webhooks headers and what
 * the receiver should answer.
 */
import { z } from "zod";
import { testEventType, WebhookPayload, webhookEventTypes } from "./contract";

/** Escalation cases: what the record is, and what is never sent. */
const escalationNote =
  " For a case, the client company party to it receives it (workers have no endpoints); `data.record` is the case " +
  "as `GET /escalations` lists it to a read-only member of the company (`party` `viewer`, no `actions`): the " +
  "conversation, files and proposals are read with `GET /escalations/{id}`. The team's private notes and their " +
  "files are no event types and are never sent.";

const header = (description: string) => ({ required: true, schema: { type: "string" }, description });

function pathItem(type: string) {
  const test = type === testEventType;
  return {
    post: {
      operationId: `webhook_${type.replace(/[^a-z0-9]+/gi, "_")}`,
      tags: ["webhooks"],
      summary: test ? "A test event (POST /webhooks/{id}/test)" : `Event ${type}`,
      description: test
        ? "Sent by hand to check a receiver; `data.record` is the endpoint as the API shows it."
        : `Sent to each enabled endpoint that chose \`${type}\` when it happens to a record of the company. ` +
          "`data.record` is the record as the company reads it from the API at that moment." +
          (type.startsWith("escalation.") ? escalationNote : ""),
      security: [],
      parameters: [
        { in: "header", name: "webhook-id", ...header("The message id: the same on every retry and replay.") },
        { in: "header", name: "webhook-timestamp", ...header("Seconds since the epoch when this attempt was signed.") },
        {
          in: "header",
          name: "webhook-signature",
          ...header(
            "`v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated.",
          ),
        },
      ],
      requestBody: {
        required: true,
        content: { "application/json": { schema: { $ref: "#/components/schemas/WebhookPayload" } } },
      },
      responses: {
        "200": { description: "Any 2xx answer within 15 s counts as delivered; anything else is retried." },
      },
    },
  };
}

/** The path items by event type, and the payload component they refer to. */
export function webhookDocument() {
  const { $schema: _, ...payload } = z.toJSONSchema(WebhookPayload, { io: "output" }) as Record<string, unknown>;
  return {
    webhooks: Object.fromEntries([...webhookEventTypes, testEventType].map((type) => [type, pathItem(type)])),
    schemas: { WebhookPayload: payload },
  };
}
