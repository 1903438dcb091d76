import { eq } from "drizzle-orm";
import { companies } from "#domains/accounts/tables";
import { actorId, type Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import type { RecordBankTransfer } from "../contract";
import { postTransfer } from "../ledger-steps";
import { fundingView } from "../scope";
import { settledFundingPostings } from "../steps";
import { fundings } from "../tables";
import type { FundingView } from "../views";

/**
 * A staff admin records a real bank transfer received for a company (issue 11, item 1): settled at once, with the
 * bank's reference, outside the sandbox. The route admits staff admins only.
 */
export async function recordBankTransfer(ctx: Ctx, input: RecordBankTransfer): Promise<FundingView> {
  return ctx.transaction(async (tx) => {
    const [company] = await tx.select({ id: companies.id }).from(companies).where(eq(companies.id, input.companyId));
    if (!company) {
      throw new Problem("not_found", "No company has this id.", { subjectType: "company" }, [
        { pointer: "/body/companyId", message: "No company has this id." },
      ]);
    }
    const [row] = await tx
      .insert(fundings)
      .values({
        ...input,
        method: "recorded",
        status: "settled",
        provider: "bank",
        settledAt: ctx.now,
        createdBy: actorId(ctx.actor),
        createdAt: ctx.now,
      })
      .returning();
    if (!row) {
      throw new Error("funding insert returned nothing");
    }
    const subject = { type: "funding", id: row.id };
    const postings = settledFundingPostings(row, false);
    await postTransfer(tx, ctx, { key: `funding:${row.id}:settled`, reason: "funding.recorded", subject, postings });
    await recordEvent(tx, ctx, { action: "funding.recorded", subject, data: { ...input } });
    return fundingView(row);
  });
}
