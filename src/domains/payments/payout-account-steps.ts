/**
 * Payout accounts (issue 11, item 7), the steps their use cases and the payout share: the owner-only lock, the one
 * view every read and action answers, and the account a payout may go to. Only the worker who added an account sees
 * it; anyone else hears 404, as for a record that does not exist.
 */
import { and, desc, eq, sql } from "drizzle-orm";
import type { Actor } from "#platform/context";
import type { Executor } from "#platform/db";
import { allowedActions } from "#platform/rules";
import { Problem } from "#shared/problems";
import { VERIFY_ATTEMPTS } from "./contract";
import { type Party, type PayoutAccountAction, partyOf, payoutAccountRules } from "./lifecycle";
import { providerInfo } from "./sandbox-provider";
import { payoutAccounts } from "./tables";
import type { PayoutAccountView } from "./views";

export type PayoutAccountRow = typeof payoutAccounts.$inferSelect;

const notFound = () =>
  new Problem("not_found", "No payout account with this id is visible to you.", { subjectType: "payout_account" });

const ownerIs = (actor: Actor) =>
  actor.kind === "user" && actor.accountType === "worker" ? eq(payoutAccounts.workerId, actor.userId) : sql`false`;

export const partyForAccount = (actor: Actor, row: PayoutAccountRow): Party | null =>
  actor.kind === "system" ? null : partyOf(actor, { companyId: "", workerId: row.workerId });

export function payoutAccountView(row: PayoutAccountRow, party: Party | null): PayoutAccountView {
  return {
    id: row.id,
    status: row.status,
    holderName: row.holderName,
    routingNumber: row.routingNumber,
    accountNumberMasked: `••••${row.accountLast4}`,
    attemptsLeft: row.status === "pending" ? Math.max(0, VERIFY_ATTEMPTS - row.failedAttempts) : 0,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    actions: allowedActions(payoutAccountRules, row, party) as PayoutAccountAction[],
    provider: providerInfo(),
  };
}

/** SELECT … FOR UPDATE of the caller's own account (removed ones are gone): 404 for anyone else's. */
export async function lockPayoutAccount(tx: Executor, actor: Actor, id: string): Promise<PayoutAccountRow> {
  const [row] = await tx
    .select()
    .from(payoutAccounts)
    .where(and(eq(payoutAccounts.id, id), ownerIs(actor), sql`${payoutAccounts.status} <> 'removed'`))
    .for("update");
  if (!row) {
    throw notFound();
  }
  return row;
}

/** The worker's accounts that still exist, newest first. */
export function payoutAccountsOf(db: Executor, workerId: string): Promise<PayoutAccountRow[]> {
  return db
    .select()
    .from(payoutAccounts)
    .where(and(eq(payoutAccounts.workerId, workerId), sql`${payoutAccounts.status} <> 'removed'`))
    .orderBy(desc(payoutAccounts.createdAt), desc(payoutAccounts.id));
}

/**
 * The account a payout goes to: the one named (404 when it is not the worker's), else the most recently verified.
 * 422 `payout_account_unverified` when it is not verified, or when the worker has no verified account at all.
 */
export async function payoutDestination(tx: Executor, actor: Actor, workerId: string, id: string | undefined) {
  const row = id
    ? await lockPayoutAccount(tx, actor, id)
    : (await payoutAccountsOf(tx, workerId))
        .filter((a) => a.status === "verified")
        .sort((a, b) => (b.verifiedAt?.getTime() ?? 0) - (a.verifiedAt?.getTime() ?? 0))[0];
  if (row?.status !== "verified") {
    throw new Problem(
      "payout_account_unverified",
      row
        ? `Payouts go only to a verified account, and ••••${row.accountLast4} is not verified: confirm its two deposits first.`
        : "Add a payout account and confirm its two deposits first: payouts go only to a verified account.",
      {},
      [{ pointer: "/body/payoutAccountId", message: "Choose a verified payout account." }],
    );
  }
  return row;
}
