/**
 * A company's standing with its workers (issue 11, items 4 and 5), and the two rules payments adds to assignment
 * steps through the assignments hooks (assignments cannot import payments):
 * - past due: an open invoice more than the grace days (`pastDueGraceDays`, configurable) past its due date (and not under an open escalation
 *   case) locks the company account, so it
 *   cannot send new assignments or add workers until it pays what is past due. The lock is computed from the
 *   invoices on every check and never stored: paying unlocks at once, and no job has to run for it to start;
 * - immediate terms: approving pays at once, so approval is refused while the available funds cannot pay it;
 * and the same funds check for a selection of invoices paid together.
 */
import { sql } from "drizzle-orm";
import type { Arg, PastDueReader, StepCheck } from "#domains/assignments/index";
import { companyFee } from "#domains/companies/index";
import { loadConfig } from "#platform/config";
import type { Executor } from "#platform/db";
import { type Currency, formatMoney } from "#shared/money";
import { Problem } from "#shared/problems";
import { acceptedBonus, heldAmounts } from "./commitment-steps";
import { feeFor } from "./fees";
import { companyAccount, refKey } from "./ledger";
import { balancesOf } from "./ledger-steps";
import { autoPayHolds, invoices } from "./tables";
import type { Standing } from "./views";

const DAY = 86_400_000;
/** Days an invoice may be past due before the account locks; the past-due warnings go out before it. */
let graceDays: number | undefined;
/** The grace days past due before the lock (WORKLANE_pastDueGraceDays(), default 3), read once per process. */
export function pastDueGraceDays(): number {
  graceDays ??= loadConfig().WORKLANE_PAST_DUE_GRACE_DAYS;
  return graceDays;
}

/** What the company owes past its due dates (per currency), and the oldest of those due dates. */
export interface PastDue {
  pastDue: Standing["pastDue"];
  oldestDueAt: Date | null;
}

/**
 * The invoices that count as past due: open, past their due date, and not under an open escalation case (issue 15,
 * item 2). One condition for the standing and for the lock's quick read, so the two cannot disagree.
 */
const countsPastDue = (companyId: Arg, now: Arg) =>
  sql`${invoices.companyId} = ${companyId} AND ${invoices.status} = 'open' AND ${invoices.dueAt} < ${now}
    AND NOT EXISTS (SELECT 1 FROM ${autoPayHolds} WHERE ${autoPayHolds.assignmentId} = ${invoices.assignmentId})`;

/** The open invoices past their due date that count for the lock, per currency. */
export async function pastDueOf(db: Executor, companyId: string, now: Date): Promise<PastDue> {
  const rows = await db
    .select({
      currency: invoices.currency,
      count: sql<number>`COUNT(*)::int`,
      total: sql<number>`SUM(${invoices.total})::bigint`,
      oldestDueAt: sql<Date>`MIN(${invoices.dueAt})`,
    })
    .from(invoices)
    .where(countsPastDue(companyId, sql`${now.toISOString()}::timestamptz`))
    .groupBy(invoices.currency);
  const pastDue = rows.map((row) => ({
    currency: row.currency as Currency,
    count: Number(row.count),
    total: Number(row.total),
  }));
  const oldest = rows
    .map((row) => new Date(row.oldestDueAt).getTime())
    .reduce<number | null>((min, at) => (min === null || at < min ? at : min), null);
  return { pastDue, oldestDueAt: oldest === null ? null : new Date(oldest) };
}

/** Whether any invoice counts as past due (the assignment lock's quick read; grace days aside). */
export const anyPastDueSql: PastDueReader = ({ companyId, now }) =>
  sql<boolean>`EXISTS (SELECT 1 FROM ${invoices} WHERE ${countsPastDue(companyId, now)})`;

/** The lock rule: the oldest invoice past due locks the account once the grace days have passed. */
export function standingFrom({ pastDue, oldestDueAt }: PastDue, now: Date): Standing {
  const locksAt = oldestDueAt === null ? null : new Date(oldestDueAt.getTime() + pastDueGraceDays() * DAY);
  return {
    pastDue,
    locksAt: locksAt?.toISOString() ?? null,
    locked: locksAt !== null && locksAt <= now,
    graceDays: pastDueGraceDays(),
  };
}

/** What the company owes past its due dates, and whether (and since when) that locks its account. */
export async function standingOf(db: Executor, companyId: string, now: Date): Promise<Standing> {
  return standingFrom(await pastDueOf(db, companyId, now), now);
}

const owedText = (standing: Standing) =>
  standing.pastDue
    .map(
      (p) =>
        `${p.count} invoice${p.count === 1 ? "" : "s"} of ${formatMoney({ amount: p.total, currency: p.currency })}`,
    )
    .join(" and ");

/** Why a locked account is locked ("1 invoice of $110.00 more than 3 days past due"); null while not locked. */
export function lockReason(standing: Standing): string | null {
  return standing.locked ? `${owedText(standing)} more than ${standing.graceDays} days past due` : null;
}

/** The send rule: a locked company cannot send assignments or add workers (403 `company_locked`). */
export const refuseWhileLocked: StepCheck = async (tx, ctx, row, read) => {
  if (!read.pastDue) {
    return; // nothing counting is past due (read with the lock): not locked, whatever the grace days
  }
  const standing = await standingOf(tx, row.companyId, ctx.now);
  if (standing.locked) {
    throw new Problem(
      "company_locked",
      `Your company account is locked: ${lockReason(standing)}. ` +
        "Pay what is past due on the Payments page and it unlocks at once.",
      { locksAt: standing.locksAt, pastDue: standing.pastDue },
    );
  }
};

/**
 * The approval rule for immediate terms: approving a person's way pays at once, so the available funds must cover
 * the amount and the fee (422 `insufficient_funds`). Auto-approval (the system) is never refused: the work was done
 * and the invoice opens anyway, due now, then past due if the funds stay short.
 */
export const refuseUnfundedImmediateApproval: StepCheck = async (tx, ctx, row) => {
  if (row.paymentTermsDays !== 0 || ctx.actor.kind === "system") {
    return;
  }
  // The invoice will charge the claim plus the bonuses accepted (steps.ts openInvoice).
  const amount = (row.claimedAmount ?? 0) + (await acceptedBonus(tx, row.id, row.assignedWorkerId));
  const { feeBasisPoints } = await companyFee(tx, row.companyId);
  const total = amount + feeFor(amount, feeBasisPoints);
  const account = companyAccount(row.companyId, "available", row.currency);
  // Secured funds held for this assignment pay first (steps.ts payLockedInvoice).
  const held = (await heldAmounts(tx, [row.id])).get(row.id) ?? 0;
  const available = ((await balancesOf(tx, [account])).get(refKey(account)) ?? 0) + held;
  if (available < total) {
    const money = (value: number) => formatMoney({ amount: value, currency: row.currency as Currency });
    throw new Problem(
      "insufficient_funds",
      `This assignment is paid on approval: approving it pays ${money(total)} now (the platform fee included), ` +
        `and your available funds are ${money(available)}. Add funds first, then approve.`,
      { currency: row.currency, balance: available, needed: total },
    );
  }
};

/**
 * A selection paid together must be covered whole: 422 `insufficient_funds` naming the selection's total and the
 * balance per currency, before anything is paid (the ledger's own floor would refuse too, less helpfully).
 */
export async function refuseShortSelection(tx: Executor, selection: (typeof invoices.$inferSelect)[]): Promise<void> {
  const totals = new Map<string, { companyId: string; currency: string; total: number; count: number }>();
  const held = await heldAmounts(
    tx,
    selection.filter((row) => row.kind === "assignment").map((row) => row.assignmentId),
  );
  for (const row of selection) {
    const key = `${row.companyId}:${row.currency}`;
    const seen = totals.get(key) ?? { companyId: row.companyId, currency: row.currency, total: 0, count: 0 };
    // What secured funds cover is not needed from the available funds (it may free some: never below zero here).
    const fromAvailable = Math.max(0, row.total - (row.kind === "assignment" ? (held.get(row.assignmentId) ?? 0) : 0));
    totals.set(key, { ...seen, total: seen.total + fromAvailable, count: seen.count + 1 });
  }
  for (const { companyId, currency, total, count } of totals.values()) {
    const account = companyAccount(companyId, "available", currency);
    const available = (await balancesOf(tx, [account])).get(refKey(account)) ?? 0;
    if (available < total) {
      const money = (value: number) => formatMoney({ amount: value, currency: currency as Currency });
      throw new Problem(
        "insufficient_funds",
        `The ${count} selected invoices in ${currency} total ${money(total)} and the available funds are ` +
          `${money(available)}. Add funds, or choose fewer invoices; nothing was paid.`,
        { currency, balance: available, needed: total },
      );
    }
  }
}
