import { z } from "zod";
import { Id, Page, PageQuery, Text } from "#shared/fields";
import { Timestamp } from "#shared/time";

/**
 * Issue 13 item 7: the events a company may receive by webhook. One list: the create/update schema's enum, the
 * web page's chooser, the event hook's actions (hooks.ts) and the OpenAPI document's `webhooks` section all read
 * it. Each is a history event (`platform/history.ts`) whose record belongs to one company; the domain that owns the
 * record tells notifications which company and what snapshot (`provideWebhookSubject`, hooks.ts).
 */
export const webhookEventTypes = [
  "assignment.created",
  "assignment.updated",
  "assignment.sent",
  "assignment.accepted",
  "assignment.declined",
  "assignment.applied",
  "assignment.assigned",
  "assignment.confirmed",
  "assignment.checked_in",
  "assignment.checked_out",
  "assignment.submitted",
  "assignment.returned",
  "assignment.approved",
  "assignment.invoiced",
  "assignment.cancelled",
  "assignment.abandoned",
  "assignment.paid",
  "assignment.request_made",
  "assignment.request_accepted",
  "assignment.request_declined",
  "invoice.opened",
  "invoice.paid",
  "invoice.voided",
  // The case's steps both parties see (never the team's private notes and their files: escalation.note_*).
  "escalation.opened",
  "escalation.taken",
  "escalation.message_posted",
  "escalation.proposed",
  "escalation.proposal_accepted",
  "escalation.proposal_declined",
  "escalation.file_added",
  "escalation.withdrawn",
  "escalation.resolved",
  "escalation.closed",
] as const;
export const WebhookEventType = z.enum(webhookEventTypes);
export type WebhookEventType = z.infer<typeof WebhookEventType>;

/** Sent only by `POST /webhooks/{id}/test`, to every endpoint whatever it chose. */
export const testEventType = "webhook.test" as const;

/** Any absolute URL: the scheme and the address are checked by the action, with their own problem codes. */
const EndpointUrl = z
  .string()
  .trim()
  .max(2048, "Use at most 2048 characters.")
  .pipe(z.url({ error: "Use an absolute web address, such as https://example.com/hooks." }));

const EventTypes = z
  .array(WebhookEventType)
  .min(1, "Choose at least one event type.")
  .max(webhookEventTypes.length)
  .refine((list) => new Set(list).size === list.length, "Give each event type once.");

export const CreateWebhook = z.strictObject({
  url: EndpointUrl,
  eventTypes: EventTypes,
  description: Text(200).nullable().default(null),
});
export type CreateWebhook = z.infer<typeof CreateWebhook>;

export const UpdateWebhook = z.strictObject({
  url: EndpointUrl.optional(),
  eventTypes: EventTypes.optional(),
  description: Text(200).nullable().optional(),
  /** `false` stops deliveries; `true` starts them again (and forgets the failure streak). */
  enabled: z.boolean().optional(),
});
export type UpdateWebhook = z.infer<typeof UpdateWebhook>;

export const WebhookView = z
  .object({
    id: Id,
    url: z.string(),
    description: z.string().nullable(),
    eventTypes: z.array(WebhookEventType),
    enabled: z.boolean(),
    secretHint: z
      .string()
      .describe(
        "The last 4 characters of the signing secret after an ellipsis (`…a1b2`), to tell which secret a receiver " +
          "holds. The secret itself is answered only by create and rotate-secret, once.",
      ),
    /** Why it stopped: `failing` (3 days of failed deliveries) or `by_admin`; null while enabled. */
    disabledReason: z.enum(["failing", "by_admin"]).nullable(),
    /** Since when every attempt failed (null after a success). */
    failingSince: Timestamp.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: "Webhook" });
export type WebhookView = z.infer<typeof WebhookView>;

export const WebhookList = z.object({ items: z.array(WebhookView) });

/**
 * The create and rotate answers: the signing secret, shown this once (`whsec_…`, Standard Webhooks format). A replay
 * of the same request with its Idempotency-Key answers the same body again, to the same user only (the platform keys
 * stored answers by user), as payment processors do.
 */
export const WebhookWithSecret = z.object({
  webhook: WebhookView,
  secret: z.string().describe("The signing secret, answered this once; every other answer carries `secretHint`."),
});

export const deliveryStatuses = ["pending", "sending", "delivered", "failed"] as const;
export const DeliveryStatus = z.enum(deliveryStatuses);
export type DeliveryStatus = z.infer<typeof DeliveryStatus>;

export const attemptTriggers = ["event", "retry", "replay", "test"] as const;

export const AttemptView = z.object({
  id: Id,
  at: Timestamp,
  trigger: z.enum(attemptTriggers),
  /** The request line and the Standard Webhooks headers as sent (the body is the delivery's `payload`). */
  request: z.string(),
  /** The receiver's HTTP status; null when no answer came (refused address, timeout, connection error). */
  responseStatus: z.number().int().nullable(),
  /** The first 2 KB of the receiver's answer. */
  responseBody: z.string().nullable(),
  error: z.string().nullable(),
  durationMs: z.number().int().min(0),
});

export const DeliveryView = z
  .object({
    /** Also the `webhook-id` header: the same on every retry and replay, so receivers can drop duplicates. */
    id: Id,
    webhookId: Id,
    eventType: z.string(),
    status: DeliveryStatus,
    attempts: z.number().int().min(0),
    nextAttemptAt: Timestamp.nullable(),
    deliveredAt: Timestamp.nullable(),
    createdAt: Timestamp,
    /** The JSON body sent (the same bytes on every attempt). */
    payload: z.string(),
    lastAttempts: z.array(AttemptView).describe("The latest attempts, newest first (at most 10)."),
  })
  .meta({ id: "WebhookDelivery" });
export type DeliveryView = z.infer<typeof DeliveryView>;

export const DeliveryQuery = PageQuery.extend({ status: DeliveryStatus.optional() });
export type DeliveryQuery = z.infer<typeof DeliveryQuery>;
export const DeliveryList = Page(DeliveryView);

export const DeliveryParams = z.strictObject({ id: Id, deliveryId: Id });

/**
 * The body of every delivery (Standard Webhooks' `type` / `timestamp` / `data`). `data.record` is the record as
 * the company reads it from the API at the moment of the event, or null when it cannot be read any more.
 */
export const WebhookPayload = z.object({
  type: z.string().describe("The event type, e.g. `assignment.approved`."),
  timestamp: Timestamp.describe("When the event happened."),
  data: z.object({
    eventId: Id.describe("The history event (`GET /api/v1/events`)."),
    subject: z.object({ type: z.string(), id: Id }).describe("The record the event is about."),
    actor: z.object({ kind: z.string(), id: Id.nullable() }).describe("Who acted: a user, or the system."),
    changes: z.record(z.string(), z.unknown()).describe("The event's own data (what changed)."),
    record: z
      .record(z.string(), z.unknown())
      .nullable()
      .describe("A snapshot of the record as the API answers it to the company."),
  }),
});
export type WebhookPayload = z.infer<typeof WebhookPayload>;
