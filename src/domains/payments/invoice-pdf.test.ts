import { describe, expect, it } from "vitest";
import { call, client, invoicedAssignment } from "#test/given";
import { testApp } from "#test/harness";
import { invoiceLines } from "./invoice-pdf";

const t = await testApp();

const openInvoice = () => invoicedAssignment(t);

describe("GET /api/v1/invoices/{id}/pdf", () => {
  it("gives the company and the worker the invoice as a PDF download; another company hears 404", async () => {
    const { owner, assignee, invoice } = await openInvoice();
    for (const as of [owner, assignee]) {
      const pdf = await call(t, as, {
        method: "GET",
        url: `/api/v1/invoices/${invoice.id}/pdf?timeZone=America/Chicago`,
      });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers["content-type"]).toBe("application/pdf");
      expect(pdf.headers["content-disposition"]).toContain(`attachment; filename="worklane-invoice-${invoice.id}.pdf"`);
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
      expect(Number(pdf.headers["content-length"])).toBe(pdf.rawPayload.length);
    }
    const stranger = await client(t);
    expect((await call(t, stranger, { method: "GET", url: `/api/v1/invoices/${invoice.id}/pdf` })).statusCode).toBe(
      404,
    );
    const badZone = await call(t, owner, {
      method: "GET",
      url: `/api/v1/invoices/${invoice.id}/pdf?timeZone=Mars/Base`,
    });
    expect(badZone.statusCode).toBe(400);
    expect(badZone.json().code).toBe("validation_failed");
  });

  it("writes what the invoice says: amounts, the fee with its rate, dates in the reader's zone with the zone named", async () => {
    const { invoice } = await openInvoice();
    const lines = Object.fromEntries(invoiceLines(invoice, "America/Chicago"));
    expect(lines).toMatchObject({
      Invoice: invoice.id,
      Status: "Open",
      "Worker's amount": "$100.00",
      "Platform fee (10 %)": "$10.00",
      Total: "$110.00",
      Paid: "Not yet",
    });
    expect(lines.Issued).toMatch(/\(America\/Chicago\)$/);
    expect(lines.Due).toMatch(/15 days' terms$/);
    const late = Object.fromEntries(invoiceLines({ ...invoice, pastDue: true, daysLate: 2 }, "UTC"));
    expect(late.Status).toBe("Past due by 2 days");
  });
});
