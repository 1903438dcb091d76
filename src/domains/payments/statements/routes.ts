import { z } from "zod";
import type { App } from "#platform/http/types";
import { sendBytes } from "#platform/http/uploads";
import { InvoicePdfQuery, ListQuery, StatementParams } from "../contract";
import { Statement, StatementEntryList, StatementInvoiceList, StatementMonths } from "../views";
import { getStatement } from "./queries/get-statement";
import { listStatementEntries } from "./queries/list-statement-entries";
import { listStatementInvoices } from "./queries/list-statement-invoices";
import { listStatements } from "./queries/list-statements";
import { getStatementPdf } from "./queries/statement-pdf";

const tags = ["payments"];
/** Statements are the company's own (everyone else: 403 at the route); scope.ts's ownerOf picks the company. */
const company = { auth: "client" } as const;
const pdfResponse = {
  description: "The statement as a PDF document.",
  content: { "application/pdf": { schema: z.string().meta({ format: "binary" }) } },
};

/**
 * A company's monthly statements (statement-steps.ts): the months, one month's totals, its invoices and its
 * movements a page at a time, and the whole month as a PDF.
 */
export function statementRoutes(app: App): void {
  app.get(
    "/payments/statements",
    {
      schema: { operationId: "listStatements", tags, querystring: ListQuery, response: { 200: StatementMonths } },
      config: company,
    },
    (req) => listStatements(req.ctx, req.query),
  );
  app.get(
    "/payments/statements/:month",
    {
      schema: { operationId: "getStatement", tags, params: StatementParams, response: { 200: Statement } },
      config: company,
    },
    (req) => getStatement(req.ctx, req.params.month),
  );
  app.get(
    "/payments/statements/:month/invoices",
    {
      schema: {
        operationId: "listStatementInvoices",
        tags,
        params: StatementParams,
        querystring: ListQuery,
        response: { 200: StatementInvoiceList },
      },
      config: company,
    },
    (req) => listStatementInvoices(req.ctx, req.params.month, req.query),
  );
  app.get(
    "/payments/statements/:month/entries",
    {
      schema: {
        operationId: "listStatementEntries",
        tags,
        params: StatementParams,
        querystring: ListQuery,
        response: { 200: StatementEntryList },
      },
      config: company,
    },
    (req) => listStatementEntries(req.ctx, req.params.month, req.query),
  );
  app.get(
    "/payments/statements/:month/pdf",
    {
      schema: {
        operationId: "getStatementPdf",
        tags,
        params: StatementParams,
        querystring: InvoicePdfQuery,
        produces: ["application/pdf"],
        response: { 200: pdfResponse },
      },
      config: company,
    },
    async (req, reply) => sendBytes(reply, await getStatementPdf(req.ctx, req.params.month, req.query)),
  );
}
