import { z } from "zod";
import type { App } from "#platform/http/types";
import { sendBytes } from "#platform/http/uploads";
import { IdParams, Ok } from "#shared/fields";
import { addFunds } from "./actions/add-funds";
import { addPayoutAccount } from "./actions/add-payout-account";
import { backdateInvoice } from "./actions/backdate-invoice";
import { payInvoice, payInvoices } from "./actions/pay";
import { recordBankTransfer } from "./actions/record-bank-transfer";
import { removePayoutAccount } from "./actions/remove-payout-account";
import { requestPayout } from "./actions/request-payout";
import { verifyPayoutAccount } from "./actions/verify-payout-account";
import {
  AddFunds,
  AddPayoutAccount,
  BackdateInvoice,
  InvoicePdfQuery,
  InvoiceQuery,
  ListQuery,
  PayInvoices,
  RecordBankTransfer,
  RequestPayout,
  VerifyPayoutAccount,
} from "./contract";
import { accessFor, accountRules, invoiceRules, payoutAccountRules } from "./lifecycle";
import { listActivity } from "./queries/activity";
import { getBalance } from "./queries/balance";
import { checkLedger } from "./queries/check-ledger";
import { exportInvoicesCsv } from "./queries/export-invoices";
import { getInvoice } from "./queries/get-invoice";
import { getInvoicePdf } from "./queries/invoice-pdf";
import { listFundings } from "./queries/list-fundings";
import { listInvoices } from "./queries/list-invoices";
import { listPayoutAccounts } from "./queries/list-payout-accounts";
import { listPayouts } from "./queries/list-payouts";
import { getCompanyPaymentsForStaff } from "./queries/staff-company-payments";
import { statementRoutes } from "./statements/routes";
import {
  ActivityList,
  Balance,
  FundingList,
  FundingView,
  InvoiceList,
  InvoiceView,
  LedgerCheck,
  PaidInvoices,
  PayoutAccountList,
  PayoutAccountView,
  PayoutList,
  PayoutView,
  StaffCompanyPayments,
} from "./views";

const pdfResponse = {
  description: "The invoice as a PDF document.",
  content: { "application/pdf": { schema: z.string().meta({ format: "binary" }) } },
};
const tags = ["payments"];
/** Who may pay and fund (finance and admin) and withdraw (the worker) comes from the rules in lifecycle.ts. */
const funders = { ...accessFor(accountRules.addFunds), problems: ["insufficient_funds"] } as const;
const payers = { ...accessFor(invoiceRules.pay), problems: ["invalid_transition", "insufficient_funds"] } as const;
const earners = {
  ...accessFor(accountRules.requestPayout),
  problems: ["insufficient_funds", "payout_account_unverified", "not_found"],
} as const;
/** Balances and invoices are read by company members and workers alike; scope.ts decides whose. */
const owners = { auth: "user", problems: ["forbidden"] } as const;
/** Payout accounts are the worker's own (everyone else: 403 at the route). */
const worker = { auth: "worker" } as const;

/** The caller's money: balances, funding (client) and payouts (worker). */
function accountRoutes(app: App): void {
  app.get(
    "/payments/balance",
    { schema: { operationId: "getBalance", tags, response: { 200: Balance } }, config: owners },
    (req) => getBalance(req.ctx),
  );
  app.get(
    "/payments/activity",
    {
      schema: { operationId: "listAccountActivity", tags, querystring: ListQuery, response: { 200: ActivityList } },
      config: owners,
    },
    (req) => listActivity(req.ctx, req.query),
  );
  app.post(
    "/payments/funding",
    { schema: { operationId: "addFunds", tags, body: AddFunds, response: { 201: FundingView } }, config: funders },
    async (req, reply) => reply.code(201).send(await addFunds(req.ctx, req.body)),
  );
  app.get(
    "/payments/funding",
    {
      schema: { operationId: "listFundings", tags, querystring: ListQuery, response: { 200: FundingList } },
      config: { auth: "client" },
    },
    (req) => listFundings(req.ctx, req.query),
  );
  app.post(
    "/payouts",
    {
      schema: { operationId: "requestPayout", tags, body: RequestPayout, response: { 201: PayoutView } },
      config: earners,
    },
    async (req, reply) => reply.code(201).send(await requestPayout(req.ctx, req.body)),
  );
  app.get(
    "/payouts",
    {
      schema: { operationId: "listPayouts", tags, querystring: ListQuery, response: { 200: PayoutList } },
      config: { auth: "worker" },
    },
    (req) => listPayouts(req.ctx, req.query),
  );
}

/** A worker's payout accounts: add one, confirm its two micro-deposits, remove it (payout-account-steps.ts). */
function payoutAccountRoutes(app: App): void {
  app.get(
    "/payouts/accounts",
    { schema: { operationId: "listPayoutAccounts", tags, response: { 200: PayoutAccountList } }, config: worker },
    (req) => listPayoutAccounts(req.ctx),
  );
  app.post(
    "/payouts/accounts",
    {
      schema: { operationId: "addPayoutAccount", tags, body: AddPayoutAccount, response: { 201: PayoutAccountView } },
      config: accessFor(accountRules.addPayoutAccount),
    },
    async (req, reply) => reply.code(201).send(await addPayoutAccount(req.ctx, req.body)),
  );
  app.post(
    "/payouts/accounts/:id/verify",
    {
      schema: {
        operationId: "verifyPayoutAccount",
        tags,
        params: IdParams,
        body: VerifyPayoutAccount,
        response: { 200: PayoutAccountView },
      },
      config: { ...accessFor(payoutAccountRules.verify), problems: ["invalid_transition", "deposit_amounts_wrong"] },
    },
    (req) => verifyPayoutAccount(req.ctx, req.params.id, req.body),
  );
  app.delete(
    "/payouts/accounts/:id",
    {
      schema: { operationId: "removePayoutAccount", tags, params: IdParams, response: { 200: Ok } },
      config: { ...accessFor(payoutAccountRules.remove), problems: ["invalid_transition"] },
    },
    (req) => removePayoutAccount(req.ctx, req.params.id),
  );
}

/** Invoices: a company's payables and a worker's earnings, one at a time, and paying one. */
function invoiceRoutes(app: App): void {
  app.get(
    "/invoices",
    {
      schema: { operationId: "listInvoices", tags, querystring: InvoiceQuery, response: { 200: InvoiceList } },
      config: { auth: "user" },
    },
    (req) => listInvoices(req.ctx, req.query),
  );
  app.get(
    "/invoices/export.csv",
    {
      schema: {
        operationId: "exportInvoicesCsv",
        tags,
        querystring: InvoiceQuery,
        produces: ["text/csv"],
        response: { 200: z.string().describe("CSV with a header row; amounts in minor units") },
      },
      config: { auth: "user" },
    },
    async (req, reply) =>
      reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="invoices.csv"')
        .serializer((body: unknown) => String(body))
        .send(await exportInvoicesCsv(req.ctx, req.query)),
  );
  app.get(
    "/invoices/:id",
    {
      schema: { operationId: "getInvoice", tags, params: IdParams, response: { 200: InvoiceView } },
      config: { auth: "user" },
    },
    (req) => getInvoice(req.ctx, req.params.id),
  );
  app.get(
    "/invoices/:id/pdf",
    {
      schema: {
        operationId: "getInvoicePdf",
        tags,
        params: IdParams,
        querystring: InvoicePdfQuery,
        produces: ["application/pdf"],
        response: { 200: pdfResponse },
      },
      config: { auth: "user" },
    },
    async (req, reply) => sendBytes(reply, await getInvoicePdf(req.ctx, req.params.id, req.query)),
  );
  app.post(
    "/invoices/:id/pay",
    { schema: { operationId: "payInvoice", tags, params: IdParams, response: { 200: InvoiceView } }, config: payers },
    (req) => payInvoice(req.ctx, req.params.id),
  );
  app.post(
    "/invoices/pay",
    {
      schema: { operationId: "payInvoices", tags, body: PayInvoices, response: { 200: PaidInvoices } },
      config: { ...payers, problems: [...payers.problems, "not_found"] },
    },
    (req) => payInvoices(req.ctx, req.body.invoiceIds),
  );
}

export function routes(app: App): void {
  accountRoutes(app);
  payoutAccountRoutes(app);
  statementRoutes(app);
  invoiceRoutes(app);
  app.post(
    "/staff/payments/bank-transfers",
    {
      schema: {
        operationId: "recordBankTransfer",
        tags: ["staff"],
        body: RecordBankTransfer,
        response: { 201: FundingView },
      },
      config: { auth: "staff:admin", problems: ["not_found"] },
    },
    async (req, reply) => reply.code(201).send(await recordBankTransfer(req.ctx, req.body)),
  );
  app.post(
    "/staff/sandbox/invoices/:id/backdate",
    {
      schema: {
        operationId: "backdateInvoice",
        tags: ["staff"],
        params: IdParams,
        body: BackdateInvoice,
        response: { 200: InvoiceView },
      },
      config: { auth: "staff:admin", problems: ["sandbox_controls_off", "invalid_transition"] },
    },
    (req) => backdateInvoice(req.ctx, req.params.id, req.body),
  );
  app.get(
    "/staff/ledger/check",
    {
      schema: { operationId: "checkLedger", tags: ["staff"], response: { 200: LedgerCheck } },
      config: { auth: "staff:admin" },
    },
    (req) => checkLedger(req.ctx),
  );
  // Beside the companies domain's staff company page (`/staff/companies/{id}`): its money, for any staff member.
  app.get(
    "/staff/companies/:id/payments",
    {
      schema: {
        operationId: "getCompanyPaymentsForStaff",
        tags: ["staff"],
        params: IdParams,
        response: { 200: StaffCompanyPayments },
      },
      config: { auth: "staff", problems: ["not_found"] },
    },
    (req) => getCompanyPaymentsForStaff(req.ctx, req.params.id),
  );
}
