import { eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  call,
  draftAssignment,
  lastMailTo,
  postingClient,
  readyWorker,
  type Session,
  sentAssignment,
} from "#test/given";
import { testApp } from "#test/harness";
import { startReceiver } from "#test/webhook-receiver";
import { notifications } from "../tables";
import { sender } from "./sender-steps";
import { webhookDeliveries } from "./tables";

/**
 * Issue 13, Proof (webhooks): a receiver inside the test verifies every signature with the Standard Webhooks library;
 * a receiver that fails then recovers gets each event exactly once by webhook-id; a replay carries the same id; a slow
 * receiver holds up neither other deliveries nor web requests; private and non-http(s) URLs are refused.
 */
const t = await testApp();
const receivers: Awaited<ReturnType<typeof startReceiver>>[] = [];
afterAll(async () => {
  await sender.settled();
  await Promise.all(receivers.map((r) => r.close()));
});
beforeEach(() => {
  process.env.WORKLANE_WEBHOOKS_ALLOW_PRIVATE = "true";
});

async function receiver(answer?: Parameters<typeof startReceiver>[0]) {
  const started = await startReceiver(answer);
  receivers.push(started);
  return started;
}

async function endpoint(as: Session, url: string, eventTypes = ["assignment.sent"]) {
  const created = await call(t, as, { method: "POST", url: "/api/v1/webhooks", payload: { url, eventTypes } });
  expect(created.statusCode, created.body).toBe(201);
  return created.json() as { webhook: { id: string; enabled: boolean }; secret: string };
}

/** Runs the due jobs at the test clock and waits for every request they started to be answered and recorded. */
async function deliver() {
  await t.runJobs();
  await sender.settled();
}

const deliveries = async (as: Session, id: string) => {
  const list = await call(t, as, { method: "GET", url: `/api/v1/webhooks/${id}/deliveries` });
  expect(list.statusCode, list.body).toBe(200);
  return list.json().items as {
    id: string;
    status: string;
    eventType: string;
    attempts: number;
    lastAttempts: { trigger: string; responseStatus: number | null; error: string | null }[];
  }[];
};

describe("webhook endpoints", () => {
  it("shows the secret once and delivers the chosen events, signed so the Standard Webhooks library verifies them", async () => {
    const owner = await postingClient(t);
    const ann = await readyWorker(t);
    const hook = await receiver();
    const created = await endpoint(owner, hook.url);
    hook.acceptSecret(created.secret);
    expect(created.secret).toMatch(/^whsec_/);
    const listed = await call(t, owner, { method: "GET", url: "/api/v1/webhooks" });
    expect(listed.body).not.toContain(created.secret);
    expect(listed.json().items.map((w: { id: string }) => w.id)).toEqual([created.webhook.id]);

    const sent = await sentAssignment(t, owner, [ann]);
    const stranger = await postingClient(t);
    await sentAssignment(t, stranger, [ann]);
    await deliver();
    expect(hook.received.map((r) => [r.type, r.verified])).toEqual([["assignment.sent", true]]);
    const body = JSON.parse(hook.received[0]?.body ?? "{}");
    expect(body.data.subject).toEqual({ type: "assignment", id: sent.id });
    expect(body.data.record).toMatchObject({ id: sent.id, status: "sent" });
    expect(body.data.actor).toEqual({ kind: "user", id: owner.me.id });
    const log = await deliveries(owner, created.webhook.id);
    expect(log.map((d) => [d.eventType, d.status, d.lastAttempts[0]?.responseStatus])).toEqual([
      ["assignment.sent", "delivered", 204],
    ]);
    expect(hook.received[0]?.id).toBe(log[0]?.id);

    // A rotated secret: for a day both signatures are sent, so a receiver holding either verifies.
    const rotated = await call(t, owner, {
      method: "POST",
      url: `/api/v1/webhooks/${created.webhook.id}/rotate-secret`,
    });
    expect(rotated.statusCode, rotated.body).toBe(200);
    const test = await call(t, owner, { method: "POST", url: `/api/v1/webhooks/${created.webhook.id}/test` });
    expect(test.statusCode, test.body).toBe(202);
    await deliver();
    const last = hook.received.at(-1);
    expect(last?.type).toBe("webhook.test");
    expect(last?.verified).toBe(true);
    expect(() => new Webhook(rotated.json().secret).verify(last?.body ?? "", last?.headers as never)).not.toThrow();
  });

  it("changes, disables and deletes an endpoint; another company's is not found", async () => {
    const owner = await postingClient(t);
    const hook = await receiver();
    const { webhook } = await endpoint(owner, hook.url);
    const other = await postingClient(t);
    const url = `/api/v1/webhooks/${webhook.id}`;
    expect((await call(t, other, { method: "PATCH", url, payload: { enabled: false } })).statusCode).toBe(404);
    expect((await call(t, other, { method: "GET", url: `${url}/deliveries` })).statusCode).toBe(404);
    const changed = await call(t, owner, {
      method: "PATCH",
      url,
      payload: { eventTypes: ["assignment.created"], description: "ERP" },
    });
    expect(changed.json()).toMatchObject({ eventTypes: ["assignment.created"], description: "ERP", enabled: true });
    await draftAssignment(t, owner);
    const off = await call(t, owner, { method: "PATCH", url, payload: { enabled: false } });
    expect(off.json()).toMatchObject({ enabled: false, disabledReason: "by_admin" });
    await deliver();
    expect(hook.received).toHaveLength(0);
    expect((await deliveries(owner, webhook.id)).map((d) => d.status)).toEqual(["failed"]);
    const test = await call(t, owner, { method: "POST", url: `${url}/test` });
    expect(test.json().code).toBe("webhook_disabled");
    expect((await call(t, owner, { method: "DELETE", url })).statusCode).toBe(200);
    expect((await call(t, owner, { method: "GET", url: "/api/v1/webhooks" })).json().items).toEqual([]);
  });

  it("refuses URLs that are not http(s), carry credentials, resolve nowhere or point at private addresses", async () => {
    process.env.WORKLANE_WEBHOOKS_ALLOW_PRIVATE = "false";
    const owner = await postingClient(t);
    const cases: [string, string][] = [
      ["ftp://example.com/hooks", "webhook_url_not_allowed"],
      ["file:///etc/passwd", "webhook_url_not_allowed"],
      ["http://user:secret@example.com/hooks", "webhook_url_not_allowed"],
      ["http://127.0.0.1:8080/hooks", "webhook_url_private"],
      ["http://localhost/hooks", "webhook_url_private"],
      ["http://10.1.2.3/hooks", "webhook_url_private"],
      ["http://192.168.0.10/hooks", "webhook_url_private"],
      ["http://169.254.169.254/latest/meta-data", "webhook_url_private"],
      ["http://[::1]/hooks", "webhook_url_private"],
      ["http://[::ffff:127.0.0.1]/hooks", "webhook_url_private"],
      ["https://no-such-host.invalid/hooks", "webhook_url_unresolvable"],
      ["not a url", "validation_failed"],
    ];
    for (const [url, code] of cases) {
      const refused = await call(t, owner, {
        method: "POST",
        url: "/api/v1/webhooks",
        payload: { url, eventTypes: ["assignment.sent"] },
      });
      expect([url, refused.json().code]).toEqual([url, code]);
      expect(refused.statusCode).toBeLessThan(500);
    }
    expect((await call(t, owner, { method: "GET", url: "/api/v1/webhooks" })).json().items).toEqual([]);
  });

  it("checks the address again at delivery time", async () => {
    const owner = await postingClient(t);
    const hook = await receiver();
    const viaName = hook.url.replace("127.0.0.1", "localhost");
    const { webhook } = await endpoint(owner, viaName);
    process.env.WORKLANE_WEBHOOKS_ALLOW_PRIVATE = "false";
    await call(t, owner, { method: "POST", url: `/api/v1/webhooks/${webhook.id}/test` });
    await deliver();
    expect(hook.received).toHaveLength(0);
    const [attempt] = (await deliveries(owner, webhook.id))[0]?.lastAttempts ?? [];
    expect(attempt?.responseStatus).toBeNull();
    expect(attempt?.error).toMatch(/private address/);
  });
});

describe("webhook deliveries", () => {
  it("retries a failing receiver with backoff until it recovers, delivering each webhook-id once; a replay keeps the id", async () => {
    const owner = await postingClient(t);
    const ann = await readyWorker(t);
    const hook = await receiver((n) => ({ status: n <= 2 ? 503 : 200 }));
    const { webhook, secret } = await endpoint(owner, hook.url);
    hook.acceptSecret(secret);
    await sentAssignment(t, owner, [ann]);
    for (let round = 0; round < 6; round++) {
      await deliver();
      t.clock.advance(10 * 60_000);
    }
    expect(hook.received.map((r) => r.status)).toEqual([503, 503, 200]);
    expect(new Set(hook.received.map((r) => r.id)).size).toBe(1);
    expect(hook.deliveredIds()).toHaveLength(1);
    expect(hook.received.every((r) => r.verified)).toBe(true);
    const [delivery] = await deliveries(owner, webhook.id);
    expect(delivery).toMatchObject({ status: "delivered", attempts: 3 });
    expect(delivery?.lastAttempts.map((a) => a.trigger)).toEqual(["retry", "retry", "event"]);

    const replay = await call(t, owner, {
      method: "POST",
      url: `/api/v1/webhooks/${webhook.id}/deliveries/${delivery?.id}/replay`,
    });
    expect(replay.statusCode, replay.body).toBe(202);
    await deliver();
    expect(hook.received.at(-1)).toMatchObject({ id: delivery?.id, verified: true, status: 200 });
    expect((await deliveries(owner, webhook.id))[0]?.lastAttempts[0]?.trigger).toBe("replay");
  });

  it("gives up after 3 days and disables the endpoint, telling the company's admins", async () => {
    const owner = await postingClient(t);
    const hook = await receiver(() => ({ status: 500 }));
    const { webhook } = await endpoint(owner, hook.url, ["assignment.created"]);
    await draftAssignment(t, owner);
    for (let round = 0; round < 8; round++) {
      await deliver();
      t.clock.advance(12 * 3_600_000);
    }
    const listed = (await call(t, owner, { method: "GET", url: "/api/v1/webhooks" })).json().items[0];
    expect(listed).toMatchObject({ id: webhook.id, enabled: false, disabledReason: "failing" });
    const [delivery] = await deliveries(owner, webhook.id);
    expect(delivery?.status).toBe("failed");
    expect(hook.received.length).toBeGreaterThanOrEqual(6);
    const told = await t.db.select().from(notifications).where(eq(notifications.userId, owner.me.id));
    expect(told.map((n) => n.type)).toContain("webhook.disabled");
    expect((await lastMailTo(t, owner.me.email)).subject).toBe("A webhook endpoint was disabled");
  });

  it("tries again a delivery whose process stopped mid-request, once its lease is over", async () => {
    const owner = await postingClient(t);
    const hook = await receiver();
    const { webhook } = await endpoint(owner, hook.url);
    const queued = await call(t, owner, { method: "POST", url: `/api/v1/webhooks/${webhook.id}/test` });
    // As if a process had claimed it and died: `sending`, its lease running, no request ever made.
    await t.db
      .update(webhookDeliveries)
      .set({ status: "sending", attempts: 1, leaseUntil: new Date(t.clock.now().getTime() + 120_000) })
      .where(eq(webhookDeliveries.id, queued.json().id));
    await deliver();
    expect(hook.received).toHaveLength(0);
    t.clock.advance(5 * 60_000);
    await deliver();
    await deliver();
    expect(hook.received.map((r) => r.id)).toEqual([queued.json().id]);
    expect((await deliveries(owner, webhook.id))[0]).toMatchObject({ status: "delivered", attempts: 2 });
  });

  it("a slow receiver (10 s) holds up neither other deliveries nor web requests", async () => {
    const owner = await postingClient(t);
    const ann = await readyWorker(t);
    const slow = await receiver(() => ({ status: 200, delayMs: 10_000 }));
    const fast = await receiver();
    await endpoint(owner, slow.url);
    const quick = await endpoint(owner, fast.url);
    await sentAssignment(t, owner, [ann]);
    const started = Date.now();
    await t.runJobs();
    expect(Date.now() - started).toBeLessThan(3_000);
    while (fast.received.length === 0 && Date.now() - started < 3_000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(fast.received).toHaveLength(1);
    expect(slow.received).toHaveLength(1);
    let status = "";
    while (status !== "delivered" && Date.now() - started < 3_000) {
      const read = Date.now();
      status = (await deliveries(owner, quick.webhook.id))[0]?.status ?? "";
      expect(Date.now() - read).toBeLessThan(1_000);
    }
    expect(status).toBe("delivered");
    expect(Date.now() - started).toBeLessThan(3_000);
    await sender.settled();
    expect(Date.now() - started).toBeGreaterThanOrEqual(9_500);
  }, 30_000);
});
