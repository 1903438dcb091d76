/**
 * A monthly statement as a PDF (issue 11, item 8), drawn from the same head `GET /payments/statements/{month}`
 * answers and every line its two paged lists hold (a document is whole). The month is a UTC month and says so; the times of its entries are written in the reader's zone, named.
 */
import { type Currency, formatMoney } from "#shared/money";
import { footnote, rows, startPdf, when } from "../pdf-parts";
import type { Provider, Statement, StatementDocument } from "../views";

const reasonText: Record<string, string> = {
  "funding.settled": "Funds added",
  "funding.recorded": "Bank transfer recorded",
  "invoice.paid": "Invoice paid",
  "settlement.paid": "Settlement paid",
};

/** The summary lines per currency; exported for the test that reads them back. */
export function statementLines(statement: Statement): [string, string][] {
  const lines: [string, string][] = [
    ["Company", statement.company.name],
    ["Month", `${statement.month} (UTC: ${statement.from} to ${statement.to})${statement.current ? ", so far" : ""}`],
  ];
  for (const t of statement.totals) {
    const money = (amount: number) => formatMoney({ amount, currency: t.currency as Currency });
    lines.push(
      [`Opening balance (${t.currency})`, money(t.opening)],
      ["Funds added", money(t.funding)],
      ["Invoices paid (workers' amounts)", money(t.invoicesPaid)],
      ["Platform fees", money(t.fees)],
      ["Refunds and settlements", money(t.refundsAndSettlements)],
      [`Closing balance (${t.currency})`, money(t.closing)],
    );
  }
  return lines;
}

export function renderStatementPdf(
  statement: StatementDocument,
  provider: Provider,
  timeZone: string,
): Promise<Buffer> {
  const { doc, bytes } = startPdf(
    `Worklane statement ${statement.month}`,
    { Title: `Worklane statement ${statement.month}`, Subject: statement.company.name },
    provider,
  );
  rows(doc, statementLines(statement), 200);
  doc.moveDown().font("Helvetica-Bold").fontSize(13).text("Invoices issued", 56);
  doc.moveDown(0.3);
  rows(
    doc,
    statement.invoices.length === 0
      ? [["None", ""]]
      : statement.invoices.map((i) => [
          i.assignment.title,
          `${formatMoney({ amount: i.total, currency: i.currency as Currency })} to ${i.worker.name}; issued ${when(i.issuedAt, timeZone)}; ${i.paidAt ? `paid ${when(i.paidAt, timeZone)}` : `${i.status}, due ${when(i.dueAt, timeZone)}`}`,
        ]),
    200,
  );
  doc.moveDown().font("Helvetica-Bold").fontSize(13).text("Payments and funds", 56);
  doc.moveDown(0.3);
  rows(
    doc,
    statement.payments.length === 0
      ? [["None", ""]]
      : statement.payments.map((p) => [
          when(p.at, timeZone),
          `${reasonText[p.reason] ?? p.reason}: ${formatMoney({ amount: p.amount, currency: p.currency as Currency })}`,
        ]),
    200,
  );
  footnote(
    doc,
    "Balances are the company's funds on Worklane (available and secured), from the ledger. The month is a UTC " +
      `month; times are shown in ${timeZone}.`,
  );
  doc.end();
  return bytes;
}
