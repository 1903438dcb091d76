/**
 * The PDF pieces the invoice and the statement share (PDFKit): the document, its bytes, the test-mode line, the
 * label/value rows, and times written in the reader's zone with the zone named. Pure: views in, bytes out.
 */
import PDFDocument from "pdfkit";
import type { Provider } from "./views";

export type Pdf = InstanceType<typeof PDFDocument>;

export function when(iso: string, timeZone: string): string {
  const text = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone }).format(
    new Date(iso),
  );
  return `${text} (${timeZone})`;
}

/** A new A4 document with its title, the bytes it will resolve with once `doc.end()` is called, and its heading. */
export function startPdf(
  title: string,
  info: { Title: string; Subject: string },
  provider: Provider,
): { doc: Pdf; bytes: Promise<Buffer> } {
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { ...info, Author: "Worklane" } });
  const chunks: Buffer[] = [];
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.font("Helvetica-Bold").fontSize(20).text(title);
  if (provider.testMode) {
    doc
      .moveDown(0.3)
      .font("Helvetica-Bold")
      .fontSize(10)
      .fillColor("#a33")
      .text(`TEST MODE (${provider.name}): no real money moved.`);
  }
  doc.fillColor("#000").moveDown();
  return { doc, bytes };
}

/** Label/value pairs, two columns, each row as tall as its longer side. */
export function rows(doc: Pdf, lines: [string, string][], labelWidth = 160): void {
  for (const [label, value] of lines) {
    const y = doc.y;
    doc.font("Helvetica-Bold").fontSize(11).text(label, 56, y, { width: labelWidth });
    const labelBottom = doc.y;
    doc.font("Helvetica").text(value, 70 + labelWidth, y, { width: 470 - labelWidth });
    doc.y = Math.max(doc.y, labelBottom) + 6;
  }
}

/** The small grey text at the foot of a document. */
export function footnote(doc: Pdf, text: string): void {
  doc.moveDown().font("Helvetica").fontSize(9).fillColor("#555").text(text, 56, doc.y, { width: 484 });
  doc.fillColor("#000");
}
