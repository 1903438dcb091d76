/** What the payments API answers (browser-safe, like contract.ts). */
import { z } from "zod";
import { Id, Page } from "#shared/fields";
import { Currency, MinorUnits } from "#shared/money";
import {
  accountKinds,
  fundingMethods,
  fundingStatuses,
  invoiceKinds,
  invoiceStatuses,
  payoutAccountStatuses,
  payoutStatuses,
} from "./contract";

const Timestamp = z.iso.datetime();
/** A signed amount of minor units: ledger balances such as what a company owes are negative. */
const SignedMinorUnits = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);

/** Say it on every answer that moves money, like a payment processor's test mode (issue 11, item 1). */
export const Provider = z.object({
  name: z.string(),
  testMode: z.boolean().describe("true: the sandbox provider; no real money moves"),
});
export type Provider = z.infer<typeof Provider>;

export const CurrencyBalance = z.object({
  currency: Currency,
  available: SignedMinorUnits,
  pending: SignedMinorUnits.describe("company: funding not yet settled; worker: invoiced, not yet paid"),
  committed: SignedMinorUnits,
  owed: SignedMinorUnits.describe("company: the total of its open invoices; worker: always 0"),
});
export type CurrencyBalance = z.infer<typeof CurrencyBalance>;

/** How many invoices in one currency, and their total (the fee included). */
export const CurrencyCount = z.object({ currency: Currency, count: z.number().int(), total: MinorUnits });
export type CurrencyCount = z.infer<typeof CurrencyCount>;

/** Issue 11, item 5: what a company owes past its due dates, and the lock that follows after the grace days. */
export const Standing = z.object({
  pastDue: z.array(CurrencyCount),
  locksAt: Timestamp.nullable().describe("when the oldest past-due invoice locks the account (null: nothing past due)"),
  locked: z
    .boolean()
    .describe("true: the company cannot send assignments or add workers until it pays what is past due"),
  graceDays: z.number().int(),
});
export type Standing = z.infer<typeof Standing>;

export const Balance = z.object({
  owner: z.object({ type: z.enum(["company", "worker"]), id: Id }),
  balances: z.array(CurrencyBalance),
  standing: Standing.nullable().describe("a company's standing; null for a worker"),
  provider: Provider,
});
export type Balance = z.infer<typeof Balance>;

/**
 * A company's money as staff read it (`GET /staff/companies/{id}/payments`): the balances its own `getBalance`
 * answers, its open invoices, and its standing with what staff need to explain it.
 */
export const StaffCompanyPayments = z.object({
  company: z.object({ id: Id, name: z.string() }),
  balances: z.array(CurrencyBalance),
  openInvoices: z
    .array(CurrencyCount)
    .describe("open invoices per currency, past due or not: how many and their total (the fee included)"),
  standing: Standing.extend({
    oldestDueAt: Timestamp.nullable().describe("the due date of the oldest invoice past due (null: nothing past due)"),
    daysLate: z.number().int().min(0).describe("whole days the oldest invoice past due is late (0: nothing past due)"),
    lockReason: z
      .string()
      .nullable()
      .describe("while locked, why, in the words the company hears when refused (null: not locked)"),
  }).describe(
    "past due as the lock rule counts it (an invoice under an open escalation case does not count); while locked, `locksAt` is since when",
  ),
  provider: Provider,
});
export type StaffCompanyPayments = z.infer<typeof StaffCompanyPayments>;

export const FundingView = z.object({
  id: Id,
  amount: MinorUnits,
  currency: Currency,
  method: z.enum(fundingMethods),
  status: z.enum(fundingStatuses),
  failureReason: z.string().nullable(),
  reference: z.string().nullable(),
  settlesAt: Timestamp.nullable(),
  settledAt: Timestamp.nullable(),
  createdAt: Timestamp,
  provider: Provider,
});
export type FundingView = z.infer<typeof FundingView>;
export const FundingList = Page(FundingView);

export const invoiceActions = ["pay"] as const;
export const InvoiceView = z.object({
  id: Id,
  kind: z.enum(invoiceKinds),
  status: z.enum(invoiceStatuses),
  pastDue: z.boolean(),
  daysLate: z.number().int().min(0),
  assignment: z.object({ id: Id, title: z.string() }),
  company: z.object({ id: Id, name: z.string() }),
  worker: z.object({ id: Id, name: z.string() }),
  currency: Currency,
  amount: MinorUnits.describe("what the worker earns"),
  fee: MinorUnits.describe("the platform fee, shown on every invoice"),
  feeBasisPoints: z.number().int().min(0).max(10_000),
  total: MinorUnits.describe("amount + fee: what the company pays"),
  paymentTermsDays: z.number().int().min(0),
  issuedAt: Timestamp,
  dueAt: Timestamp,
  paidAt: Timestamp.nullable(),
  autoPaid: z
    .boolean()
    .describe("true when nobody clicked: auto-pay on the due date, or immediate terms paid at approval"),
  autoPayHeld: z.boolean().describe("true while an open escalation case pauses auto-pay; paying by hand still works"),
  actions: z.array(z.enum(invoiceActions)),
});
export type InvoiceView = z.infer<typeof InvoiceView>;
export const InvoiceList = Page(InvoiceView);
export const PaidInvoices = z.object({ items: z.array(InvoiceView) });
export type PaidInvoices = z.infer<typeof PaidInvoices>;
export type InvoiceList = z.infer<typeof InvoiceList>;

/** One line of the account activity: a posting on one of the caller's own accounts, with the balance after it. */
export const ActivityEntry = z.object({
  id: z.string().describe("the posting's number, increasing: a later entry has a larger one"),
  at: Timestamp,
  account: z.enum(accountKinds),
  amount: SignedMinorUnits.describe("what the account gained (positive) or gave (negative)"),
  currency: Currency,
  balanceAfter: SignedMinorUnits,
  reason: z.string().describe("the transfer's reason, e.g. invoice.paid, funding.settled, payout.started"),
  subject: z.object({ type: z.string(), id: Id }).describe("the record the money moved for (invoice, funding, payout)"),
});
export type ActivityEntry = z.infer<typeof ActivityEntry>;
export const ActivityList = Page(ActivityEntry);

export const payoutAccountActions = ["verify", "remove"] as const;
/** A payout account as its owner sees it: the number masked but for its last 4 digits, never the deposits. */
export const PayoutAccountView = z.object({
  id: Id,
  status: z.enum(payoutAccountStatuses),
  holderName: z.string(),
  routingNumber: z.string(),
  accountNumberMasked: z.string().describe("e.g. ••••6789: only the last 4 digits are kept"),
  attemptsLeft: z.number().int().min(0).describe("wrong deposit confirmations left before the account locks"),
  verifiedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  actions: z.array(z.enum(payoutAccountActions)),
  provider: Provider,
});
export type PayoutAccountView = z.infer<typeof PayoutAccountView>;
export const PayoutAccountList = z.object({ items: z.array(PayoutAccountView) });
export type PayoutAccountList = z.infer<typeof PayoutAccountList>;

export const PayoutView = z.object({
  id: Id,
  payoutAccount: z
    .object({ id: Id, accountNumberMasked: z.string() })
    .nullable()
    .describe("the verified account it went to (null for payouts older than payout accounts)"),
  amount: MinorUnits,
  currency: Currency,
  status: z.enum(payoutStatuses),
  failureReason: z.string().nullable(),
  settlesAt: Timestamp.nullable(),
  settledAt: Timestamp.nullable(),
  createdAt: Timestamp,
  provider: Provider,
});
export type PayoutView = z.infer<typeof PayoutView>;
export const PayoutList = Page(PayoutView);

export const LedgerCheck = z.object({
  ok: z.boolean(),
  accounts: z.number().int(),
  transfers: z.number().int(),
  /** Accounts whose stored balance is not the sum of their postings. */
  differences: z.array(z.object({ accountId: Id, balance: SignedMinorUnits, postings: SignedMinorUnits })),
  /** Currencies (or transfers) whose postings do not sum to zero. */
  unbalanced: z.array(z.object({ currency: z.string(), transferId: Id.nullable(), sum: SignedMinorUnits })),
  belowFloor: z.array(z.object({ accountId: Id, balance: SignedMinorUnits })),
});
export type LedgerCheck = z.infer<typeof LedgerCheck>;

/** A month a statement exists for (UTC months: `from` inclusive, `to` exclusive). */
export const StatementMonth = z.object({
  month: z.string().describe("YYYY-MM, a UTC month"),
  from: Timestamp,
  to: Timestamp,
  current: z.boolean().describe("true: the month is not over, so its figures still change"),
});
export const StatementMonths = Page(StatementMonth);
export type StatementMonths = z.infer<typeof StatementMonths>;

/**
 * One currency of a statement, all from the ledger: the company's funds (available + committed) at the start, what
 * moved during the month by kind, and at the end. closing = opening + funding + invoicesPaid + fees + other.
 */
export const StatementTotals = z.object({
  currency: Currency,
  opening: SignedMinorUnits,
  funding: SignedMinorUnits.describe("funds added that arrived (settled or recorded)"),
  invoicesPaid: SignedMinorUnits.describe("the workers' amounts of invoices paid (negative: money out)"),
  fees: SignedMinorUnits.describe("the platform fees of those invoices (negative)"),
  refundsAndSettlements: SignedMinorUnits.describe("settlements, refunds and any other movement of the funds"),
  closing: SignedMinorUnits,
});
export type StatementTotals = z.infer<typeof StatementTotals>;

export const StatementEntry = z.object({
  at: Timestamp,
  reason: z.string(),
  subject: z.object({ type: z.string(), id: Id }),
  currency: Currency,
  amount: SignedMinorUnits.describe("what the company's funds gained (positive) or gave (negative)"),
});
export type StatementEntry = z.infer<typeof StatementEntry>;

export const StatementInvoice = z.object({
  id: Id,
  assignment: z.object({ id: Id, title: z.string() }),
  worker: z.object({ id: Id, name: z.string() }),
  status: z.enum(invoiceStatuses),
  currency: Currency,
  amount: MinorUnits,
  fee: MinorUnits,
  total: MinorUnits,
  issuedAt: Timestamp,
  dueAt: Timestamp,
  paidAt: Timestamp.nullable(),
});
export type StatementInvoice = z.infer<typeof StatementInvoice>;

/** A statement's head: its lines (invoices issued, movements) are read a page at a time from their own routes. */
export const Statement = StatementMonth.extend({
  company: z.object({ id: Id, name: z.string() }),
  totals: z.array(StatementTotals),
  provider: Provider,
});
export type Statement = z.infer<typeof Statement>;
export const StatementInvoiceList = Page(StatementInvoice);
export const StatementEntryList = Page(StatementEntry);
export type StatementPage<T> = { items: T[]; nextCursor: string | null };
/** The whole month as one document (the PDF only): the head and every line. */
export type StatementDocument = Statement & { invoices: StatementInvoice[]; payments: StatementEntry[] };
