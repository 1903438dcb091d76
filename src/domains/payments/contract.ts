/**
 * The payments vocabulary (issue 11): ledger accounts, funding, invoices and payouts. Browser-safe: the web forms
 * and the server refuse the same input with the same messages. Amounts are integers of minor units with a currency,
 * never floats (shared/money.ts); the cap is 2^53-1 on both drivers (docs/architecture.md, bigint).
 */
import { z } from "zod";
import { Cursor, Id, Limit, Text } from "#shared/fields";
import { Currency, MinorUnits } from "#shared/money";
import { TimeZone } from "#shared/time";

/** Whose account: a client company, a worker, or the platform itself (fees, money in transit, the outside world). */
export const ownerTypes = ["company", "worker", "platform"] as const;
export type OwnerType = (typeof ownerTypes)[number];

/**
 * Company: `available` (spendable), `pending` (funding not yet settled), `committed` (secured for assignments),
 * `payable` (what it owes on open invoices, a liability: negative). Worker: `pending` (invoiced, not yet paid),
 * `available` (paid, withdrawable). Platform: `fee_revenue`, `funding_in_transit`, `payouts_in_transit`, and
 * `external`, the money outside Worklane's books (its balance is minus everything that came in).
 */
export const accountKinds = [
  "available",
  "pending",
  "committed",
  "payable",
  "fee_revenue",
  "funding_in_transit",
  "payouts_in_transit",
  "external",
] as const;
export type AccountKind = (typeof accountKinds)[number];

/** `recorded`: a real bank transfer a staff admin saw arrive and recorded by hand (no provider involved). */
export const fundingMethods = ["ach", "wire", "recorded"] as const;
export type FundingMethod = (typeof fundingMethods)[number];
/** What a company may choose when it adds funds itself. */
export const providerMethods = ["ach", "wire"] as const;
export const fundingStatuses = ["pending", "settled", "failed"] as const;
export type FundingStatus = (typeof fundingStatuses)[number];

export const invoiceKinds = ["assignment", "cancellation_fee"] as const;
export type InvoiceKind = (typeof invoiceKinds)[number];
export const invoiceStatuses = ["open", "paid", "void"] as const;
export type InvoiceStatus = (typeof invoiceStatuses)[number];
/** What lists filter by: `past_due` is an open invoice after its due date, derived, never stored. */
export const invoiceFilters = ["open", "past_due", "paid", "void"] as const;

export const payoutStatuses = ["in_transit", "paid", "failed"] as const;
export type PayoutStatus = (typeof payoutStatuses)[number];

/** An amount a person moves: a whole, positive number of minor units. */
export const PositiveAmount = MinorUnits.min(1, "The amount must be more than zero.");

export const AddFunds = z.strictObject({
  amount: PositiveAmount,
  currency: Currency,
  method: z.enum(providerMethods, { error: "Choose ach (bank transfer) or wire." }),
});
export type AddFunds = z.infer<typeof AddFunds>;

export const RecordBankTransfer = z.strictObject({
  companyId: Id,
  amount: PositiveAmount,
  currency: Currency,
  reference: Text(140),
});
export type RecordBankTransfer = z.infer<typeof RecordBankTransfer>;

/** A selection of open invoices to pay at once (the payables page's "Pay selected"). */
export const PayInvoices = z.strictObject({
  invoiceIds: z
    .array(Id)
    .min(1, { error: "Choose at least one invoice to pay." })
    .max(100, { error: "Pay at most 100 invoices at once." })
    .refine((ids) => new Set(ids).size === ids.length, { error: "Each invoice may be chosen once." }),
});
export type PayInvoices = z.infer<typeof PayInvoices>;

export const RequestPayout = z.strictObject({
  amount: PositiveAmount,
  currency: Currency,
  /** Which verified payout account receives it; omitted: the worker's most recently verified one. */
  payoutAccountId: Id.optional(),
});
export type RequestPayout = z.infer<typeof RequestPayout>;

export const InvoiceQuery = z.strictObject({
  status: z.enum(invoiceFilters).optional(),
  assignmentId: Id.optional(),
  limit: Limit,
  cursor: Cursor,
});
export type InvoiceQuery = z.infer<typeof InvoiceQuery>;

/** The invoice PDF's dates are written in this zone (the web app passes the reader's); UTC when none is given. */
export const InvoicePdfQuery = z.strictObject({ timeZone: TimeZone.default("UTC") });
export type InvoicePdfQuery = z.infer<typeof InvoicePdfQuery>;

export const ListQuery = z.strictObject({ limit: Limit, cursor: Cursor });
export type ListQuery = z.infer<typeof ListQuery>;

/** A reason a sandbox failure or a staff note gives, bounded like any text. */
export const Reason = Text(500);

/** A payout account: `pending` until the worker confirms the two micro-deposits, `locked` after 3 wrong tries. */
export const payoutAccountStatuses = ["pending", "verified", "locked", "removed"] as const;
export type PayoutAccountStatus = (typeof payoutAccountStatuses)[number];
/** Wrong confirmations allowed before the account is locked and must be added again. */
export const VERIFY_ATTEMPTS = 3;

/**
 * An ABA routing number: 9 digits whose weighted sum (3, 7, 1, repeated) is a multiple of 10. The checksum catches
 * a mistyped digit before the provider sends deposits to a bank that does not exist.
 */
export function routingChecksumOk(value: string): boolean {
  if (!/^\d{9}$/.test(value)) {
    return false;
  }
  const weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  return weights.reduce((sum, w, i) => sum + w * Number(value[i]), 0) % 10 === 0;
}

export const AddPayoutAccount = z.strictObject({
  holderName: Text(100),
  routingNumber: z
    .string()
    .trim()
    .regex(/^\d{9}$/, { error: "A routing number is 9 digits." })
    .refine(routingChecksumOk, { error: "This routing number is not valid: check its digits." }),
  accountNumber: z
    .string()
    .trim()
    .regex(/^\d{4,17}$/, { error: "An account number is 4 to 17 digits." }),
});
export type AddPayoutAccount = z.infer<typeof AddPayoutAccount>;

/** A micro-deposit as the worker reads it on their bank statement: 1 to 99 cents. */
const Deposit = z
  .number({ error: "Enter the deposit in cents, e.g. 32 for $0.32." })
  .int({ error: "Enter the deposit in whole cents, e.g. 32 for $0.32." })
  .min(1, { error: "Each deposit is between 1 and 99 cents." })
  .max(99, { error: "Each deposit is between 1 and 99 cents." });
export const VerifyPayoutAccount = z.strictObject({
  amounts: z.tuple([Deposit, Deposit], { error: "Enter the two deposit amounts." }),
});
export type VerifyPayoutAccount = z.infer<typeof VerifyPayoutAccount>;

/** A statement's month, `YYYY-MM`, in UTC: a month runs from its first midnight UTC to the next month's. */
export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "Give a month as YYYY-MM, e.g. 2026-11." });
export const StatementParams = z.strictObject({ month: Month });
export type StatementParams = z.infer<typeof StatementParams>;

/** Sandbox control (staff, test servers only): move an open invoice's dates back by this many days. */
export const BackdateInvoice = z.strictObject({
  days: z
    .number({ error: "Give a whole number of days." })
    .int({ error: "Give a whole number of days." })
    .min(1, { error: "Move it back by 1 to 365 days." })
    .max(365, { error: "Move it back by 1 to 365 days." }),
});
export type BackdateInvoice = z.infer<typeof BackdateInvoice>;
