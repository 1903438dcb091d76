/**
 * The platform fee (issue 11, item 3): one configurable percentage per company plan, in basis points. The plan
 * names are browser-safe; the percentages are server configuration (WORKLANE_FEE_<PLAN>_BPS, platform/config.ts),
 * so the assignment form shows the figure the server sends (`Company.plan`), the one every invoice charges.
 */
export const planNames = ["standard", "enterprise"] as const;
export type Plan = (typeof planNames)[number];

/** The fee on an amount, rounded half up to the minor unit; BigInt so amounts near 2^53 stay exact. */
export function feeFor(amount: number, feeBasisPoints: number): number {
  return Number((BigInt(amount) * BigInt(feeBasisPoints) + 5000n) / 10_000n);
}
