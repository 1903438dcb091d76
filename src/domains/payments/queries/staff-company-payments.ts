import { eq } from "drizzle-orm";
import { companies } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import { ownerBalances } from "../balance-steps";
import { daysLate } from "../fees";
import { providerInfo } from "../sandbox-provider";
import { lockReason, pastDueOf, standingFrom } from "../standing-steps";
import type { StaffCompanyPayments } from "../views";

/**
 * Any staff member reads a company's money: the balances its own `GET /payments/balance` shows, its open invoices,
 * and its standing (past due, the lock and why) from the same rule that refuses its sends.
 */
export async function getCompanyPaymentsForStaff(ctx: Ctx, companyId: string): Promise<StaffCompanyPayments> {
  const [company] = await ctx.db
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(eq(companies.id, companyId));
  if (!company) {
    throw new Problem("not_found", "No company has this id.");
  }
  const { balances, openInvoices } = await ownerBalances(ctx.db, { type: "company", id: company.id });
  const pastDue = await pastDueOf(ctx.db, company.id, ctx.now);
  const standing = standingFrom(pastDue, ctx.now);
  return {
    company,
    balances,
    openInvoices,
    standing: {
      ...standing,
      oldestDueAt: pastDue.oldestDueAt?.toISOString() ?? null,
      daysLate: pastDue.oldestDueAt ? daysLate(pastDue.oldestDueAt, ctx.now) : 0,
      lockReason: lockReason(standing),
    },
    provider: providerInfo(),
  };
}
