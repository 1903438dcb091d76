/**
 * An invoice as a PDF (issue 11, item 8), drawn with PDFKit from the same view the API answers, so the document and
 * the JSON can never disagree. Pure: a view in, bytes out. Times are written in the time zone the reader asks for
 * (their browser's, from the web app), with the zone named; money through the one money formatter.
 */
import { type Currency, formatMoney } from "#shared/money";
import { footnote, rows, startPdf, when } from "./pdf-parts";
import type { InvoiceView, Provider } from "./views";

const kindText = { assignment: "Work on an assignment", cancellation_fee: "Late cancellation fee" } as const;
const statusText = { open: "Open", paid: "Paid" } as const;

/** The invoice's lines as label/value pairs, in reading order; exported for the test that reads them back. */
export function invoiceLines(invoice: InvoiceView, timeZone: string): [string, string][] {
  const money = (amount: number) => formatMoney({ amount, currency: invoice.currency as Currency });
  const percent = `${(invoice.feeBasisPoints / 100).toFixed(2).replace(/\.?0+$/, "")} %`;
  const status = invoice.pastDue
    ? `Past due by ${invoice.daysLate} day${invoice.daysLate === 1 ? "" : "s"}`
    : statusText[invoice.status as keyof typeof statusText];
  return [
    ["Invoice", invoice.id],
    ["Status", status],
    ["For", `${kindText[invoice.kind as keyof typeof kindText]}: ${invoice.assignment.title}`],
    ["Billed to", invoice.company.name],
    ["Worker", invoice.worker.name],
    ["Issued", when(invoice.issuedAt, timeZone)],
    [
      "Due",
      `${when(invoice.dueAt, timeZone)}, ${invoice.paymentTermsDays === 0 ? "on approval" : `${invoice.paymentTermsDays} days' terms`}`,
    ],
    ["Paid", invoice.paidAt ? when(invoice.paidAt, timeZone) : "Not yet"],
    ["Worker's amount", money(invoice.amount)],
    [`Platform fee (${percent})`, money(invoice.fee)],
    ["Total", money(invoice.total)],
  ];
}

/** Renders the PDF; resolves with its bytes once PDFKit has written the whole document. */
export function renderInvoicePdf(invoice: InvoiceView, provider: Provider, timeZone: string): Promise<Buffer> {
  const { doc, bytes } = startPdf(
    "Worklane invoice",
    { Title: `Worklane invoice ${invoice.id}`, Subject: invoice.assignment.title },
    provider,
  );
  rows(doc, invoiceLines(invoice, timeZone));
  footnote(
    doc,
    "The worker's amount goes to the worker in full; the platform fee, shown before the work was sent, is " +
      "Worklane's. Questions about this invoice: open it in Worklane and write to the other party.",
  );
  doc.end();
  return bytes;
}
