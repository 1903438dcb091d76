import type { OperationDocs } from "#platform/domain";

/** What the API reference says about each webhooks operation (applied by operationId). */
export const operations: OperationDocs = {
  listWebhooks: {
    summary: "List webhook endpoints",
    description:
      "The company's endpoints with the event types each receives. Secrets are never listed: each endpoint carries " +
      "`secretHint`, the secret's last 4 characters. Company admins only.",
  },
  createWebhook: {
    summary: "Register a webhook endpoint",
    description:
      "Registers a URL to receive the chosen event types (see the document's `webhooks` section). The answer holds " +
      "the signing `secret` (`whsec_…`) this once: keep it to verify deliveries with any Standard Webhooks library " +
      "(every other answer carries only `secretHint`). A retry with the same Idempotency-Key answers the same body, " +
      "to the same user only. " +
      "Only http(s) addresses on public networks are accepted (422 `webhook_url_not_allowed`, `webhook_url_private`, " +
      "`webhook_url_unresolvable`); the address is checked again at every delivery.",
  },
  updateWebhook: {
    summary: "Change or disable a webhook endpoint",
    description:
      "Changes the URL, the event types or the description; `enabled: false` stops deliveries (waiting ones are " +
      "marked failed), `enabled: true` starts them again after an automatic disabling.",
  },
  deleteWebhook: {
    summary: "Delete a webhook endpoint",
    description: "Nothing more is sent to it; waiting deliveries are marked failed.",
  },
  rotateWebhookSecret: {
    summary: "Rotate a webhook signing secret",
    description:
      "Answers a new secret this once (a retry with the same Idempotency-Key, by the same user, answers it again; " +
      "every other answer carries only `secretHint`). For 24 hours deliveries carry two signatures (new and old) in " +
      "`webhook-signature`, so a receiver can switch without refusing a delivery.",
  },
  sendWebhookTest: {
    summary: "Send a test event",
    description:
      "Queues one `webhook.test` delivery to this endpoint, whatever event types it chose, and answers it (202, " +
      "`pending`); follow it in the delivery log. One attempt, not retried. 409 `webhook_disabled` when disabled.",
  },
  listWebhookDeliveries: {
    summary: "List an endpoint's deliveries",
    description:
      "The delivery log, newest first: each message with its status, its body and its latest attempts (the " +
      "receiver's status and the first 2 KB of its answer, or why no answer came). Failed attempts are retried with " +
      "exponential backoff (10 s, 40 s, 160 s, … at most 12 h apart) for 3 days; an endpoint that fails for 3 days is " +
      "disabled and the company's admins are told.",
  },
  replayWebhookDelivery: {
    summary: "Replay a delivery",
    description:
      "Sends the same message again, with the same `webhook-id` and body, through the queue (202); one attempt, " +
      "logged as `replay`. 409 `webhook_disabled` when the endpoint is disabled.",
  },
};
