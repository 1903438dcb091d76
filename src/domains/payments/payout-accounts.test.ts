import { describe, expect, it } from "vitest";
import { call, client, eventsOf, lastMailTo, type Session, verifiedPayoutAccount, worker } from "#test/given";
import { testApp } from "#test/harness";
import { platformAccount, workerAccount } from "./ledger";
import { postTransfer } from "./ledger-steps";

const t = await testApp();
const good = { holderName: "Wren Worker", routingNumber: "110000000", accountNumber: "000123456789" };

const add = (as: Session, payload: Record<string, unknown> = good) =>
  call(t, as, { method: "POST", url: "/api/v1/payouts/accounts", payload });
const verify = (as: Session, id: string, amounts: unknown) =>
  call(t, as, { method: "POST", url: `/api/v1/payouts/accounts/${id}/verify`, payload: { amounts } });
const list = async (as: Session) =>
  (await call(t, as, { method: "GET", url: "/api/v1/payouts/accounts" })).json().items as { id: string }[];
const payout = (as: Session, payload: Record<string, unknown>) =>
  call(t, as, { method: "POST", url: "/api/v1/payouts", payload: { amount: 10_00, currency: "USD", ...payload } });

/** Earnings to withdraw without a whole assignment: a direct transfer (test only). */
async function earnings(as: Session, amount = 100_00) {
  await t.db.transaction((tx) =>
    postTransfer(tx, t.ctx(), {
      key: `test-earnings:${as.me.id}`,
      reason: "test.topup",
      subject: { type: "worker", id: as.me.id },
      postings: [
        { account: platformAccount("external", "USD"), amount: -amount },
        { account: workerAccount(as.me.id, "available", "USD"), amount },
      ],
    }),
  );
}

describe("payout accounts", () => {
  it("adds an account masked to its last 4, emails that two deposits are on the way, and never answers them", async () => {
    const me = await worker(t);
    const added = await add(me);
    expect(added.statusCode, added.body).toBe(201);
    const view = added.json();
    expect(view).toMatchObject({
      status: "pending",
      holderName: "Wren Worker",
      routingNumber: "110000000",
      accountNumberMasked: "••••6789",
      attemptsLeft: 3,
      actions: ["verify", "remove"],
      provider: { testMode: true },
    });
    expect(added.body).not.toContain("000123456789");
    expect(added.body).not.toMatch(/deposit/i);
    const mail = await lastMailTo(t, me.me.email);
    expect(mail.subject).toBe("Two deposits are on the way to your account ending 6789");
    expect(mail.text).toContain("Test mode (sandbox): the sandbox always sends $0.32 and $0.45");
    expect((await eventsOf(t, view.id)).map((e) => e.action)).toEqual(["payout_account.added"]);
    // Stored masked: the full number is nowhere in the row.
    const stored = await t.db.execute(`SELECT * FROM payout_accounts WHERE id = '${view.id}'`);
    expect(JSON.stringify(stored)).not.toContain("000123456789");
  });

  it("refuses bad input with 400 and writes nothing", async () => {
    const me = await worker(t);
    const bad = [
      { ...good, routingNumber: "110000001" }, // checksum fails
      { ...good, routingNumber: "11000000" },
      { ...good, routingNumber: "abcdefghi" },
      { ...good, accountNumber: "123" },
      { ...good, accountNumber: "12345-6789" },
      { ...good, holderName: "" },
      { ...good, extra: true },
      { holderName: "No numbers" },
    ];
    for (const payload of bad) {
      const answer = await add(me, payload);
      expect(answer.statusCode, JSON.stringify(payload)).toBe(400);
      expect(answer.json().code).toBe("validation_failed");
    }
    expect(await list(me)).toEqual([]);
    const id = (await add(me)).json().id;
    for (const amounts of [[0, 45], [32, 100], [32.5, 45], [32], "32,45", [-32, 45], [32, 45, 1]]) {
      const answer = await verify(me, id, amounts);
      expect(answer.statusCode, JSON.stringify(amounts)).toBe(400);
    }
    // Malformed tries are not wrong tries: all 3 are left.
    expect((await list(me))[0]).toMatchObject({ attemptsLeft: 3, status: "pending" });
  });

  it("verifies with the two deposits in either order; wrong tries count, the third locks it", async () => {
    const me = await worker(t);
    const id = (await add(me)).json().id;
    const wrong = await verify(me, id, [31, 45]);
    expect(wrong.statusCode, wrong.body).toBe(422);
    expect(wrong.json()).toMatchObject({ code: "deposit_amounts_wrong", attemptsLeft: 2 });
    const right = await verify(me, id, [45, 32]);
    expect(right.statusCode, right.body).toBe(200);
    expect(right.json()).toMatchObject({ status: "verified", actions: ["remove"] });
    const again = await verify(me, id, [32, 45]);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: "invalid_transition", currentStatus: "verified" });

    const other = (await add(me)).json().id;
    expect((await verify(me, other, [1, 2])).json()).toMatchObject({ attemptsLeft: 2 });
    expect((await verify(me, other, [1, 2])).json()).toMatchObject({ attemptsLeft: 1 });
    const third = await verify(me, other, [1, 2]);
    expect(third.json()).toMatchObject({ code: "deposit_amounts_wrong", attemptsLeft: 0, accountStatus: "locked" });
    // Locked for good: even the right amounts are refused now; it must be removed and added again.
    const late = await verify(me, other, [32, 45]);
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toContain("remove it and add it again");
    expect((await eventsOf(t, other)).map((e) => e.action)).toEqual([
      "payout_account.added",
      "payout_account.verification_failed",
      "payout_account.verification_failed",
      "payout_account.locked",
    ]);
  });

  it("pays out only to a verified account (422 otherwise) and names it on the payout", async () => {
    const me = await worker(t);
    await earnings(me);
    const none = await payout(me, {});
    expect(none.statusCode, none.body).toBe(422);
    expect(none.json()).toMatchObject({ code: "payout_account_unverified" });
    const pending = (await add(me)).json().id;
    const toPending = await payout(me, { payoutAccountId: pending });
    expect(toPending.statusCode).toBe(422);
    expect(toPending.json()).toMatchObject({ code: "payout_account_unverified" });
    expect((await call(t, me, { method: "GET", url: "/api/v1/payments/balance" })).json().balances[0]).toMatchObject({
      available: 100_00,
    });
    const verified = await verifiedPayoutAccount(t, me);
    const paid = await payout(me, {});
    expect(paid.statusCode, paid.body).toBe(201);
    expect(paid.json()).toMatchObject({ payoutAccount: { id: verified, accountNumberMasked: "••••6789" } });
    const named = await payout(me, { payoutAccountId: verified });
    expect(named.statusCode).toBe(201);
    const listed = (await call(t, me, { method: "GET", url: "/api/v1/payouts" })).json().items;
    expect(listed[0]).toMatchObject({ payoutAccount: { id: verified } });
  });

  it("removes an account: gone from the list, receives nothing, a second remove is 404", async () => {
    const me = await worker(t);
    await earnings(me);
    const id = await verifiedPayoutAccount(t, me);
    const removed = await call(t, me, { method: "DELETE", url: `/api/v1/payouts/accounts/${id}` });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(await list(me)).toEqual([]);
    expect((await payout(me, { payoutAccountId: id })).statusCode).toBe(404);
    expect((await payout(me, {})).json()).toMatchObject({ code: "payout_account_unverified" });
    expect((await call(t, me, { method: "DELETE", url: `/api/v1/payouts/accounts/${id}` })).statusCode).toBe(404);
  });

  it("keeps each worker's accounts to themselves: another worker hears 404, a client 403", async () => {
    const owner = await worker(t);
    const stranger = await worker(t);
    await earnings(stranger);
    await verifiedPayoutAccount(t, stranger);
    const id = (await add(owner)).json().id;
    expect(await list(stranger)).not.toContainEqual(expect.objectContaining({ id }));
    const peek = await verify(stranger, id, [32, 45]);
    expect(peek.statusCode).toBe(404);
    expect(peek.json().code).toBe("not_found");
    expect((await call(t, stranger, { method: "DELETE", url: `/api/v1/payouts/accounts/${id}` })).statusCode).toBe(404);
    // A payout cannot be pointed at someone else's account either.
    expect((await payout(stranger, { payoutAccountId: id })).statusCode).toBe(404);
    const company = await client(t);
    expect((await add(company)).statusCode).toBe(403);
    expect((await call(t, company, { method: "GET", url: "/api/v1/payouts/accounts" })).statusCode).toBe(403);
    // The stranger's tries did not count against the owner's account.
    expect((await list(owner))[0]).toMatchObject({ id, status: "pending", attemptsLeft: 3 });
  });
});
