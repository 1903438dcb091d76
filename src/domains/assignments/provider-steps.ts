/**
 * What domains above assignments provide to its views, as readers they bring when their index.ts loads (like
 * addStepCheck in hooks.ts); without them the views carry null or false. Kept apart from scope.ts, which reads them.
 */
import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Executor } from "#platform/db";
import { type BatchRead, batchRead, type RawSelect } from "#platform/select-batch";
import type { AssignmentInvoice } from "#shared/assignment-invoice";
import type { ScorecardSummary } from "#shared/scorecard-summary";

/**
 * A value, or a prepared statement's placeholder for one (platform/prepared.ts): the readers' statements take either,
 * so the assignment view builds them once and fills in each assignment's values.
 */
export type Arg = string | SQLWrapper;

/** What the company summary's statement reads: the company and its 90-day window at `now`. */
export interface SummaryArgs<T = Arg> {
  companyId: T;
  day: T;
  since: T;
  now: T;
}

/**
 * The compact Company Scorecard every assignment view and inbox item carries (issue 14 item 3). The ratings domain
 * keeps scorecards and sits above assignments, so it provides the reader here.
 */
export interface CompanySummaryReader {
  /** The window's bounds at `now`, as the statement's arguments. */
  window(now: Date): Omit<SummaryArgs<string>, "companyId">;
  query(db: Executor, args: SummaryArgs): RawSelect<unknown>;
  decode(rows: unknown[], companyId: string): ScorecardSummary;
}
let companySummary: CompanySummaryReader | null = null;

export function provideCompanySummary(reader: CompanySummaryReader): void {
  companySummary = reader;
}

/** The reader itself, for the view's statement built once (null without the ratings domain). */
export const companySummaryReader = () => companySummary;

/** The summary's statement and decoder with one company's values; null without the ratings domain. */
export function companySummaryRead(tx: Executor, companyId: string, now: Date): BatchRead<ScorecardSummary> | null {
  const reader = companySummary;
  if (!reader) {
    return null;
  }
  return batchRead(reader.query(tx, { companyId, ...reader.window(now) }), (rows) => reader.decode(rows, companyId));
}

export async function companySummaryOf(tx: Executor, companyId: string, now: Date): Promise<ScorecardSummary | null> {
  const read = companySummaryRead(tx, companyId, now);
  return read ? read.decode(await read.query) : null;
}

/**
 * Whether the assignment's money is secured (issue 11 item 2), a fact the payments domain keeps and the assignment
 * view shows the worker ("Funds secured").
 */
export type FundsSecuredReader = (args: { id: Arg; companyId: Arg; status: Arg }) => SQL<boolean>;
let fundsReader: FundsSecuredReader | null = null;

export function provideFundsSecured(provided: FundsSecuredReader): void {
  fundsReader = provided;
}

/** A scalar SQL expression (the view reads it in its one statement, issue 10). */
export function fundsSecuredSql(args: { id: Arg; companyId: Arg; status: Arg }): SQL<boolean> {
  return fundsReader ? fundsReader(args) : sql<boolean>`false`;
}

/**
 * The assignment's invoice (issue 11: the view carries it), kept by the payments domain above this one: a scalar SQL
 * expression (a JSON object, or NULL) the view reads in its one statement, and how payments decodes it.
 */
export interface AssignmentInvoiceReader {
  sql(args: { id: Arg }): SQL<unknown>;
  decode(value: unknown, now: Date): AssignmentInvoice | null;
}
let invoiceReader: AssignmentInvoiceReader | null = null;

export function provideAssignmentInvoice(provided: AssignmentInvoiceReader): void {
  invoiceReader = provided;
}

export function invoiceSql(args: { id: Arg }): SQL<unknown> {
  return invoiceReader ? invoiceReader.sql(args) : sql`NULL`;
}

export function decodeInvoice(value: unknown, now: Date): AssignmentInvoice | null {
  return invoiceReader && value ? invoiceReader.decode(value, now) : null;
}

/**
 * Whether the company has an open invoice past its due date, read with the assignment's lock (issue 10): payments'
 * send rule reads the company's standing in full only when this says it might be locked, which it never is without.
 */
export type PastDueReader = (args: { companyId: Arg; now: Arg }) => SQL<boolean>;
let pastDueReader: PastDueReader | null = null;

export function providePastDue(provided: PastDueReader): void {
  pastDueReader = provided;
}

export function pastDueSql(args: { companyId: Arg; now: Arg }): SQL<boolean> {
  return pastDueReader ? pastDueReader(args) : sql<boolean>`false`;
}
