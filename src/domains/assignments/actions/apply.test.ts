import { describe, expect, it } from "vitest";
import { call, postingClient, readyWorker, type Session, sentAssignment } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();

/** POST …/<action> with an Idempotency-Key, as an outside tool retrying after a lost answer would. */
const keyed = (as: Session, id: string, action: string, key: string, payload?: object) =>
  call(t, as, {
    method: "POST",
    url: `/api/v1/assignments/${id}/${action}`,
    payload,
    headers: { "idempotency-key": key },
  });

describe("Idempotency-Key on applications", () => {
  it("replays a retried application and a retried selection instead of refusing them; another body is 422", async () => {
    const owner = await postingClient(t);
    const wren = await readyWorker(t);
    const sent = await sentAssignment(t, owner, [wren], { routingMode: "applications" });
    const offer = {
      message: "Flat, and I bring the drill.",
      counterOffer: { pricing: { type: "flat", amount: 20_000 }, schedule: null },
    };
    const applied = [
      await keyed(wren, sent.id, "apply", "apply-1", offer),
      await keyed(wren, sent.id, "apply", "apply-1", offer),
    ];
    expect(applied.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(applied[1]?.headers["idempotent-replayed"]).toBe("true");
    const cheaper = { ...offer, counterOffer: { ...offer.counterOffer, pricing: { type: "flat", amount: 18_000 } } };
    const reused = await keyed(wren, sent.id, "apply", "apply-1", cheaper);
    expect(reused.statusCode).toBe(422);
    expect(reused.json().code).toBe("idempotency_key_reused");

    const view = (await call(t, owner, { method: "GET", url: `/api/v1/assignments/${sent.id}` })).json();
    expect(view.applications).toHaveLength(1);
    const select = `applications/${view.applications[0].id}/select`;
    const selected = [await keyed(owner, sent.id, select, "select-1"), await keyed(owner, sent.id, select, "select-1")];
    expect(selected.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(selected[1]?.json()).toMatchObject({ status: "assigned", maximumSpend: { amount: 20_000 } });
    // Without the key the same retry is refused: the assignment is no longer open to a choice.
    const unkeyed = await call(t, owner, { method: "POST", url: `/api/v1/assignments/${sent.id}/${select}` });
    expect(unkeyed.json()).toMatchObject({ code: "invalid_transition", currentStatus: "assigned" });
  });
});
