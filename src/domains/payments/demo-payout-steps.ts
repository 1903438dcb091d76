/**
 * The payouts part of the payments demo (issue 11 item 10: "workers with earnings and payouts"). The demo worker
 * with the most paid earnings adds a sandbox payout account and confirms its two documented micro-deposits (0.32
 * and 0.45), then withdraws three times, all through the worker's own actions and the provider's settle job: one
 * payout settled, one of the sandbox's documented failure amount (400.04, "insufficient funds") that failed and
 * returned to available with its reason, and one still in transit, which the job queue settles when it is due. The
 * worker's Earnings page then shows every state. Times follow the worker's last payment, so nothing is withdrawn
 * before it was earned.
 */
import { desc, eq, max, sql, sum } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import { type Ctx, personActor } from "#platform/context";
import type { Currency } from "#shared/money";
import { addPayoutAccount } from "./actions/add-payout-account";
import { requestPayout } from "./actions/request-payout";
import { verifyPayoutAccount } from "./actions/verify-payout-account";
import { settlePayoutJob } from "./jobs";
import { sandboxDeposits, sandboxFailures } from "./sandbox-provider";
import { invoices, payoutAccounts } from "./tables";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** The sandbox's documented failing payout amount (sandbox-provider.ts): 400.04, "insufficient funds". */
const FAILING_AMOUNT = 40004;

/** The worker (and currency) with the most paid earnings; ties by worker id, so every run picks the same one. */
async function bestPaidWorker(ctx: Ctx) {
  const [best] = await ctx.db
    .select({
      workerId: invoices.workerId,
      currency: invoices.currency,
      earned: sql<number>`${sum(invoices.amount)}::float8`,
      lastPaidAt: max(invoices.paidAt),
      name: users.name,
    })
    .from(invoices)
    .innerJoin(users, eq(users.id, invoices.workerId))
    .where(eq(invoices.status, "paid"))
    .groupBy(invoices.workerId, invoices.currency, users.name)
    .orderBy(desc(sql`sum(${invoices.amount})`), invoices.workerId)
    .limit(1);
  return best;
}

/** The provider's settle job, run at the payout's settle time, as the job queue runs it when it is due. */
async function settleAt(ctx: Ctx, payout: { id: string; settlesAt: string | null }) {
  const at = payout.settlesAt ? new Date(payout.settlesAt) : ctx.now;
  await settlePayoutJob.run({ ...ctx, now: at }, { payoutId: payout.id });
}

export async function demoPayouts(ctx: Ctx): Promise<void> {
  const best = await bestPaidWorker(ctx);
  if (!best?.lastPaidAt) {
    return;
  }
  const mine = await ctx.db
    .select({ id: payoutAccounts.id })
    .from(payoutAccounts)
    .where(eq(payoutAccounts.workerId, best.workerId));
  if (mine.length > 0) {
    // A second run of the demo finds the story told already.
    return;
  }
  const currency = best.currency as Currency;
  const start = best.lastPaidAt.getTime();
  // Steps an hour apart after the last payment, but always in order and settled before the demo's clock (a payment
  // made minutes ago moves them just before it: the ledger checks the balance each action sees, not the story's).
  const step = (n: number) => new Date(Math.min(start + n * HOUR, ctx.now.getTime() - (6 - n) * 5 * MINUTE));
  const as = (n: number): Ctx => ({ ...ctx, actor: personActor(best.workerId, null, null), now: step(n) });
  const account = await addPayoutAccount(as(1), {
    holderName: best.name,
    routingNumber: "110000000",
    accountNumber: "000123456789",
  });
  await verifyPayoutAccount(as(2), account.id, { amounts: sandboxDeposits });
  // The failing amount first, while the whole of the earnings is available; it comes back when the job fails it.
  if (sandboxFailures[FAILING_AMOUNT] && best.earned >= FAILING_AMOUNT) {
    const failed = await requestPayout(as(3), { amount: FAILING_AMOUNT, currency });
    await settleAt(ctx, failed);
  }
  const settled = await requestPayout(as(4), { amount: Math.floor(best.earned / 4), currency });
  await settleAt(ctx, settled);
  const left = best.earned - settled.amount;
  // Requested at the demo's clock: in transit until the provider's delay has passed and the job settles it.
  await requestPayout({ ...as(5), now: ctx.now }, { amount: Math.floor(left / 3), currency });
}
