/** What the payments API answers (browser-safe, like contract.ts). */
import { z } from "zod";
import { Id, Page } from "#shared/fields";
import { Currency, MinorUnits } from "#shared/money";
import { fundingMethods, fundingStatuses, invoiceKinds, invoiceStatuses, payoutStatuses } from "./contract";

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

/** Issue 11, item 5: what a company owes past its due dates, and the lock that follows after the grace days. */
export const Standing = z.object({
  pastDue: z.array(z.object({ currency: Currency, count: z.number().int(), total: MinorUnits })),
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
  autoPayHeld: z.boolean().describe("true while an open escalation case pauses auto-pay; paying by hand still works"),
  actions: z.array(z.enum(invoiceActions)),
});
export type InvoiceView = z.infer<typeof InvoiceView>;
export const InvoiceList = Page(InvoiceView);
export const PaidInvoices = z.object({ items: z.array(InvoiceView) });
export type PaidInvoices = z.infer<typeof PaidInvoices>;
export type InvoiceList = z.infer<typeof InvoiceList>;

export const PayoutView = z.object({
  id: Id,
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
