import { eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { checkRule } from "#platform/rules";
import { Problem } from "#shared/problems";
import { VERIFY_ATTEMPTS, type VerifyPayoutAccount } from "../contract";
import { payoutAccountRules } from "../lifecycle";
import { lockPayoutAccount, partyForAccount, payoutAccountView } from "../payout-account-steps";
import { payoutAccounts } from "../tables";
import type { PayoutAccountView } from "../views";

/** Same two amounts, in either order (a bank statement lists them as it likes). */
const sameDeposits = (row: { depositOne: number; depositTwo: number }, [a, b]: [number, number]) =>
  (a === row.depositOne && b === row.depositTwo) || (a === row.depositTwo && b === row.depositOne);

/**
 * The worker confirms the two micro-deposits. Right: the account is verified and may receive payouts. Wrong: the
 * try is counted (and committed) before 422 `deposit_amounts_wrong` answers; the third wrong try locks the account
 * for good (it must be removed and added again, with new deposits), so the amounts cannot be guessed.
 */
export async function verifyPayoutAccount(
  ctx: Ctx,
  id: string,
  input: VerifyPayoutAccount,
): Promise<PayoutAccountView> {
  const outcome = await ctx.transaction(async (tx) => {
    const row = await lockPayoutAccount(tx, ctx.actor, id);
    const party = partyForAccount(ctx.actor, row);
    checkRule(payoutAccountRules.verify, row, party, { action: "verify", subject: "payout account" });
    const subject = { type: "payout_account", id };
    if (sameDeposits(row, input.amounts)) {
      const [done] = await tx
        .update(payoutAccounts)
        .set({ status: "verified", verifiedAt: ctx.now })
        .where(eq(payoutAccounts.id, id))
        .returning();
      await recordEvent(tx, ctx, { action: "payout_account.verified", subject, data: {} });
      return { view: payoutAccountView(done ?? row, party), attemptsLeft: null };
    }
    const failedAttempts = row.failedAttempts + 1;
    const locked = failedAttempts >= VERIFY_ATTEMPTS;
    const [after] = await tx
      .update(payoutAccounts)
      .set({ failedAttempts, status: locked ? "locked" : "pending" })
      .where(eq(payoutAccounts.id, id))
      .returning();
    await recordEvent(tx, ctx, {
      action: locked ? "payout_account.locked" : "payout_account.verification_failed",
      subject,
      data: { failedAttempts },
    });
    return { view: payoutAccountView(after ?? row, party), attemptsLeft: VERIFY_ATTEMPTS - failedAttempts };
  });
  if (outcome.attemptsLeft === null) {
    return outcome.view;
  }
  // Thrown after the transaction committed the counted try: a refusal must not roll back its own count.
  const message =
    outcome.attemptsLeft > 0
      ? `These are not the two deposits we sent. ${outcome.attemptsLeft} ${outcome.attemptsLeft === 1 ? "try" : "tries"} left.`
      : "These are not the two deposits we sent, 3 times: the account is locked. Remove it and add it again to get new deposits.";
  throw new Problem(
    "deposit_amounts_wrong",
    message,
    { attemptsLeft: outcome.attemptsLeft, accountStatus: outcome.view.status },
    [{ pointer: "/body/amounts", message }],
  );
}
