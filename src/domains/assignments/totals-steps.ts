import { sql } from "drizzle-orm";
import { shownAmount } from "./pricing";
import type { AssignmentRow } from "./scope";
import { assignmentTotals } from "./tables";

type Counted = Pick<AssignmentRow, "companyId" | "status" | "currency"> & Parameters<typeof shownAmount>[0];

/**
 * Moves an assignment between the company's totals (see `assignmentTotals`): a delta out of its old status and
 * currency, a delta into the new. Appended, never updated, so no two transactions wait on each other here. The
 * amount is the ceiling the list shows: the priced maximum plus accepted increases. Answers the INSERT unsent (null
 * when nothing moves): it rides in the event's statement (issue 10).
 */
export function totalsWrite(before: Counted | null, after: Counted | null) {
  const deltas = new Map<string, Counted & { count: number; amount: number }>();
  for (const [row, sign] of [
    [before, -1],
    [after, 1],
  ] as const) {
    if (row) {
      const key = `${row.companyId}|${row.status}|${row.currency}`;
      const delta = deltas.get(key) ?? { ...row, count: 0, maximumSpend: 0, amount: 0 };
      deltas.set(key, {
        ...delta,
        count: delta.count + sign,
        maximumSpend: delta.maximumSpend + sign * (row.maximumSpend + row.extraBudget),
        amount: delta.amount + sign * shownAmount(row),
      });
    }
  }
  const rows = [...deltas.values()].filter((d) => d.count !== 0 || d.maximumSpend !== 0 || d.amount !== 0);
  if (rows.length === 0) {
    return null;
  }
  // Flat SQL with one array per column: one text for any number of rows, and no insert builder to walk per action
  // (it rides in the event's statement, which builds its own part once: platform/history.ts).
  // sql.param: a bare array in a template would be spread into a list of values.
  const column = <K extends keyof (typeof rows)[number]>(key: K) => sql.param(rows.map((row) => String(row[key])));
  return sql`INSERT INTO ${assignmentTotals} (company_id, status, currency, count, maximum_spend, amount)
    SELECT c::uuid, s::assignment_status, cur, n::int, m::bigint, a::bigint
    FROM unnest(${column("companyId")}::text[], ${column("status")}::text[], ${column("currency")}::text[],
      ${column("count")}::text[], ${column("maximumSpend")}::text[], ${column("amount")}::text[]) AS t(c, s, cur, n, m, a)`;
}
