import { userActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import { partyForAccount, payoutAccountsOf, payoutAccountView } from "../payout-account-steps";
import type { PayoutAccountList } from "../views";

/** The worker's own payout accounts (not the removed ones), newest first; a handful, so no paging. */
export async function listPayoutAccounts(ctx: Ctx): Promise<PayoutAccountList> {
  const actor = userActor(ctx);
  const rows = await payoutAccountsOf(ctx.db, actor.userId);
  return { items: rows.map((row) => payoutAccountView(row, partyForAccount(actor, row))) };
}
