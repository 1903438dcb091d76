import { eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { checkRule } from "#platform/rules";
import { payoutAccountRules } from "../lifecycle";
import { lockPayoutAccount, partyForAccount } from "../payout-account-steps";
import { payoutAccounts } from "../tables";

/**
 * The worker removes a payout account. The row stays (as `removed`) because past payouts name it; it is gone from
 * every list and can receive nothing more. Removing it again is a 404, like any record the caller cannot see.
 */
export async function removePayoutAccount(ctx: Ctx, id: string): Promise<{ ok: true }> {
  return ctx.transaction(async (tx) => {
    const row = await lockPayoutAccount(tx, ctx.actor, id);
    checkRule(payoutAccountRules.remove, row, partyForAccount(ctx.actor, row), {
      action: "remove",
      subject: "payout account",
    });
    await tx.update(payoutAccounts).set({ status: "removed", removedAt: ctx.now }).where(eq(payoutAccounts.id, id));
    await recordEvent(tx, ctx, { action: "payout_account.removed", subject: { type: "payout_account", id }, data: {} });
    return { ok: true as const };
  });
}
