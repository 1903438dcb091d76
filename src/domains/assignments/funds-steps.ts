/**
 * Whether the assignment's money is secured (issue 11 item 2), a fact the payments domain keeps and the assignment
 * view shows the worker ("Funds secured"). Payments sits above and provides the reader when its index.ts loads, like
 * provideCompanySummary (scope.ts); without it every view says false.
 */
import type { Executor } from "#platform/db";
import type { AssignmentRow } from "./scope";

export type FundsSecuredReader = (tx: Executor, row: AssignmentRow) => Promise<boolean>;
let reader: FundsSecuredReader | null = null;

export function provideFundsSecured(provided: FundsSecuredReader): void {
  reader = provided;
}

export function fundsSecuredOf(tx: Executor, row: AssignmentRow): Promise<boolean> {
  return reader ? reader(tx, row) : Promise.resolve(false);
}
