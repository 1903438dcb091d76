import { companyActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { enqueue } from "#platform/jobs";
import { checkRule } from "#platform/rules";
import type { AddFunds } from "../contract";
import { companyAccount, platformAccount } from "../ledger";
import { postTransfer } from "../ledger-steps";
import { accountRules, partyOf } from "../lifecycle";
import { provider } from "../sandbox-provider";
import { fundingView } from "../scope";
import { settledFundingPostings } from "../steps";
import { fundings } from "../tables";
import type { FundingView } from "../views";

/**
 * A finance member or an admin adds funds through the provider (issue 11, item 1). A wire settles at once; an ACH
 * transfer shows as pending and settles through the job queue; a sandbox test amount fails.
 */
export async function addFunds(ctx: Ctx, input: AddFunds): Promise<FundingView> {
  const actor = companyActor(ctx);
  const party = partyOf(actor, { companyId: actor.companyId, workerId: "" });
  checkRule(accountRules.addFunds, { status: "open" }, party, { action: "addFunds", subject: "company account" });
  const outcome = provider.startFunding(input);
  return ctx.transaction(async (tx) => {
    const settlesAt = outcome.status === "pending" ? new Date(ctx.now.getTime() + outcome.settlesAfterMs) : null;
    const [row] = await tx
      .insert(fundings)
      .values({
        companyId: actor.companyId,
        ...input,
        status: outcome.status,
        provider: provider.name,
        failureReason: outcome.failureReason,
        settlesAt,
        settledAt: outcome.status === "settled" ? ctx.now : null,
        createdBy: actor.userId,
        createdAt: ctx.now,
      })
      .returning();
    if (!row) {
      throw new Error("funding insert returned nothing");
    }
    const subject = { type: "funding", id: row.id };
    if (outcome.status === "settled") {
      const postings = settledFundingPostings(row, false);
      await postTransfer(tx, ctx, { key: `funding:${row.id}:settled`, reason: "funding.settled", subject, postings });
    } else if (outcome.status === "pending" && settlesAt) {
      await postTransfer(tx, ctx, {
        key: `funding:${row.id}:started`,
        reason: "funding.started",
        subject,
        postings: [
          { account: platformAccount("funding_in_transit", row.currency), amount: -row.amount },
          { account: companyAccount(row.companyId, "pending", row.currency), amount: row.amount },
        ],
      });
      await enqueue(
        tx,
        ctx,
        "payments.settle-funding",
        { fundingId: row.id },
        { runAt: settlesAt, key: `settle:${row.id}` },
      );
    }
    await recordEvent(tx, ctx, {
      action: "funding.requested",
      subject,
      data: { ...input, status: row.status, failureReason: row.failureReason, provider: provider.name },
    });
    return fundingView(row);
  });
}
