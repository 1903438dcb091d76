import { stringify } from "csv-stringify/sync";
import type { Ctx } from "#platform/context";
import type { InvoiceQuery } from "../contract";
import { selectInvoices } from "../scope";

const formulaStart = /^[=+\-@\t\r]/;
/** A cell a spreadsheet would run as a formula is prefixed with a quote (OWASP CSV injection). */
const cell = (value: string) => (formulaStart.test(value) ? `'${value}` : value);
const EXPORT_LIMIT = 10_000;

const columns = [
  "id",
  "kind",
  "status",
  "past_due",
  "days_late",
  "assignment_id",
  "assignment",
  "company",
  "worker",
  "currency",
  "amount_minor",
  "fee_minor",
  "total_minor",
  "issued_at",
  "due_at",
  "paid_at",
];

/**
 * The caller's invoices as CSV (issue 11, item 8): a company's payables or a worker's earnings, with the same status
 * filter as the list; amounts in minor units beside their currency, never formatted.
 */
export async function exportInvoicesCsv(ctx: Ctx, query: InvoiceQuery): Promise<string> {
  const page = await selectInvoices(ctx, { ...query, limit: EXPORT_LIMIT, cursor: undefined });
  const records = page.items.map((i) => [
    i.id,
    i.kind,
    i.status,
    String(i.pastDue),
    String(i.daysLate),
    i.assignment.id,
    cell(i.assignment.title),
    cell(i.company.name),
    cell(i.worker.name),
    i.currency,
    String(i.amount),
    String(i.fee),
    String(i.total),
    i.issuedAt,
    i.dueAt,
    i.paidAt ?? "",
  ]);
  return stringify(records, { header: true, columns });
}
