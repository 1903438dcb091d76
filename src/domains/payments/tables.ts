import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { companies, users } from "#domains/accounts/tables";
import { assignments } from "#domains/assignments/tables";
import {
  accountKinds,
  fundingMethods,
  fundingStatuses,
  invoiceKinds,
  invoiceStatuses,
  ownerTypes,
  payoutAccountStatuses,
  payoutStatuses,
} from "./contract";

const at = () => timestamp({ withTimezone: true, mode: "date" });
/** Integer minor units, read as exact JS numbers (capped at 2^53-1, see shared/money.ts). */
const money = () => bigint({ mode: "number" });
const MAX = sql.raw("9007199254740991");

export const ownerType = pgEnum("ledger_owner_type", ownerTypes);
export const accountKind = pgEnum("ledger_account_kind", accountKinds);
export const fundingMethod = pgEnum("funding_method", fundingMethods);
export const fundingStatus = pgEnum("funding_status", fundingStatuses);
export const invoiceKind = pgEnum("invoice_kind", invoiceKinds);
export const invoiceStatus = pgEnum("invoice_status", invoiceStatuses);
export const payoutStatus = pgEnum("payout_status", payoutStatuses);
export const payoutAccountStatus = pgEnum("payout_account_status", payoutAccountStatuses);

/**
 * One account per owner, kind and currency. The balance is kept here and changed only by `postTransfer`, in the same
 * transaction as its postings, under row locks taken in id order; the staff ledger check recomputes it from the
 * postings. The CHECK is the floor: an account that may not go negative (a company's available funds) never does.
 */
export const ledgerAccounts = pgTable(
  "ledger_accounts",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerType: ownerType().notNull(),
    /** Null for the platform's own accounts. */
    ownerId: uuid(),
    kind: accountKind().notNull(),
    currency: text().notNull(),
    balance: money().notNull().default(0),
    mayGoNegative: boolean().notNull(),
    /**
     * The platform's accounts are split into PLATFORM_SHARDS rows (a transfer picks one by its subject), because
     * nearly every transfer touches them: one row would make every transfer wait for the one before to commit.
     * Their balance is the sum of the shards. Every other account has one row, shard 0.
     */
    shard: smallint().notNull().default(0),
    createdAt: at().notNull(),
  },
  (t) => [
    // The platform's accounts have no owner id: NULLS NOT DISTINCT keeps them one per kind, currency and shard too.
    unique("ledger_accounts_owner_kind_currency")
      .on(t.ownerType, t.ownerId, t.kind, t.currency, t.shard)
      .nullsNotDistinct(),
    check("ledger_accounts_floor", sql`${t.mayGoNegative} OR ${t.balance} >= 0`),
    check("ledger_accounts_range", sql`${t.balance} BETWEEN -${MAX} AND ${MAX}`),
  ],
);

/**
 * A transfer: a set of postings summing to zero per currency, immutable (a trigger refuses UPDATE and DELETE; a
 * correction is a new reversing transfer). `key` is chosen by the caller and unique, so a retry is a no-op that
 * returns the first result (TigerBeetle's rule).
 */
export const ledgerTransfers = pgTable(
  "ledger_transfers",
  {
    id: uuid().primaryKey().defaultRandom(),
    key: text().notNull().unique(),
    reason: text().notNull(),
    subjectType: text().notNull(),
    subjectId: uuid().notNull(),
    currency: text().notNull(),
    createdAt: at().notNull(),
  },
  (t) => [index("ledger_transfers_subject").on(t.subjectType, t.subjectId)],
);

export const ledgerPostings = pgTable(
  "ledger_postings",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    transferId: uuid()
      .notNull()
      .references(() => ledgerTransfers.id),
    accountId: uuid()
      .notNull()
      .references(() => ledgerAccounts.id),
    amount: money().notNull(),
    currency: text().notNull(),
    createdAt: at().notNull(),
  },
  (t) => [
    index("ledger_postings_account").on(t.accountId, t.id),
    index("ledger_postings_transfer").on(t.transferId),
    check("ledger_postings_nonzero", sql`${t.amount} <> 0 AND ${t.amount} BETWEEN -${MAX} AND ${MAX}`),
  ],
);

/** Money a company adds through the provider; pending until the provider settles it (ACH) or at once (wire). */
export const fundings = pgTable(
  "fundings",
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    amount: money().notNull(),
    currency: text().notNull(),
    method: fundingMethod().notNull(),
    status: fundingStatus().notNull(),
    provider: text().notNull(),
    failureReason: text(),
    /** The bank's reference of a transfer a staff admin recorded. */
    reference: text(),
    settlesAt: at(),
    settledAt: at(),
    createdBy: uuid().references(() => users.id),
    createdAt: at().notNull(),
  },
  (t) => [
    index("fundings_company").on(t.companyId, t.createdAt),
    check("fundings_amount", sql`${t.amount} > 0 AND ${t.amount} <= ${MAX}`),
  ],
);

/** What a company owes a worker for approved work (or a cancellation fee), plus the platform fee it was shown. */
export const invoices = pgTable(
  "invoices",
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: invoiceKind().notNull(),
    status: invoiceStatus().notNull(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    workerId: uuid()
      .notNull()
      .references(() => users.id),
    assignmentId: uuid()
      .notNull()
      .references(() => assignments.id),
    currency: text().notNull(),
    amount: money().notNull(),
    fee: money().notNull(),
    feeBasisPoints: integer().notNull(),
    total: money().notNull(),
    paymentTermsDays: integer().notNull(),
    issuedAt: at().notNull(),
    dueAt: at().notNull(),
    paidAt: at(),
    paidBy: uuid().references(() => users.id),
  },
  (t) => [
    // One invoice per assignment and kind: the job that opens it may run twice, the second finds the first.
    unique("invoices_assignment_kind").on(t.assignmentId, t.kind),
    index("invoices_company").on(t.companyId, t.status, t.dueAt),
    index("invoices_worker").on(t.workerId, t.issuedAt),
    check("invoices_amounts", sql`${t.amount} >= 0 AND ${t.fee} >= 0 AND ${t.total} = ${t.amount} + ${t.fee}`),
    check("invoices_total", sql`${t.total} <= ${MAX}`),
  ],
);

/**
 * A worker's bank account for payouts (issue 11, item 7), verified by two micro-deposits the worker confirms. The
 * full account number goes to the provider and never into this table: only its last 4 digits (to tell accounts
 * apart) and the provider's token. The deposit amounts are kept here, server-side, and never answered by the API.
 */
export const payoutAccounts = pgTable(
  "payout_accounts",
  {
    id: uuid().primaryKey().defaultRandom(),
    workerId: uuid()
      .notNull()
      .references(() => users.id),
    status: payoutAccountStatus().notNull(),
    holderName: text().notNull(),
    routingNumber: text().notNull(),
    accountLast4: text().notNull(),
    provider: text().notNull(),
    providerToken: text().notNull(),
    depositOne: smallint().notNull(),
    depositTwo: smallint().notNull(),
    failedAttempts: smallint().notNull().default(0),
    verifiedAt: at(),
    removedAt: at(),
    createdAt: at().notNull(),
  },
  (t) => [
    index("payout_accounts_worker").on(t.workerId, t.createdAt),
    check("payout_accounts_deposits", sql`${t.depositOne} BETWEEN 1 AND 99 AND ${t.depositTwo} BETWEEN 1 AND 99`),
  ],
);

/** A worker's withdrawal to their bank account through the provider; in transit until it settles or fails. */
export const payouts = pgTable(
  "payouts",
  {
    id: uuid().primaryKey().defaultRandom(),
    workerId: uuid()
      .notNull()
      .references(() => users.id),
    amount: money().notNull(),
    currency: text().notNull(),
    status: payoutStatus().notNull(),
    /** The verified account it was sent to; null for payouts made before accounts were verified (issue 11). */
    payoutAccountId: uuid().references(() => payoutAccounts.id),
    provider: text().notNull(),
    failureReason: text(),
    settlesAt: at(),
    settledAt: at(),
    createdAt: at().notNull(),
  },
  (t) => [
    index("payouts_worker").on(t.workerId, t.createdAt),
    check("payouts_amount", sql`${t.amount} > 0 AND ${t.amount} <= ${MAX}`),
  ],
);

/**
 * Auto-pay paused for one assignment's invoices while an escalation case is open (issue 15, item 2): the escalations
 * domain (above this one) holds and releases it through hooks.ts. Keyed by assignment, not invoice, because a case
 * may open before approval opens the invoice. Paying by hand still works.
 */
export const autoPayHolds = pgTable("auto_pay_holds", {
  assignmentId: uuid()
    .primaryKey()
    .references(() => assignments.id),
  reason: text().notNull(),
  heldAt: at().notNull(),
});
