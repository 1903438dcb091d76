import { and, eq, sql } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { type Currency, currencies } from "#shared/money";
import { accountsOf } from "../ledger-steps";
import { providerInfo } from "../sandbox-provider";
import { ownerOf } from "../scope";
import { standingOf } from "../standing-steps";
import { invoices } from "../tables";
import type { Balance } from "../views";

/** The caller's own balances per currency: their company's, or their own earnings as a worker. */
export async function getBalance(ctx: Ctx): Promise<Balance> {
  const owner = ownerOf(ctx.actor);
  const rows = await accountsOf(ctx.db, owner.type, owner.id);
  const byCurrency = new Map<Currency, Balance["balances"][number]>();
  for (const row of rows) {
    const currency = row.currency as Currency;
    const entry = byCurrency.get(currency) ?? { currency, available: 0, pending: 0, committed: 0, owed: 0 };
    if (row.kind === "available" || row.kind === "pending" || row.kind === "committed") {
      entry[row.kind] = row.balance;
    }
    byCurrency.set(currency, entry);
  }
  if (owner.type === "company") {
    // What the company owes is its open invoices' totals (the fee included), not the payable account, which holds
    // the workers' share only: the fee is platform revenue from the moment it is paid, never before.
    const owed = await ctx.db
      .select({ currency: invoices.currency, total: sql<number>`SUM(${invoices.total})::bigint` })
      .from(invoices)
      .where(and(eq(invoices.companyId, owner.id), eq(invoices.status, "open")))
      .groupBy(invoices.currency);
    for (const { currency, total } of owed) {
      const key = currency as Currency;
      const entry = byCurrency.get(key) ?? { currency: key, available: 0, pending: 0, committed: 0, owed: 0 };
      byCurrency.set(key, { ...entry, owed: Number(total) });
    }
  }
  const order = Object.keys(currencies);
  const balances = [...byCurrency.values()].sort((a, b) => order.indexOf(a.currency) - order.indexOf(b.currency));
  const standing = owner.type === "company" ? await standingOf(ctx.db, owner.id, ctx.now) : null;
  return { owner, balances, standing, provider: providerInfo() };
}
