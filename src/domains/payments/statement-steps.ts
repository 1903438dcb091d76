/**
 * Monthly statements per company (issue 11, item 8), computed from the ledger and nothing else: the company's funds
 * are its `available` and `committed` accounts (money it holds on Worklane; moving between them is not spending),
 * and every figure is a sum of postings on them, so a statement can never disagree with the balance. The fee of an
 * invoice paid is read from the same transfer's fee-revenue postings. Invoices listed are those issued during the
 * month (the record people recognise), not a second source of the amounts.
 */
import { and, asc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { companies, users } from "#domains/accounts/tables";
import { assignments } from "#domains/assignments/tables";
import type { Executor } from "#platform/db";
import { type Currency, currencies } from "#shared/money";
import { Problem } from "#shared/problems";
import { providerInfo } from "./sandbox-provider";
import { monthOf, monthRange, monthsBetween } from "./statement-months";
import { invoices, ledgerAccounts, ledgerPostings, ledgerTransfers } from "./tables";
import type { Statement, StatementMonths, StatementTotals } from "./views";

const fundKinds = ["available", "committed"] as const;
const companyFunds = (companyId: string) =>
  and(
    eq(ledgerAccounts.ownerType, "company"),
    eq(ledgerAccounts.ownerId, companyId),
    inArray(ledgerAccounts.kind, [...fundKinds]),
  );

const monthView = (month: string, now: Date) => {
  const { from, to } = monthRange(month);
  return { month, from: from.toISOString(), to: to.toISOString(), current: month === monthOf(now) };
};

/** The months with a statement: from the company's first ledger entry (or now) to the current month, newest first. */
export async function statementMonths(db: Executor, companyId: string, now: Date): Promise<StatementMonths> {
  const [first] = await db
    .select({ at: sql<Date | null>`MIN(${ledgerPostings.createdAt})` })
    .from(ledgerPostings)
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerPostings.accountId))
    .where(and(eq(ledgerAccounts.ownerType, "company"), eq(ledgerAccounts.ownerId, companyId)));
  const start = first?.at ? monthOf(new Date(first.at)) : monthOf(now);
  return { items: monthsBetween(start, monthOf(now)).map((month) => monthView(month, now)) };
}

type Kind = "funding" | "invoicesPaid" | "refundsAndSettlements";
const kindOf = (reason: string): Kind =>
  reason.startsWith("funding.") ? "funding" : reason === "invoice.paid" ? "invoicesPaid" : "refundsAndSettlements";

/** One month's statement; 404 for a month that has not begun (its figures would be made up). */
export async function statementFor(db: Executor, companyId: string, month: string, now: Date): Promise<Statement> {
  const { from, to } = monthRange(month);
  if (from > now) {
    throw new Problem("not_found", `There is no statement for ${month} yet: the month has not begun (months are UTC).`);
  }
  const [company] = await db
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(eq(companies.id, companyId));
  if (!company) {
    throw new Problem("not_found", "No company with this id is visible to you.");
  }
  const opening = await db
    .select({ currency: ledgerPostings.currency, sum: sql<string>`SUM(${ledgerPostings.amount})` })
    .from(ledgerPostings)
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerPostings.accountId))
    .where(and(companyFunds(companyId), lt(ledgerPostings.createdAt, from)))
    .groupBy(ledgerPostings.currency);
  // The month's movements, one line per transfer (a transfer between available and committed nets to zero).
  const moved = await db
    .select({
      transferId: ledgerTransfers.id,
      at: ledgerTransfers.createdAt,
      reason: ledgerTransfers.reason,
      subjectType: ledgerTransfers.subjectType,
      subjectId: ledgerTransfers.subjectId,
      currency: ledgerPostings.currency,
      amount: sql<string>`SUM(${ledgerPostings.amount})`,
      fee: sql<string>`(SELECT COALESCE(SUM(fp.amount), 0) FROM ${ledgerPostings} fp
        JOIN ${ledgerAccounts} fa ON fa.id = fp.account_id AND fa.kind = 'fee_revenue'
        WHERE fp.transfer_id = ${ledgerTransfers.id})`,
    })
    .from(ledgerPostings)
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerPostings.accountId))
    .innerJoin(ledgerTransfers, eq(ledgerTransfers.id, ledgerPostings.transferId))
    .where(and(companyFunds(companyId), gte(ledgerPostings.createdAt, from), lt(ledgerPostings.createdAt, to)))
    .groupBy(ledgerTransfers.id, ledgerPostings.currency)
    .orderBy(asc(ledgerTransfers.createdAt), asc(ledgerTransfers.id));
  const totals = new Map<string, StatementTotals>();
  const totalsOf = (currency: string) => {
    const found = totals.get(currency);
    if (found) {
      return found;
    }
    const fresh: StatementTotals = {
      currency: currency as Currency,
      opening: 0,
      funding: 0,
      invoicesPaid: 0,
      fees: 0,
      refundsAndSettlements: 0,
      closing: 0,
    };
    totals.set(currency, fresh);
    return fresh;
  };
  for (const row of opening) {
    totalsOf(row.currency).opening = Number(row.sum);
  }
  for (const row of moved) {
    const line = totalsOf(row.currency);
    const kind = kindOf(row.reason);
    if (kind === "invoicesPaid") {
      // The company paid amount + fee in one posting; the fee is what the platform's fee accounts received.
      const fee = Number(row.fee);
      line.fees -= fee;
      line.invoicesPaid += Number(row.amount) + fee;
    } else {
      line[kind] += Number(row.amount);
    }
  }
  for (const line of totals.values()) {
    line.closing = line.opening + line.funding + line.invoicesPaid + line.fees + line.refundsAndSettlements;
  }
  const issued = await db
    .select({ invoice: invoices, title: assignments.title, workerName: users.name })
    .from(invoices)
    .innerJoin(assignments, eq(assignments.id, invoices.assignmentId))
    .innerJoin(users, eq(users.id, invoices.workerId))
    .where(and(eq(invoices.companyId, companyId), gte(invoices.issuedAt, from), lt(invoices.issuedAt, to)))
    .orderBy(asc(invoices.issuedAt), asc(invoices.id));
  const order = Object.keys(currencies);
  return {
    ...monthView(month, now),
    company,
    totals: [...totals.values()]
      .filter((t) => Object.values(t).some((v) => v !== 0 && typeof v === "number"))
      .sort((a, b) => order.indexOf(a.currency) - order.indexOf(b.currency)),
    invoices: issued.map(({ invoice, title, workerName }) => ({
      id: invoice.id,
      assignment: { id: invoice.assignmentId, title },
      worker: { id: invoice.workerId, name: workerName },
      status: invoice.status,
      currency: invoice.currency as Currency,
      amount: invoice.amount,
      fee: invoice.fee,
      total: invoice.total,
      issuedAt: invoice.issuedAt.toISOString(),
      dueAt: invoice.dueAt.toISOString(),
      paidAt: invoice.paidAt?.toISOString() ?? null,
    })),
    payments: moved
      .filter((row) => Number(row.amount) !== 0)
      .map((row) => ({
        at: new Date(row.at).toISOString(),
        reason: row.reason,
        subject: { type: row.subjectType, id: row.subjectId },
        currency: row.currency as Currency,
        amount: Number(row.amount),
      })),
    provider: providerInfo(),
  };
}
