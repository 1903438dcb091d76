/**
 * The platform fee (issue 11, item 3): one configurable percentage per company plan, in basis points, shown before
 * sending on the assignment form and on every invoice. Every company is on the standard plan until plans are sold.
 */
export const plans = {
  standard: { feeBasisPoints: 1000 },
} as const;
export type Plan = keyof typeof plans;

/** The fee on an amount, rounded half up to the minor unit; BigInt so amounts near 2^53 stay exact. */
export function feeFor(amount: number, feeBasisPoints: number): number {
  return Number((BigInt(amount) * BigInt(feeBasisPoints) + 5000n) / 10_000n);
}

/** The due date: the approval plus the payment terms in days (0: due at once). */
export function dueDate(issuedAt: Date, paymentTermsDays: number): Date {
  return new Date(issuedAt.getTime() + paymentTermsDays * 86_400_000);
}

/** Whole days an open invoice is past its due date (0 until then). */
export function daysLate(dueAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - dueAt.getTime()) / 86_400_000));
}
