/**
 * The only code that writes the ledger (issue 11, the ledger). `postTransfer` runs inside the caller's transaction,
 * so the money moves with the record that asked for it or not at all.
 */
import { and, eq, isNull, or, sql } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { Problem } from "#shared/problems";
import { type AccountRef, assertBalanced, mayGoNegative, netPostings, type Posting, refKey } from "./ledger";
import { ledgerAccounts, ledgerPostings, ledgerTransfers } from "./tables";

type AccountRow = typeof ledgerAccounts.$inferSelect;

export interface TransferInput {
  /** Chosen by the caller and unique: a retry with the same key is a no-op answering the first transfer. */
  key: string;
  reason: string;
  subject: { type: string; id: string };
  postings: Posting[];
}

const sameAccount = (ref: AccountRef) =>
  and(
    eq(ledgerAccounts.ownerType, ref.ownerType),
    ref.ownerId === null ? isNull(ledgerAccounts.ownerId) : eq(ledgerAccounts.ownerId, ref.ownerId),
    eq(ledgerAccounts.kind, ref.kind),
    eq(ledgerAccounts.currency, ref.currency),
  );

/**
 * Creates the accounts that do not exist yet, then locks them all in id order: every transfer takes its locks in
 * the same global order, so two transfers touching the same accounts queue instead of deadlocking.
 */
async function lockAccounts(tx: Executor, ctx: Pick<Ctx, "now">, refs: AccountRef[]): Promise<Map<string, AccountRow>> {
  const sorted = [...refs].sort((a, b) => refKey(a).localeCompare(refKey(b)));
  await tx
    .insert(ledgerAccounts)
    .values(sorted.map((ref) => ({ ...ref, mayGoNegative: mayGoNegative(ref), createdAt: ctx.now })))
    .onConflictDoNothing();
  const rows = await tx
    .select()
    .from(ledgerAccounts)
    .where(or(...sorted.map(sameAccount)))
    .orderBy(ledgerAccounts.id)
    .for("update");
  return new Map(rows.map((row) => [refKey(row), row]));
}

function insufficient(account: AccountRow, needed: number): Problem {
  const whose = account.ownerType === "worker" ? "Your available earnings are" : "The company's available funds are";
  return new Problem("insufficient_funds", `${whose} not enough for this (${account.currency}).`, {
    currency: account.currency,
    balance: account.balance,
    needed,
  });
}

/**
 * Posts one balanced transfer: refuses an unbalanced one, answers the first result for a key already used, keeps the
 * balances on the account rows (under their locks) and refuses with 422 `insufficient_funds` a posting that would
 * take an account past its floor. The CHECK on the row is the backstop, not the rule.
 */
export async function postTransfer(
  tx: Executor,
  ctx: Pick<Ctx, "now">,
  input: TransferInput,
): Promise<{ transferId: string; replayed: boolean }> {
  assertBalanced(input.postings);
  const postings = netPostings(input.postings);
  const currencies = [...new Set(postings.map((p) => p.account.currency))].sort().join(",");
  const [created] = await tx
    .insert(ledgerTransfers)
    .values({
      key: input.key,
      reason: input.reason,
      subjectType: input.subject.type,
      subjectId: input.subject.id,
      currency: currencies,
      createdAt: ctx.now,
    })
    .onConflictDoNothing()
    .returning({ id: ledgerTransfers.id });
  if (!created) {
    const [first] = await tx
      .select({ id: ledgerTransfers.id })
      .from(ledgerTransfers)
      .where(eq(ledgerTransfers.key, input.key));
    if (!first) {
      throw new Error(`transfer ${input.key} conflicted but cannot be read`);
    }
    return { transferId: first.id, replayed: true };
  }
  const accounts = await lockAccounts(
    tx,
    ctx,
    postings.map((p) => p.account),
  );
  const rows = postings.map((posting) => {
    const account = accounts.get(refKey(posting.account));
    if (!account) {
      throw new Error(`ledger account ${refKey(posting.account)} missing after insert`);
    }
    if (!account.mayGoNegative && account.balance + posting.amount < 0) {
      throw insufficient(account, -posting.amount);
    }
    return { account, amount: posting.amount };
  });
  for (const { account, amount } of rows.sort((a, b) => a.account.id.localeCompare(b.account.id))) {
    await tx
      .update(ledgerAccounts)
      .set({ balance: sql`${ledgerAccounts.balance} + ${amount}` })
      .where(eq(ledgerAccounts.id, account.id));
  }
  await tx.insert(ledgerPostings).values(
    rows.map(({ account, amount }) => ({
      transferId: created.id,
      accountId: account.id,
      amount,
      currency: account.currency,
      createdAt: ctx.now,
    })),
  );
  return { transferId: created.id, replayed: false };
}

/** Every account of one owner (a company or a worker), for balances; no lock. */
export function accountsOf(tx: Executor, ownerType: "company" | "worker", ownerId: string) {
  return tx
    .select()
    .from(ledgerAccounts)
    .where(and(eq(ledgerAccounts.ownerType, ownerType), eq(ledgerAccounts.ownerId, ownerId)));
}

/** The balances of these accounts, read without a lock (for views). */
export async function balancesOf(tx: Executor, refs: AccountRef[]): Promise<Map<string, number>> {
  if (refs.length === 0) {
    return new Map();
  }
  const rows = await tx
    .select()
    .from(ledgerAccounts)
    .where(or(...refs.map(sameAccount)));
  return new Map(rows.map((row) => [refKey(row), row.balance]));
}
