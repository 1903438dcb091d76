import { count, eq, sql } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { ledgerAccounts, ledgerPostings, ledgerTransfers } from "../tables";
import type { LedgerCheck } from "../views";

const sum = sql<number>`COALESCE(SUM(${ledgerPostings.amount}), 0)::bigint`;

/**
 * Staff's ledger check (issue 11): recomputes every balance from the postings and reports any difference, any
 * transfer or currency whose postings do not sum to zero, and any account past its floor.
 */
export async function checkLedger(ctx: Ctx): Promise<LedgerCheck> {
  const { db } = ctx;
  const differences = await db
    .select({ accountId: ledgerAccounts.id, balance: ledgerAccounts.balance, postings: sum })
    .from(ledgerAccounts)
    .leftJoin(ledgerPostings, eq(ledgerPostings.accountId, ledgerAccounts.id))
    .groupBy(ledgerAccounts.id)
    .having(sql`${ledgerAccounts.balance} <> ${sum}`);
  const byTransfer = await db
    .select({ currency: ledgerPostings.currency, transferId: ledgerPostings.transferId, sum })
    .from(ledgerPostings)
    .groupBy(ledgerPostings.currency, ledgerPostings.transferId)
    .having(sql`${sum} <> 0`);
  const byCurrency = await db
    .select({ currency: ledgerPostings.currency, sum })
    .from(ledgerPostings)
    .groupBy(ledgerPostings.currency)
    .having(sql`${sum} <> 0`);
  const belowFloor = await db
    .select({ accountId: ledgerAccounts.id, balance: ledgerAccounts.balance })
    .from(ledgerAccounts)
    .where(sql`NOT ${ledgerAccounts.mayGoNegative} AND ${ledgerAccounts.balance} < 0`);
  const [accounts] = await db.select({ n: count() }).from(ledgerAccounts);
  const [transfers] = await db.select({ n: count() }).from(ledgerTransfers);
  const unbalanced = [
    ...byCurrency.map((r) => ({ currency: r.currency, transferId: null, sum: Number(r.sum) })),
    ...byTransfer.map((r) => ({ ...r, sum: Number(r.sum) })),
  ];
  const postingsOf = differences.map((r) => ({ ...r, postings: Number(r.postings) }));
  return {
    ok: postingsOf.length + unbalanced.length + belowFloor.length === 0,
    accounts: accounts?.n ?? 0,
    transfers: transfers?.n ?? 0,
    differences: postingsOf,
    unbalanced,
    belowFloor,
  };
}
