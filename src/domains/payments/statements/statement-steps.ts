/**
 * Monthly statements per company (issue 11, item 8), computed from the ledger and nothing else: the company's funds
 * are its `available` and `committed` accounts (money it holds on Worklane; moving between them is not spending),
 * and every figure is a sum of postings on them, so a statement can never disagree with the balance. The fee of an
 * invoice paid is read from the same transfer's fee-revenue postings. Invoices listed are those issued during the
 * month (the record people recognise), not a second source of the amounts.
 */
import { and, asc, eq, gte, inArray, lt, type SQL, sql } from "drizzle-orm";
import { companies, users } from "#domains/accounts/tables";
import { assignments } from "#domains/assignments/tables";
import type { Executor } from "#platform/db";
import { toPage } from "#platform/pagination";
import { type Currency, currencies } from "#shared/money";
import { Problem } from "#shared/problems";
import { type ListQuery, Month } from "../contract";
import { providerInfo } from "../sandbox-provider";
import { invoices, ledgerAccounts, ledgerPostings, ledgerTransfers } from "../tables";
import type {
  Statement,
  StatementEntry,
  StatementInvoice,
  StatementMonths,
  StatementPage,
  StatementTotals,
} from "../views";
import { cursorOf, isTime, isUuid } from "./cursor-keys";
import { monthOf, monthRange, monthsBetween } from "./statement-months";

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

/**
 * The months with a statement: from the company's first ledger entry (or now) to the current month, newest first, a
 * page at a time (the list grows by a month every month the company exists). The cursor is the last month shown.
 */
export async function statementMonths(
  db: Executor,
  companyId: string,
  now: Date,
  page: ListQuery,
): Promise<StatementMonths> {
  const after = cursorOf(page.cursor, ([month]) =>
    Month.safeParse(month).success ? ([month as string] as const) : null,
  );
  const [first] = await db
    .select({ at: sql<Date | null>`MIN(${ledgerPostings.createdAt})` })
    .from(ledgerPostings)
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerPostings.accountId))
    .where(and(eq(ledgerAccounts.ownerType, "company"), eq(ledgerAccounts.ownerId, companyId)));
  const start = first?.at ? monthOf(new Date(first.at)) : monthOf(now);
  const months = monthsBetween(start, monthOf(now)).filter((month) => !after || month < after[0]);
  const shown = toPage(months.slice(0, page.limit + 1), page.limit, (month) => [month]);
  return { items: shown.items.map((month) => monthView(month, now)), nextCursor: shown.nextCursor };
}

/** The month's range; 404 for a month that has not begun (its figures would be made up). */
function rangeOf(month: string, now: Date) {
  const range = monthRange(month);
  if (range.from > now) {
    throw new Problem("not_found", `There is no statement for ${month} yet: the month has not begun (months are UTC).`);
  }
  return range;
}

type Kind = "funding" | "invoicesPaid" | "refundsAndSettlements";
const kindSql = sql<Kind>`CASE WHEN ${ledgerTransfers.reason} LIKE 'funding.%' THEN 'funding'
  WHEN ${ledgerTransfers.reason} = 'invoice.paid' THEN 'invoicesPaid' ELSE 'refundsAndSettlements' END`;
/** What the platform's fee accounts received in the same transfer: the fee of an invoice paid. */
const feeSql = sql<string>`(SELECT COALESCE(SUM(fp.amount), 0) FROM ${ledgerPostings} fp
  JOIN ${ledgerAccounts} fa ON fa.id = fp.account_id AND fa.kind = 'fee_revenue'
  WHERE fp.transfer_id = ${ledgerTransfers.id})`;

/** The month's movements of the company's funds, one row per transfer and currency (a move between its two nets 0). */
function movedIn(db: Executor, companyId: string, from: Date, to: Date) {
  return db
    .select({
      currency: ledgerPostings.currency,
      kind: kindSql.as("kind"),
      amount: sql<string>`SUM(${ledgerPostings.amount})`.as("amount"),
      fee: feeSql.as("fee"),
    })
    .from(ledgerPostings)
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerPostings.accountId))
    .innerJoin(ledgerTransfers, eq(ledgerTransfers.id, ledgerPostings.transferId))
    .where(and(companyFunds(companyId), gte(ledgerPostings.createdAt, from), lt(ledgerPostings.createdAt, to)))
    .groupBy(ledgerTransfers.id, ledgerPostings.currency)
    .as("moved");
}

/** The totals per currency, summed in SQL: per transfer (for its fee), then per currency and kind. */
async function statementTotals(db: Executor, companyId: string, from: Date, to: Date): Promise<StatementTotals[]> {
  const opening = await db
    .select({ currency: ledgerPostings.currency, sum: sql<string>`SUM(${ledgerPostings.amount})` })
    .from(ledgerPostings)
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerPostings.accountId))
    .where(and(companyFunds(companyId), lt(ledgerPostings.createdAt, from)))
    .groupBy(ledgerPostings.currency);
  const moved = movedIn(db, companyId, from, to);
  const sums = await db
    .select({
      currency: moved.currency,
      kind: moved.kind,
      amount: sql<string>`SUM(${moved.amount})`,
      fee: sql<string>`SUM(${moved.fee})`,
    })
    .from(moved)
    .groupBy(moved.currency, moved.kind);
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
  for (const row of sums) {
    const line = totalsOf(row.currency);
    if (row.kind === "invoicesPaid") {
      // The company paid amount + fee in one posting; the fee is what the platform's fee accounts received.
      const fee = Number(row.fee);
      line.fees -= fee;
      line.invoicesPaid += Number(row.amount) + fee;
    } else {
      line[row.kind] += Number(row.amount);
    }
  }
  for (const line of totals.values()) {
    line.closing = line.opening + line.funding + line.invoicesPaid + line.fees + line.refundsAndSettlements;
  }
  const order = Object.keys(currencies);
  return [...totals.values()]
    .filter((t) => Object.values(t).some((v) => v !== 0 && typeof v === "number"))
    .sort((a, b) => order.indexOf(a.currency) - order.indexOf(b.currency));
}

/** One month's statement: the company, the totals per currency (the lines come a page at a time, below). */
export async function statementFor(db: Executor, companyId: string, month: string, now: Date): Promise<Statement> {
  const { from, to } = rangeOf(month, now);
  const [company] = await db
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(eq(companies.id, companyId));
  if (!company) {
    throw new Problem("not_found", "No company with this id is visible to you.");
  }
  return {
    ...monthView(month, now),
    company,
    totals: await statementTotals(db, companyId, from, to),
    provider: providerInfo(),
  };
}

/** The invoices issued during the month, oldest first; a page at a time, or all of them for the PDF (no `page`). */
export async function statementInvoices(
  db: Executor,
  companyId: string,
  month: string,
  now: Date,
  page?: ListQuery,
): Promise<StatementPage<StatementInvoice>> {
  const { from, to } = rangeOf(month, now);
  const after = cursorOf(page?.cursor, ([at, id]) => (isTime(at) && isUuid(id) ? ([at, id] as const) : null));
  const query = db
    .select({ invoice: invoices, title: assignments.title, workerName: users.name })
    .from(invoices)
    .innerJoin(assignments, eq(assignments.id, invoices.assignmentId))
    .innerJoin(users, eq(users.id, invoices.workerId))
    .where(
      and(
        eq(invoices.companyId, companyId),
        gte(invoices.issuedAt, from),
        lt(invoices.issuedAt, to),
        after ? sql`(${invoices.issuedAt}, ${invoices.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(invoices.issuedAt), asc(invoices.id));
  const rows = page ? await query.limit(page.limit + 1) : await query;
  const shown = toPage(rows, page?.limit ?? rows.length, ({ invoice }) => [invoice.issuedAt.toISOString(), invoice.id]);
  return {
    items: shown.items.map(({ invoice, title, workerName }) => ({
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
    nextCursor: shown.nextCursor,
  };
}

/**
 * Every movement of the company's funds during the month, oldest first, one line per transfer and currency (a move
 * between available and committed nets to zero and is left out); a page at a time, or all of them for the PDF.
 */
export async function statementEntries(
  db: Executor,
  companyId: string,
  month: string,
  now: Date,
  page?: ListQuery,
): Promise<StatementPage<StatementEntry>> {
  const { from, to } = rangeOf(month, now);
  const after = cursorOf(page?.cursor, ([at, id, currency]) =>
    isTime(at) && isUuid(id) && typeof currency === "string" && currency.length <= 3
      ? ([at, id, currency] as const)
      : null,
  );
  const seek: SQL | undefined = after
    ? sql`(${ledgerTransfers.createdAt}, ${ledgerTransfers.id}, ${ledgerPostings.currency}) > (${after[0]}::timestamptz, ${after[1]}::uuid, ${after[2]})`
    : undefined;
  const query = db
    .select({
      transferId: ledgerTransfers.id,
      at: ledgerTransfers.createdAt,
      reason: ledgerTransfers.reason,
      subjectType: ledgerTransfers.subjectType,
      subjectId: ledgerTransfers.subjectId,
      currency: ledgerPostings.currency,
      amount: sql<string>`SUM(${ledgerPostings.amount})`,
    })
    .from(ledgerPostings)
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerPostings.accountId))
    .innerJoin(ledgerTransfers, eq(ledgerTransfers.id, ledgerPostings.transferId))
    .where(and(companyFunds(companyId), gte(ledgerPostings.createdAt, from), lt(ledgerPostings.createdAt, to), seek))
    .groupBy(ledgerTransfers.id, ledgerPostings.currency)
    .having(sql`SUM(${ledgerPostings.amount}) <> 0`)
    .orderBy(asc(ledgerTransfers.createdAt), asc(ledgerTransfers.id), asc(ledgerPostings.currency));
  const rows = page ? await query.limit(page.limit + 1) : await query;
  const shown = toPage(rows, page?.limit ?? rows.length, (row) => [
    new Date(row.at).toISOString(),
    row.transferId,
    row.currency,
  ]);
  return {
    items: shown.items.map((row) => ({
      at: new Date(row.at).toISOString(),
      reason: row.reason,
      subject: { type: row.subjectType, id: row.subjectId },
      currency: row.currency as Currency,
      amount: Number(row.amount),
    })),
    nextCursor: shown.nextCursor,
  };
}

/** The whole month as one document (the PDF): the statement and every line. */
export async function statementDocument(db: Executor, companyId: string, month: string, now: Date) {
  const statement = await statementFor(db, companyId, month, now);
  const issued = await statementInvoices(db, companyId, month, now);
  const entries = await statementEntries(db, companyId, month, now);
  return { ...statement, invoices: issued.items, payments: entries.items };
}
