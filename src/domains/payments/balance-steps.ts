/**
 * An owner's balances per currency, as `GET /payments/balance` answers them and staff read them for any company
 * (`GET /staff/companies/{id}/payments`): one place, so the two can never disagree.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "#platform/db";
import { type Currency, currencies } from "#shared/money";
import { accountsOf } from "./ledger-steps";
import { invoices } from "./tables";
import type { CurrencyBalance, CurrencyCount } from "./views";

export interface OwnerBalances {
  /** One row per currency in the platform's currency order. */
  balances: CurrencyBalance[];
  /** A company's open invoices per currency (past due or not), the fee included; a worker's: none. */
  openInvoices: CurrencyCount[];
}

const order = Object.keys(currencies);
const byOrder = <T extends { currency: Currency }>(rows: T[]) =>
  rows.sort((a, b) => order.indexOf(a.currency) - order.indexOf(b.currency));

/** The ledger's available, pending and committed balances, and (for a company) what its open invoices total. */
export async function ownerBalances(
  db: Executor,
  owner: { type: "company" | "worker"; id: string },
): Promise<OwnerBalances> {
  const rows = await accountsOf(db, owner.type, owner.id);
  const byCurrency = new Map<Currency, CurrencyBalance>();
  const blank = (currency: Currency) => ({ currency, available: 0, pending: 0, committed: 0, owed: 0 });
  for (const row of rows) {
    const currency = row.currency as Currency;
    const entry = byCurrency.get(currency) ?? blank(currency);
    if (row.kind === "available" || row.kind === "pending" || row.kind === "committed") {
      entry[row.kind] = row.balance;
    }
    byCurrency.set(currency, entry);
  }
  const openInvoices: CurrencyCount[] = [];
  if (owner.type === "company") {
    // What the company owes is its open invoices' totals (the fee included), not the payable account, which holds
    // the workers' share only: the fee is platform revenue from the moment it is paid, never before.
    const owed = await db
      .select({
        currency: invoices.currency,
        count: sql<number>`COUNT(*)::int`,
        total: sql<number>`SUM(${invoices.total})::bigint`,
      })
      .from(invoices)
      .where(and(eq(invoices.companyId, owner.id), eq(invoices.status, "open")))
      .groupBy(invoices.currency);
    for (const { currency, count, total } of owed) {
      const key = currency as Currency;
      byCurrency.set(key, { ...(byCurrency.get(key) ?? blank(key)), owed: Number(total) });
      openInvoices.push({ currency: key, count: Number(count), total: Number(total) });
    }
  }
  return { balances: byOrder([...byCurrency.values()]), openInvoices: byOrder(openInvoices) };
}
