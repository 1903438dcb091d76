/**
 * The platform fee (issue 11, item 3): the rounding lives in `#shared/fees` (browser-safe); each company's plan and
 * its configured rate live in the companies domain (`companyFee`), which also shows it on the assignment form.
 */
export { feeFor, type Plan } from "#shared/fees";

/** The due date: the approval plus the payment terms in days (0: due at once). */
export function dueDate(issuedAt: Date, paymentTermsDays: number): Date {
  return new Date(issuedAt.getTime() + paymentTermsDays * 86_400_000);
}

/** Whole days an open invoice is past its due date (0 until then). */
export function daysLate(dueAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - dueAt.getTime()) / 86_400_000));
}
