/**
 * The money of one assignment as the escalations team reads it on a case page (issue 15 item 3): its invoices and
 * every ledger transfer about the assignment or its invoices, with their postings. Read-only; escalations sits above
 * payments and calls this through index.ts rather than reading the ledger tables itself.
 */
import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { Executor } from "#platform/db";
import { invoices, ledgerAccounts, ledgerPostings, ledgerTransfers } from "./tables";

export interface AssignmentMoney {
  invoices: {
    id: string;
    kind: string;
    status: string;
    currency: string;
    amount: number;
    fee: number;
    total: number;
    issuedAt: Date;
    dueAt: Date;
    paidAt: Date | null;
  }[];
  transfers: {
    id: string;
    reason: string;
    currency: string;
    createdAt: Date;
    postings: { account: string; amount: number }[];
  }[];
}

export async function assignmentMoney(tx: Executor, assignmentId: string): Promise<AssignmentMoney> {
  const invoiceRows = await tx
    .select()
    .from(invoices)
    .where(eq(invoices.assignmentId, assignmentId))
    .orderBy(asc(invoices.issuedAt));
  const invoiceIds = invoiceRows.map((i) => i.id);
  const about = or(
    and(eq(ledgerTransfers.subjectType, "assignment"), eq(ledgerTransfers.subjectId, assignmentId)),
    invoiceIds.length > 0
      ? and(eq(ledgerTransfers.subjectType, "invoice"), inArray(ledgerTransfers.subjectId, invoiceIds))
      : undefined,
  );
  const transfers = await tx
    .select()
    .from(ledgerTransfers)
    .where(about)
    .orderBy(asc(ledgerTransfers.createdAt))
    .limit(100);
  const postings =
    transfers.length === 0
      ? []
      : await tx
          .select({
            transferId: ledgerPostings.transferId,
            amount: ledgerPostings.amount,
            ownerType: ledgerAccounts.ownerType,
            kind: ledgerAccounts.kind,
          })
          .from(ledgerPostings)
          .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerPostings.accountId))
          .where(
            inArray(
              ledgerPostings.transferId,
              transfers.map((t) => t.id),
            ),
          )
          .orderBy(asc(ledgerPostings.id));
  return {
    invoices: invoiceRows.map((i) => ({
      id: i.id,
      kind: i.kind,
      status: i.status,
      currency: i.currency,
      amount: i.amount,
      fee: i.fee,
      total: i.total,
      issuedAt: i.issuedAt,
      dueAt: i.dueAt,
      paidAt: i.paidAt,
    })),
    transfers: transfers.map((t) => ({
      id: t.id,
      reason: t.reason,
      currency: t.currency,
      createdAt: t.createdAt,
      postings: postings
        .filter((p) => p.transferId === t.id)
        .map((p) => ({ account: `${p.ownerType} ${p.kind}`, amount: p.amount })),
    })),
  };
}
