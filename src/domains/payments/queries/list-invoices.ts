import { eq, type SQL, sql } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { decodeCursor, toPage } from "#platform/pagination";
import type { InvoiceQuery } from "../contract";
import { invoiceViews } from "../scope";
import { invoices } from "../tables";
import type { InvoiceList } from "../views";

/** Which invoices a status filter means; `past_due` is open after its due date, never a stored status. */
function statusFilter(query: InvoiceQuery, now: Date): SQL {
  switch (query.status) {
    case undefined:
      return sql`true`;
    case "past_due":
      return sql`${invoices.status} = 'open' AND ${invoices.dueAt} < ${now}`;
    case "open":
      return sql`${invoices.status} = 'open' AND ${invoices.dueAt} >= ${now}`;
    default:
      return eq(invoices.status, query.status);
  }
}

/** The caller's invoices: a company's payables, or a worker's earnings, newest first (scope.ts decides which). */
export async function listInvoices(ctx: Ctx, query: InvoiceQuery): Promise<InvoiceList> {
  const after = decodeCursor(query.cursor);
  const conditions = [statusFilter(query, ctx.now)];
  if (query.assignmentId) {
    conditions.push(eq(invoices.assignmentId, query.assignmentId));
  }
  if (after) {
    conditions.push(
      sql`(${invoices.issuedAt}, ${invoices.id}) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`,
    );
  }
  const rows = await invoiceViews(ctx.db, ctx, sql.join(conditions, sql` AND `), query.limit + 1);
  return toPage(rows, query.limit, (row) => [row.issuedAt, row.id]);
}
