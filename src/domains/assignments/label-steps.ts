/**
 * Labels a domain above assignments computes (issue 13 item 1: messages' `question_open`). Assignments names them in
 * its contract but cannot read the tables that decide them, so the domain that can provides each label's rule as SQL
 * over the `assignments` row when its index.ts loads, like `provideCompanySummary`. The rule is evaluated in the
 * list's own statement (one column), in the label filter and for one assignment's view: computed, never stored, so
 * it cannot go stale and the lower domain keeps no counter for the higher one. Provided labels are the company's:
 * a worker's view never carries them.
 */
import { eq, type SQL, sql } from "drizzle-orm";
import type { Executor } from "#platform/db";
import { type ProvidedLabel, providedLabels } from "./labels";
import { assignments } from "./tables";

const rules = new Map<ProvidedLabel, SQL>();

/** `condition` is true for an assignment row when the label holds (e.g. a correlated EXISTS on the provider's table). */
export function provideLabel(label: ProvidedLabel, condition: SQL): void {
  rules.set(label, condition);
}

/** The label's rule for the list filter; without a provider the label never holds. */
export function providedCondition(label: ProvidedLabel): SQL {
  return rules.get(label) ?? sql`false`;
}

/**
 * One list column: the provided labels that hold for the row, as text[]. Built when a statement is built (after every
 * domain loaded), so the prepared hot-path statements carry it too.
 */
export function providedLabelsColumn(): SQL<ProvidedLabel[]> {
  const cases = providedLabels.map((label) => sql`CASE WHEN ${providedCondition(label)} THEN ${label} END`);
  return sql<ProvidedLabel[]>`array_remove(ARRAY[${sql.join(cases, sql`, `)}]::text[], NULL)`;
}

/** The provided labels of one assignment (its view, for the company's members). */
export async function providedLabelsOf(tx: Executor, id: string): Promise<ProvidedLabel[]> {
  const [row] = await tx.select({ labels: providedLabelsColumn() }).from(assignments).where(eq(assignments.id, id));
  return row?.labels ?? [];
}
