/**
 * The ledger's rules, without I/O (issue 11, the ledger): a transfer is a set of postings that sum to zero per
 * currency, each posting non-zero; which accounts have a floor of zero. `ledger-steps.ts` writes what passes here.
 */
import type { AccountKind, OwnerType } from "./contract";

/** Names one account without knowing its row: the owner, the kind and the currency. */
export interface AccountRef {
  ownerType: OwnerType;
  /** Null for the platform's own accounts. */
  ownerId: string | null;
  kind: AccountKind;
  currency: string;
}

export interface Posting {
  account: AccountRef;
  /** Signed minor units: what the account gains (positive) or gives (negative). */
  amount: number;
}

export const companyAccount = (companyId: string, kind: AccountKind, currency: string): AccountRef => ({
  ownerType: "company",
  ownerId: companyId,
  kind,
  currency,
});
export const workerAccount = (workerId: string, kind: AccountKind, currency: string): AccountRef => ({
  ownerType: "worker",
  ownerId: workerId,
  kind,
  currency,
});
export const platformAccount = (kind: AccountKind, currency: string): AccountRef => ({
  ownerType: "platform",
  ownerId: null,
  kind,
  currency,
});

/**
 * Accounts that may go below zero: a company's payable (a debt), and the platform's accounts that mirror money
 * outside the books (the outside world, funding on its way in). Every other account's floor is zero.
 */
export function mayGoNegative(account: Pick<AccountRef, "ownerType" | "kind">): boolean {
  if (account.ownerType === "platform") {
    return account.kind === "external" || account.kind === "funding_in_transit";
  }
  return account.kind === "payable";
}

/**
 * How many rows each platform account has (see `ledgerAccounts.shard`), and which one a subject's transfers use. All
 * transfers of one subject (a payout started, then paid or failed) use the same shard, so a shard with a floor never
 * gives what its subject did not put in.
 */
export const PLATFORM_SHARDS = 16;
export const platformShard = (subjectId: string): number =>
  [...subjectId].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7) % PLATFORM_SHARDS;

export const refKey = (a: AccountRef) => `${a.ownerType}:${a.ownerId ?? "-"}:${a.kind}:${a.currency}`;

/**
 * Refuses (by throwing: this is a programming error, never a person's) a transfer that is empty, has a zero or
 * inexact posting, or does not sum to zero in every currency.
 */
export function assertBalanced(postings: readonly Posting[]): void {
  if (postings.length < 2) {
    throw new Error("A transfer needs at least two postings.");
  }
  const sums = new Map<string, bigint>();
  for (const { account, amount } of postings) {
    if (!Number.isSafeInteger(amount) || amount === 0) {
      throw new Error(`A posting must be a non-zero whole number of minor units, not ${amount}.`);
    }
    sums.set(account.currency, (sums.get(account.currency) ?? 0n) + BigInt(amount));
  }
  for (const [currency, sum] of sums) {
    if (sum !== 0n) {
      throw new Error(`The postings in ${currency} sum to ${sum}, not zero.`);
    }
  }
}

/** Adds postings on the same account together and drops those that cancel out, so each account is locked once. */
export function netPostings(postings: readonly Posting[]): Posting[] {
  const byAccount = new Map<string, Posting>();
  for (const posting of postings) {
    const key = refKey(posting.account);
    const seen = byAccount.get(key);
    byAccount.set(key, { account: posting.account, amount: (seen?.amount ?? 0) + posting.amount });
  }
  return [...byAccount.values()].filter((p) => p.amount !== 0);
}
