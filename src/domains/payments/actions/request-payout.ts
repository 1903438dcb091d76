import { randomUUID } from "node:crypto";
import { userActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { enqueue } from "#platform/jobs";
import { checkRule } from "#platform/rules";
import type { RequestPayout } from "../contract";
import { platformAccount, workerAccount } from "../ledger";
import { postTransfer } from "../ledger-steps";
import { accountRules, partyOf } from "../lifecycle";
import { payoutDestination } from "../payout-account-steps";
import { provider } from "../sandbox-provider";
import { payoutView } from "../scope";
import { payouts } from "../tables";
import type { PayoutView } from "../views";

/**
 * A worker withdraws all or part of their available earnings to their (sandbox) bank account (issue 11, item 7):
 * the money is in transit until the provider settles it; a failure returns it to available with the reason. It goes
 * only to one of the worker's verified payout accounts.
 */
export async function requestPayout(ctx: Ctx, input: RequestPayout): Promise<PayoutView> {
  const actor = userActor(ctx);
  const party = partyOf(actor, { companyId: "", workerId: actor.userId });
  checkRule(accountRules.requestPayout, { status: "open" }, party, { action: "requestPayout", subject: "earnings" });
  const outcome = provider.startPayout(input);
  const { payoutAccountId, ...money } = input;
  return ctx.transaction(async (tx) => {
    // Only a verified account receives money (422 otherwise); checked before the money moves.
    const destination = await payoutDestination(tx, actor, actor.userId, payoutAccountId);
    const id = randomUUID();
    const subject = { type: "payout", id };
    // The transfer first: it refuses a payout above the available earnings before anything else is written.
    await postTransfer(tx, ctx, {
      key: `payout:${id}:started`,
      reason: "payout.started",
      subject,
      postings: [
        { account: workerAccount(actor.userId, "available", input.currency), amount: -input.amount },
        { account: platformAccount("payouts_in_transit", input.currency), amount: input.amount },
      ],
    });
    const settlesAt = new Date(ctx.now.getTime() + outcome.settlesAfterMs);
    const [row] = await tx
      .insert(payouts)
      .values({
        id,
        workerId: actor.userId,
        ...money,
        payoutAccountId: destination.id,
        status: "in_transit",
        provider: provider.name,
        settlesAt,
        createdAt: ctx.now,
      })
      .returning();
    if (!row) {
      throw new Error("payout insert returned nothing");
    }
    await enqueue(tx, ctx, "payments.settle-payout", { payoutId: id }, { runAt: settlesAt, key: `settle:${id}` });
    await recordEvent(tx, ctx, {
      action: "payout.requested",
      subject,
      data: { ...money, payoutAccountId: destination.id, provider: provider.name },
    });
    return payoutView(row, destination.accountLast4);
  });
}
