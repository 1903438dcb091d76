import { eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lockForActor } from "#domains/assignments/index";
import { Problem } from "#shared/problems";
import { act, actorOf, assignedAssignment, call, type Session, verifiedPayoutAccount } from "#test/given";
import { testApp } from "#test/harness";
import { addFunds } from "./actions/add-funds";
import { payInvoice } from "./actions/pay";
import { requestPayout } from "./actions/request-payout";
import { commitSecuredFunds, releaseCommitment } from "./commitment-steps";
import { checkLedger } from "./queries/check-ledger";
import { ledgerTransfers } from "./tables";

const t = await testApp();

/**
 * Two companies with secured funds on, each with an invoiced assignment (110.00; maximum spend 250.00) and its
 * worker. Commitments and releases are run on those assignments directly (as the assign step and the ending events
 * do), so the random workload moves money in and out of committed funds beside funding, paying and payouts.
 */
async function world() {
  const invoices: { owner: Session; id: string; assignmentId: string }[] = [];
  const workers: Session[] = [];
  for (let i = 0; i < 2; i++) {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    await act(t, assignee, assignment.id, "check-in", {});
    await act(t, assignee, assignment.id, "submit", { hours: 2 });
    await act(t, owner, assignment.id, "approve");
    await t.runJobs();
    const listed = await call(t, owner, { method: "GET", url: `/api/v1/invoices?assignmentId=${assignment.id}` });
    const secured = { securedFunds: true };
    await call(t, owner, { method: "PATCH", url: "/api/v1/companies/me/payment-settings", payload: secured });
    invoices.push({ owner, id: listed.json().items[0].id, assignmentId: assignment.id });
    await verifiedPayoutAccount(t, assignee);
    workers.push(assignee);
  }
  return { invoices, workers };
}

type Op =
  | { kind: "fund"; who: number; amount: number; method: "ach" | "wire" }
  | { kind: "pay"; invoice: number }
  | { kind: "payout"; who: number; amount: number }
  | { kind: "commit" | "release"; invoice: number }
  | { kind: "jobs"; advanceMs: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant("fund" as const),
    who: fc.integer({ min: 0, max: 1 }),
    amount: fc.oneof(fc.integer({ min: 1, max: 200_00 }), fc.constantFrom(400_04, 400_05)),
    method: fc.constantFrom("ach" as const, "wire" as const),
  }),
  fc.record({ kind: fc.constant("pay" as const), invoice: fc.integer({ min: 0, max: 1 }) }),
  fc.record({
    kind: fc.constant("payout" as const),
    who: fc.integer({ min: 0, max: 1 }),
    amount: fc.oneof(fc.integer({ min: 1, max: 120_00 }), fc.constant(400_04)),
  }),
  fc.record({ kind: fc.constant("jobs" as const), advanceMs: fc.integer({ min: 0, max: 120_000 }) }),
  fc.record({ kind: fc.constantFrom("commit" as const, "release" as const), invoice: fc.integer({ min: 0, max: 1 }) }),
);

/** Commits or releases the assignment's maximum spend under its row lock, as the assignment's own steps hold it. */
function commitment(kind: "commit" | "release", assignmentId: string) {
  const ctx = t.ctx();
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, assignmentId);
    await (kind === "commit"
      ? commitSecuredFunds(tx, ctx, locked.row, locked)
      : releaseCommitment(tx, ctx, locked.row.id, "test"));
  });
}

/** The refusals a random workload may meet; anything else is a bug. */
const expected = (error: unknown) =>
  error instanceof Problem && ["insufficient_funds", "invalid_transition"].includes(error.code);

describe("the ledger under random concurrent workloads (fast-check)", () => {
  it("keeps postings summing to zero, balances equal to their postings, floors, and pays each invoice once", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 4, maxLength: 14 }), async (ops) => {
        const { invoices, workers } = await world();
        const run = (o: Op): Promise<unknown> => {
          switch (o.kind) {
            case "fund": {
              const owner = invoices[o.who]?.owner as Session;
              return addFunds(t.ctx(actorOf(owner)), { amount: o.amount, currency: "USD", method: o.method });
            }
            case "pay": {
              const invoice = invoices[o.invoice] as { owner: Session; id: string; assignmentId: string };
              return payInvoice(t.ctx(actorOf(invoice.owner)), invoice.id);
            }
            case "payout":
              return requestPayout(t.ctx(actorOf(workers[o.who] as Session)), { amount: o.amount, currency: "USD" });
            case "commit":
            case "release":
              return commitment(o.kind, (invoices[o.invoice] as { assignmentId: string }).assignmentId);
            case "jobs":
              t.clock.advance(o.advanceMs);
              return t.runJobs();
          }
        };
        const results = await Promise.allSettled(ops.map(run));
        for (const result of results) {
          if (result.status === "rejected" && !expected(result.reason)) {
            throw result.reason;
          }
        }
        const report = await checkLedger(t.ctx());
        expect(report).toMatchObject({ ok: true, differences: [], unbalanced: [], belowFloor: [] });
        const twice = await t.db
          .select({ invoiceId: ledgerTransfers.subjectId })
          .from(ledgerTransfers)
          .where(eq(ledgerTransfers.reason, "invoice.paid"))
          .groupBy(ledgerTransfers.subjectId)
          .having(sql`count(*) > 1`);
        expect(twice).toEqual([]);
      }),
      { numRuns: 4 },
    );
  }, 300_000);
});
