import { eq } from "drizzle-orm";
import { userActor } from "#domains/accounts/index";
import { users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { sendMail } from "#platform/mail";
import { checkRule } from "#platform/rules";
import type { AddPayoutAccount } from "../contract";
import { accountRules, partyOf } from "../lifecycle";
import { payoutAccountView } from "../payout-account-steps";
import { provider } from "../sandbox-provider";
import { payoutAccounts } from "../tables";
import type { PayoutAccountView } from "../views";

/**
 * A worker adds a bank account for payouts (issue 11, item 7). The full number goes to the provider, which sends
 * two micro-deposits; only the last 4 digits and the deposits (to compare with) are kept. The worker is told by
 * email that the deposits are on the way; the sandbox's email names its documented test amounts, so a person
 * trying the sandbox (or a browser test) can confirm them, as a payment processor's test mode documents its own.
 */
export async function addPayoutAccount(ctx: Ctx, input: AddPayoutAccount): Promise<PayoutAccountView> {
  const actor = userActor(ctx);
  const party = partyOf(actor, { companyId: "", workerId: actor.userId });
  checkRule(accountRules.addPayoutAccount, { status: "open" }, party, {
    action: "addPayoutAccount",
    subject: "earnings",
  });
  const registered = provider.addBankAccount(input);
  return ctx.transaction(async (tx) => {
    const [row] = await tx
      .insert(payoutAccounts)
      .values({
        workerId: actor.userId,
        status: "pending",
        holderName: input.holderName,
        routingNumber: input.routingNumber,
        accountLast4: input.accountNumber.slice(-4),
        provider: provider.name,
        providerToken: registered.token,
        depositOne: registered.deposits[0],
        depositTwo: registered.deposits[1],
        createdAt: ctx.now,
      })
      .returning();
    if (!row) {
      throw new Error("payout account insert returned nothing");
    }
    const [me] = await tx.select({ email: users.email }).from(users).where(eq(users.id, actor.userId));
    if (me) {
      const testNote = provider.testMode
        ? `\n\nTest mode (${provider.name}): the sandbox always sends $0.${String(registered.deposits[0]).padStart(2, "0")} and $0.${String(registered.deposits[1]).padStart(2, "0")}; no real money moves.`
        : "";
      await sendMail(tx, ctx, {
        to: me.email,
        subject: `Two deposits are on the way to your account ending ${row.accountLast4}`,
        text:
          `We are sending two small deposits (under $1 each) to your bank account ending ${row.accountLast4}. ` +
          `When they arrive, enter both amounts on your Earnings page to verify the account; you have 3 tries.${testNote}`,
      });
    }
    await recordEvent(tx, ctx, {
      action: "payout_account.added",
      subject: { type: "payout_account", id: row.id },
      data: { accountLast4: row.accountLast4, provider: provider.name },
    });
    return payoutAccountView(row, party);
  });
}
