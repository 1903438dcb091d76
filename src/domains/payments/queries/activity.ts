import { and, desc, eq, lt, sql } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { decodeCursor, toPage } from "#platform/pagination";
import type { Currency } from "#shared/money";
import { Problem } from "#shared/problems";
import type { ListQuery } from "../contract";
import { ownerOf } from "../scope";
import { ledgerAccounts, ledgerPostings, ledgerTransfers } from "../tables";
import type { ActivityEntry } from "../views";

/**
 * The caller's own ledger entries, newest first (issue 11 item 8, the account activity): every posting on their
 * company's or their own accounts, with the transfer's reason, the record it belongs to, and the account's balance
 * right after it. The balance is summed from the account's postings up to the entry (an index range on
 * `ledger_postings_account`), so it is exactly what the ledger says, never a second copy to keep in step.
 */
export async function listActivity(
  ctx: Ctx,
  query: ListQuery,
): Promise<{ items: ActivityEntry[]; nextCursor: string | null }> {
  const owner = ownerOf(ctx.actor);
  const after = decodeCursor(query.cursor);
  const before = after ? Number(after[0]) : null;
  if (after && !Number.isSafeInteger(before)) {
    throw new Problem("validation_failed", "This page link is not valid; start again from the first page.");
  }
  const balanceAfter = sql<number>`(SELECT SUM(p2.amount) FROM ${ledgerPostings} p2
    WHERE p2.account_id = ${ledgerPostings.accountId} AND p2.id <= ${ledgerPostings.id})::bigint`;
  const rows = await ctx.db
    .select({
      id: ledgerPostings.id,
      at: ledgerPostings.createdAt,
      amount: ledgerPostings.amount,
      currency: ledgerPostings.currency,
      account: ledgerAccounts.kind,
      reason: ledgerTransfers.reason,
      subjectType: ledgerTransfers.subjectType,
      subjectId: ledgerTransfers.subjectId,
      balanceAfter,
    })
    .from(ledgerPostings)
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerPostings.accountId))
    .innerJoin(ledgerTransfers, eq(ledgerTransfers.id, ledgerPostings.transferId))
    .where(
      and(
        eq(ledgerAccounts.ownerType, owner.type),
        eq(ledgerAccounts.ownerId, owner.id),
        before === null ? undefined : lt(ledgerPostings.id, before),
      ),
    )
    .orderBy(desc(ledgerPostings.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (row) => [row.id]);
  return {
    items: page.items.map((row) => ({
      id: String(row.id),
      at: row.at.toISOString(),
      account: row.account,
      amount: row.amount,
      currency: row.currency as Currency,
      balanceAfter: Number(row.balanceAfter),
      reason: row.reason,
      subject: { type: row.subjectType, id: row.subjectId },
    })),
    nextCursor: page.nextCursor,
  };
}
