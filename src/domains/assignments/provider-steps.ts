/**
 * What domains above assignments provide to its views, as readers they bring when their index.ts loads (like
 * addStepCheck in hooks.ts); without them the views carry null or false. Kept apart from scope.ts, which reads them.
 */
import type { Executor } from "#platform/db";
import type { AssignmentInvoice } from "#shared/assignment-invoice";
import type { ScorecardSummary } from "#shared/scorecard-summary";
import type { AssignmentRow } from "./scope";

/**
 * The compact Company Scorecard every assignment view and inbox item carries (issue 14 item 3). The ratings domain
 * keeps scorecards and sits above assignments, so it provides the reader here.
 */
export type CompanySummary = (tx: Executor, companyId: string, now: Date) => Promise<ScorecardSummary>;
let companySummary: CompanySummary | null = null;

export function provideCompanySummary(reader: CompanySummary): void {
  companySummary = reader;
}

export function companySummaryOf(tx: Executor, companyId: string, now: Date): Promise<ScorecardSummary | null> {
  return companySummary ? companySummary(tx, companyId, now) : Promise.resolve(null);
}

/**
 * Whether the assignment's money is secured (issue 11 item 2), a fact the payments domain keeps and the assignment
 * view shows the worker ("Funds secured").
 */
export type FundsSecuredReader = (tx: Executor, row: AssignmentRow) => Promise<boolean>;
let fundsReader: FundsSecuredReader | null = null;

export function provideFundsSecured(provided: FundsSecuredReader): void {
  fundsReader = provided;
}

export function fundsSecuredOf(tx: Executor, row: AssignmentRow): Promise<boolean> {
  return fundsReader ? fundsReader(tx, row) : Promise.resolve(false);
}

/** The assignment's invoice (issue 11: the view carries it), kept by the payments domain above this one. */
export type AssignmentInvoiceReader = (
  tx: Executor,
  row: AssignmentRow,
  now: Date,
) => Promise<AssignmentInvoice | null>;
let invoiceReader: AssignmentInvoiceReader | null = null;

export function provideAssignmentInvoice(provided: AssignmentInvoiceReader): void {
  invoiceReader = provided;
}

export function invoiceOf(tx: Executor, row: AssignmentRow, now: Date): Promise<AssignmentInvoice | null> {
  return invoiceReader ? invoiceReader(tx, row, now) : Promise.resolve(null);
}
