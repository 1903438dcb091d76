/**
 * What domains above assignments provide to its views, as readers they bring when their index.ts loads (like
 * addStepCheck in hooks.ts); without them the views carry null or false. Kept apart from scope.ts, which reads them.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "#platform/db";
import type { BatchRead } from "#platform/select-batch";
import type { AssignmentInvoice } from "#shared/assignment-invoice";
import type { ScorecardSummary } from "#shared/scorecard-summary";
import type { AssignmentRow } from "./scope";

/**
 * The compact Company Scorecard every assignment view and inbox item carries (issue 14 item 3). The ratings domain
 * keeps scorecards and sits above assignments, so it provides the reader here.
 */
export type CompanySummary = (tx: Executor, companyId: string, now: Date) => BatchRead<ScorecardSummary>;
let companySummary: CompanySummary | null = null;

export function provideCompanySummary(reader: CompanySummary): void {
  companySummary = reader;
}

/** The summary's statement and decoder, for a view's batch (issue 10); null without the ratings domain. */
export function companySummaryRead(tx: Executor, companyId: string, now: Date) {
  return companySummary ? companySummary(tx, companyId, now) : null;
}

export async function companySummaryOf(tx: Executor, companyId: string, now: Date): Promise<ScorecardSummary | null> {
  const read = companySummaryRead(tx, companyId, now);
  return read ? read.decode(await read.query) : null;
}

/**
 * Whether the assignment's money is secured (issue 11 item 2), a fact the payments domain keeps and the assignment
 * view shows the worker ("Funds secured").
 */
export type FundsSecuredReader = (row: AssignmentRow) => SQL<boolean>;
let fundsReader: FundsSecuredReader | null = null;

export function provideFundsSecured(provided: FundsSecuredReader): void {
  fundsReader = provided;
}

/** A scalar SQL expression (the view reads it in its one statement, issue 10). */
export function fundsSecuredSql(row: AssignmentRow): SQL<boolean> {
  return fundsReader ? fundsReader(row) : sql<boolean>`false`;
}

/**
 * The assignment's invoice (issue 11: the view carries it), kept by the payments domain above this one: a scalar SQL
 * expression (a JSON object, or NULL) the view reads in its one statement, and how payments decodes it.
 */
export interface AssignmentInvoiceReader {
  sql(row: AssignmentRow): SQL<unknown>;
  decode(value: unknown, now: Date): AssignmentInvoice | null;
}
let invoiceReader: AssignmentInvoiceReader | null = null;

export function provideAssignmentInvoice(provided: AssignmentInvoiceReader): void {
  invoiceReader = provided;
}

export function invoiceSql(row: AssignmentRow): SQL<unknown> {
  return invoiceReader ? invoiceReader.sql(row) : sql`NULL`;
}

export function decodeInvoice(value: unknown, now: Date): AssignmentInvoice | null {
  return invoiceReader && value ? invoiceReader.decode(value, now) : null;
}
