/**
 * Who sees and may act on payments records: the tenancy scope (a company sees its own invoices and fundings, a worker
 * only their own earnings), the invoice row lock every invoice action starts with, and the view every read and action
 * answers with, so they cannot disagree about what a party sees.
 */

import { eq, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { companies, users } from "#domains/accounts/tables";
import { assignments } from "#domains/assignments/tables";
import type { Actor, Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { decodeCursor, toPage } from "#platform/pagination";
import type { AssignmentInvoice } from "#shared/assignment-invoice";
import { Currency } from "#shared/money";
import { Problem } from "#shared/problems";
import type { InvoiceQuery } from "./contract";
import { daysLate } from "./fees";
import { type InvoiceAction, invoiceActionsFor, type Party, partyOf } from "./lifecycle";
import { providerInfo } from "./sandbox-provider";
import { autoPayHolds, type fundings, invoices, type payouts } from "./tables";
import type { FundingView, InvoiceList, InvoiceView, PayoutView } from "./views";

export type InvoiceRow = typeof invoices.$inferSelect;

export const invoiceNotFound = () =>
  new Problem("not_found", "No invoice with this id is visible to you.", { subjectType: "invoice" });

/** The company members see its invoices; a worker sees the invoices that pay them; the system sees all. */
export function invoicesVisibleTo(actor: Actor): SQL {
  if (actor.kind === "system") {
    return sql`true`;
  }
  if (actor.kind !== "user") {
    return sql`false`;
  }
  if (actor.accountType === "client" && actor.companyId) {
    return eq(invoices.companyId, actor.companyId);
  }
  return actor.accountType === "worker" ? eq(invoices.workerId, actor.userId) : sql`false`;
}

/** The caller as the owner of balances: their company, or themselves as a worker; staff own none. */
export function ownerOf(actor: Actor): { type: "company" | "worker"; id: string } {
  if (actor.kind === "user" && actor.accountType === "client" && actor.companyId) {
    return { type: "company", id: actor.companyId };
  }
  if (actor.kind === "user" && actor.accountType === "worker") {
    return { type: "worker", id: actor.userId };
  }
  throw new Problem("forbidden", "Balances belong to client companies and workers; staff have none.");
}

export interface LockedInvoice {
  row: InvoiceRow;
  party: Party | null;
}

/** SELECT … FOR UPDATE inside the caller's scope: 404 when the invoice is not theirs to see. */
export async function lockInvoice(tx: Executor, actor: Actor, id: string): Promise<LockedInvoice> {
  const [row] = await tx
    .select()
    .from(invoices)
    .where(sql`${invoices.id} = ${id} AND ${invoicesVisibleTo(actor)}`)
    .for("update");
  if (!row) {
    throw invoiceNotFound();
  }
  return { row, party: partyOf(actor, row) };
}

const at = (date: Date | null) => date?.toISOString() ?? null;

/** The invoices as this actor sees them, with the names they show and what the actor may do now. */
export async function invoiceViews(tx: Executor, ctx: Pick<Ctx, "actor" | "now">, where: SQL, limit?: number) {
  const query = tx
    .select({
      invoice: invoices,
      title: assignments.title,
      companyName: companies.name,
      workerName: users.name,
      held: sql<boolean>`EXISTS (SELECT 1 FROM ${autoPayHolds} WHERE ${autoPayHolds.assignmentId} = ${invoices.assignmentId})`,
    })
    .from(invoices)
    .innerJoin(assignments, eq(assignments.id, invoices.assignmentId))
    .innerJoin(companies, eq(companies.id, invoices.companyId))
    .innerJoin(users, eq(users.id, invoices.workerId))
    .where(sql`${where} AND ${invoicesVisibleTo(ctx.actor)}`)
    .orderBy(sql`${invoices.issuedAt} DESC, ${invoices.id} DESC`);
  const rows = limit ? await query.limit(limit) : await query;
  return rows.map(({ invoice, title, companyName, workerName, held }): InvoiceView => {
    const open = invoice.status === "open";
    const late = open ? daysLate(invoice.dueAt, ctx.now) : 0;
    return {
      id: invoice.id,
      kind: invoice.kind,
      status: invoice.status,
      pastDue: open && invoice.dueAt < ctx.now,
      daysLate: late,
      assignment: { id: invoice.assignmentId, title },
      company: { id: invoice.companyId, name: companyName },
      worker: { id: invoice.workerId, name: workerName },
      currency: Currency.parse(invoice.currency),
      amount: invoice.amount,
      fee: invoice.fee,
      feeBasisPoints: invoice.feeBasisPoints,
      total: invoice.total,
      paymentTermsDays: invoice.paymentTermsDays,
      issuedAt: invoice.issuedAt.toISOString(),
      dueAt: invoice.dueAt.toISOString(),
      paidAt: at(invoice.paidAt),
      // Paid by the system (the job queue), not a person: payLockedInvoice records no payer then.
      autoPaid: invoice.status === "paid" && invoice.paidBy === null,
      autoPayHeld: Boolean(held),
      actions: invoiceActionsFor(invoice, partyOf(ctx.actor, invoice)) as InvoiceAction[],
    };
  });
}

export async function invoiceView(tx: Executor, ctx: Pick<Ctx, "actor" | "now">, id: string): Promise<InvoiceView> {
  const [view] = await invoiceViews(tx, ctx, eq(invoices.id, id), 1);
  if (!view) {
    throw invoiceNotFound();
  }
  return view;
}

export function fundingView(row: typeof fundings.$inferSelect): FundingView {
  return {
    id: row.id,
    amount: row.amount,
    currency: Currency.parse(row.currency),
    method: row.method,
    status: row.status,
    failureReason: row.failureReason,
    reference: row.reference,
    settlesAt: at(row.settlesAt),
    settledAt: at(row.settledAt),
    createdAt: row.createdAt.toISOString(),
    // A recorded bank transfer is real money seen arriving, not the sandbox's.
    provider: row.method === "recorded" ? { name: "bank", testMode: false } : providerInfo(),
  };
}

/** `last4`: the account it went to (payout-account-steps.ts masks it the same way everywhere). */
export function payoutView(row: typeof payouts.$inferSelect, last4: string | null): PayoutView {
  return {
    id: row.id,
    payoutAccount:
      row.payoutAccountId && last4 ? { id: row.payoutAccountId, accountNumberMasked: `••••${last4}` } : null,
    amount: row.amount,
    currency: Currency.parse(row.currency),
    status: row.status,
    failureReason: row.failureReason,
    settlesAt: at(row.settlesAt),
    settledAt: at(row.settledAt),
    createdAt: row.createdAt.toISOString(),
    provider: providerInfo(),
  };
}

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

/** The caller's invoices: a company's payables, or a worker's earnings, newest first; the list and the export. */
export async function selectInvoices(
  ctx: Pick<Ctx, "db" | "actor" | "now">,
  query: InvoiceQuery,
): Promise<InvoiceList> {
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

/**
 * The invoice an assignment view carries (issue 11's fixed shape), provided to assignments (index.ts) as one scalar
 * JSON expression its view statement reads: the work's invoice, or a cancelled assignment's fee invoice (an assignment
 * has at most one of either). Assignments decides who sees it (the company and the assigned worker).
 */
export const assignmentInvoiceReader = {
  sql: (row: {
    id: string | SQLWrapper;
  }) => sql`(SELECT json_build_object('id', ${invoices.id}, 'kind', ${invoices.kind},
    'status', ${invoices.status}, 'currency', ${invoices.currency}, 'amount', ${invoices.amount}, 'fee', ${invoices.fee},
    'total', ${invoices.total}, 'dueAt', ${invoices.dueAt}, 'paidAt', ${invoices.paidAt},
    'autoPaid', ${invoices.status} = 'paid' AND ${invoices.paidBy} IS NULL)
    FROM ${invoices} WHERE ${invoices.assignmentId} = ${row.id} ORDER BY ${invoices.issuedAt} DESC LIMIT 1)`,
  /** JSON carries the timestamps as text with their offset; the view answers them as ISO instants in UTC. */
  decode(value: unknown, now: Date): AssignmentInvoice | null {
    const raw = (typeof value === "string" ? JSON.parse(value) : value) as Record<string, unknown>;
    const dueAt = new Date(String(raw.dueAt));
    const open = raw.status === "open";
    return {
      id: String(raw.id),
      kind: raw.kind as AssignmentInvoice["kind"],
      status: raw.status as AssignmentInvoice["status"],
      pastDue: open && dueAt < now,
      daysLate: open ? daysLate(dueAt, now) : 0,
      currency: Currency.parse(raw.currency),
      amount: Number(raw.amount),
      fee: Number(raw.fee),
      total: Number(raw.total),
      dueAt: dueAt.toISOString(),
      paidAt: raw.paidAt ? new Date(String(raw.paidAt)).toISOString() : null,
      // Paid by the system (the job queue), not a person, as on the invoice itself (invoiceViews).
      autoPaid: raw.autoPaid === true,
    };
  },
};
