/**
 * The denial matrix's rows for the webhook routes (issue 13 item 7), kept beside the matrix (test/authz-matrix.test.ts
 * spreads them into its `rows`). Company admins only: a worker and a non-admin member hear 403 from the route, another
 * company's admin 404 for an endpoint or delivery of this one.
 */
import { expect } from "vitest";
import { call, type Session } from "./given";
import type { TestApp } from "./harness";

interface WebhookWorld {
  t: TestApp;
  admin: Session;
  otherAdmin: Session;
  worker: Session;
}
interface WebhookRow {
  valid(w: WebhookWorld): Promise<{ as: Session | null; url: string; payload?: unknown; status: number }>;
  strangers?: (w: WebhookWorld) => Session[];
}

// The matrix's endpoints point at a closed loopback port: nothing listens, nothing is ever delivered there.
const target = "http://127.0.0.1:9/matrix";

async function endpointOf(w: WebhookWorld): Promise<string> {
  process.env.WORKLANE_WEBHOOKS_ALLOW_PRIVATE = "true";
  const created = await call(w.t, w.admin, {
    method: "POST",
    url: "/api/v1/webhooks",
    payload: { url: target, eventTypes: ["invoice.paid"] },
  });
  expect(created.statusCode, created.body).toBe(201);
  return `/api/v1/webhooks/${created.json().webhook.id}`;
}

async function deliveryOf(w: WebhookWorld): Promise<string> {
  const url = await endpointOf(w);
  const test = await call(w.t, w.admin, { method: "POST", url: `${url}/test` });
  expect(test.statusCode, test.body).toBe(202);
  return `${url}/deliveries/${test.json().id}`;
}

const strangers = (w: WebhookWorld) => [w.otherAdmin];

export const webhookRows: Record<string, WebhookRow> = {
  listWebhooks: { valid: async (w) => ({ as: w.admin, url: "/api/v1/webhooks", status: 200 }) },
  createWebhook: {
    valid: async (w) => {
      process.env.WORKLANE_WEBHOOKS_ALLOW_PRIVATE = "true";
      return {
        as: w.admin,
        url: "/api/v1/webhooks",
        payload: { url: target, eventTypes: ["invoice.paid"] },
        status: 201,
      };
    },
  },
  updateWebhook: {
    valid: async (w) => ({ as: w.admin, url: await endpointOf(w), payload: { description: "ERP" }, status: 200 }),
    strangers,
  },
  deleteWebhook: { valid: async (w) => ({ as: w.admin, url: await endpointOf(w), status: 200 }), strangers },
  rotateWebhookSecret: {
    valid: async (w) => ({ as: w.admin, url: `${await endpointOf(w)}/rotate-secret`, status: 200 }),
    strangers,
  },
  sendWebhookTest: {
    valid: async (w) => ({ as: w.admin, url: `${await endpointOf(w)}/test`, status: 202 }),
    strangers,
  },
  listWebhookDeliveries: {
    valid: async (w) => ({ as: w.admin, url: `${await endpointOf(w)}/deliveries`, status: 200 }),
    strangers,
  },
  replayWebhookDelivery: {
    valid: async (w) => ({ as: w.admin, url: `${await deliveryOf(w)}/replay`, status: 202 }),
    strangers,
  },
};
