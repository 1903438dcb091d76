/**
 * The platform fee (issue 11, item 3): one configurable percentage per company plan, in basis points. Browser-safe,
 * so the assignment form shows the fee before sending with the very rule every invoice charges (payments/fees.ts).
 * Every company is on the standard plan until plans are sold.
 */
export const plans = {
  standard: { feeBasisPoints: 1000 },
} as const;
export type Plan = keyof typeof plans;

/** The fee on an amount, rounded half up to the minor unit; BigInt so amounts near 2^53 stay exact. */
export function feeFor(amount: number, feeBasisPoints: number): number {
  return Number((BigInt(amount) * BigInt(feeBasisPoints) + 5000n) / 10_000n);
}
