import { stringify } from "csv-stringify/sync";
import type { Ctx } from "#platform/context";
import type { Currency } from "#shared/money";
import { labelsOf } from "../labels";
import { selectAssignments } from "../list-steps";
import { describePricing } from "../pricing";
import { pricingOf } from "../schedule";
import type { AssignmentQuery } from "../views";

const formulaStart = /^[=+\-@\t\r]/;
/** A cell a spreadsheet would run as a formula is prefixed with a quote (OWASP CSV injection). */
const cell = (value: string) => (formulaStart.test(value) ? `'${value}` : value);
export const EXPORT_LIMIT = 10_000;

/** The filtered list as CSV (first 10 000 rows), amounts in minor units beside their currency. */
export async function exportAssignmentsCsv(ctx: Ctx, query: AssignmentQuery): Promise<string> {
  const { rows } = await selectAssignments(ctx, { ...query, cursor: undefined }, EXPORT_LIMIT - 1);
  const records = rows.map(({ row, workerName }) => [
    row.id,
    cell(row.title),
    row.status,
    labelsOf({ ...row, now: ctx.now }).join(" "),
    cell(row.city ?? ""),
    row.startsAt?.toISOString() ?? "",
    row.endsAt?.toISOString() ?? "",
    row.timeZone,
    cell(describePricing(pricingOf(row), row.currency as Currency)),
    String(row.maximumSpend + row.extraBudget),
    row.currency,
    cell(workerName ?? ""),
    row.createdAt.toISOString(),
  ]);
  return stringify(records, { header: true, columns: csvColumns });
}

const csvColumns = [
  "id",
  "title",
  "status",
  "labels",
  "city",
  "starts_at",
  "ends_at",
  "time_zone",
  "pricing",
  "maximum_spend_minor_units",
  "currency",
  "assigned_worker",
  "created_at",
];
