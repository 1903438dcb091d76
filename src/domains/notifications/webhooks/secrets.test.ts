import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { call, client, type Session, teammate } from "#test/given";
import { testApp } from "#test/harness";
import { sender } from "./sender-steps";

/**
 * A signing secret is answered twice only: by the create and the rotate-secret that made it. Every other answer
 * (list, update, test, deliveries, replay, delete) carries `secretHint`, and the whole body never holds the secret.
 * A replay of create or rotate with its Idempotency-Key answers the stored body to the same user, never to another.
 */
const t = await testApp();
afterAll(() => sender.settled());
beforeEach(() => {
  process.env.WORKLANE_WEBHOOKS_ALLOW_PRIVATE = "true";
});

// Nothing listens on the discard port: deliveries are attempted (and their headers logged), never answered.
const target = "http://127.0.0.1:9/secrets";
const body = { url: target, eventTypes: ["invoice.paid"] };
const hintOf = (secret: string) => `…${secret.slice(-4)}`;

function create(as: Session, key?: string) {
  const headers = key ? { "idempotency-key": key } : undefined;
  return call(t, as, { method: "POST", url: "/api/v1/webhooks", payload: body, headers });
}

function rotate(as: Session, id: string, key?: string) {
  const headers = key ? { "idempotency-key": key } : undefined;
  return call(t, as, { method: "POST", url: `/api/v1/webhooks/${id}/rotate-secret`, headers });
}

/** Every answer that is not create or rotate, raw: none may hold a secret, in any field. */
async function everyOtherAnswer(as: Session, id: string): Promise<string[]> {
  const url = `/api/v1/webhooks/${id}`;
  const answers = [
    await call(t, as, { method: "GET", url: "/api/v1/webhooks" }),
    await call(t, as, { method: "PATCH", url, payload: { description: `ERP ${Math.random()}` } }),
    await call(t, as, { method: "POST", url: `${url}/test` }),
  ];
  // The attempt is made, so its log row (the request line and the signed headers) is in the answers below.
  await t.runJobs();
  await sender.settled();
  const deliveries = await call(t, as, { method: "GET", url: `${url}/deliveries` });
  const [delivery] = deliveries.json().items as { id: string; lastAttempts: unknown[] }[];
  expect(delivery?.lastAttempts.length).toBeGreaterThan(0);
  answers.push(deliveries, await call(t, as, { method: "POST", url: `${url}/deliveries/${delivery?.id}/replay` }));
  for (const answer of answers) {
    expect(answer.statusCode, answer.body).toBeLessThan(300);
  }
  return answers.map((answer) => answer.body);
}

/** Neither the secret nor its random part (without `whsec_`) appears anywhere in the answer. */
function expectNoSecret(answer: string, ...secrets: string[]) {
  for (const secret of secrets) {
    expect(answer).not.toContain(secret.slice("whsec_".length));
  }
}

describe("webhook signing secrets", () => {
  it("are answered by create and rotate only; list, update, test, deliveries and replay carry the hint", async () => {
    const admin = await client(t);
    const created = await create(admin);
    expect(created.statusCode, created.body).toBe(201);
    const first = created.json().secret as string;
    const id = created.json().webhook.id as string;
    expect(first).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(created.json().webhook.secretHint).toBe(hintOf(first));

    const answers = await everyOtherAnswer(admin, id);
    for (const answer of answers) {
      expectNoSecret(answer, first);
    }
    const listed = JSON.parse(answers[0] ?? "{}");
    expect(listed.items).toEqual([expect.objectContaining({ id, secretHint: hintOf(first) })]);
    expect(JSON.parse(answers[1] ?? "{}").secretHint).toBe(hintOf(first));

    const rotated = await rotate(admin, id);
    expect(rotated.statusCode, rotated.body).toBe(200);
    const second = rotated.json().secret as string;
    expect(second).not.toBe(first);
    expect(rotated.json().webhook.secretHint).toBe(hintOf(second));
    expectNoSecret(rotated.body, first);

    // For a day both secrets sign; neither is ever answered again.
    for (const answer of await everyOtherAnswer(admin, id)) {
      expectNoSecret(answer, first, second);
    }
    const deleted = await call(t, admin, { method: "DELETE", url: `/api/v1/webhooks/${id}` });
    expect(deleted.statusCode, deleted.body).toBe(200);
    expectNoSecret(deleted.body, first, second);
  });

  it("replays create and rotate with their Idempotency-Key to the same user only", async () => {
    const admin = await client(t);
    const created = await create(admin, "create-once");
    expect(created.statusCode, created.body).toBe(201);
    const { secret, webhook } = created.json() as { secret: string; webhook: { id: string } };

    // The same user's retry is the same answer (payment processors' behaviour): no second endpoint, same secret.
    const again = await create(admin, "create-once");
    expect(again.statusCode).toBe(201);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.json()).toEqual(created.json());
    const listed = await call(t, admin, { method: "GET", url: "/api/v1/webhooks" });
    expect(listed.json().items).toHaveLength(1);

    // Another admin of the same company, with the same key and body, is a new request: a new endpoint and secret.
    const colleague = await teammate(t, admin, "admin");
    const theirs = await create(colleague, "create-once");
    expect(theirs.statusCode, theirs.body).toBe(201);
    expect(theirs.headers["idempotent-replayed"]).toBeUndefined();
    expect(theirs.json().webhook.id).not.toBe(webhook.id);
    expectNoSecret(theirs.body, secret);

    // Another company's admin likewise; and the rotate answer replays to its maker only.
    const stranger = await client(t);
    const strangers = await create(stranger, "create-once");
    expect(strangers.statusCode, strangers.body).toBe(201);
    expectNoSecret(strangers.body, secret);
    const rotated = await rotate(admin, webhook.id, "rotate-once");
    expect(rotated.statusCode, rotated.body).toBe(200);
    const replayed = await rotate(admin, webhook.id, "rotate-once");
    expect(replayed.headers["idempotent-replayed"]).toBe("true");
    expect(replayed.json().secret).toBe(rotated.json().secret);
    const byColleague = await rotate(colleague, webhook.id, "rotate-once");
    expect(byColleague.headers["idempotent-replayed"]).toBeUndefined();
    expect(byColleague.json().secret).not.toBe(rotated.json().secret);
    const byStranger = await rotate(stranger, webhook.id, "rotate-once");
    expect(byStranger.statusCode).toBe(404);
    expectNoSecret(byStranger.body, rotated.json().secret, byColleague.json().secret);
  });

  it("does not replay a stored secret to its maker once they are no longer an admin", async () => {
    const admin = await client(t);
    const colleague = await teammate(t, admin, "admin");
    const created = await create(colleague, "made-as-admin");
    expect(created.statusCode, created.body).toBe(201);
    const demoted = await call(t, admin, {
      method: "PATCH",
      url: `/api/v1/members/${colleague.me.id}`,
      payload: { role: "manager" },
    });
    expect(demoted.statusCode, demoted.body).toBe(200);
    // The route's role check runs before the stored answer is looked up.
    const replay = await create(colleague, "made-as-admin");
    expect(replay.statusCode).toBe(403);
    expect(replay.json().code).toBe("forbidden");
    expectNoSecret(replay.body, created.json().secret);
  });
});
