import type { OperationDocs } from "#platform/domain";

/** What the API reference says about each payments operation (platform/http/openapi.ts applies it by operationId). */
export const operations: OperationDocs = {
  getBalance: {
    summary: "Get my balances",
    description:
      "The caller's own balances per currency in minor units: a company's available, pending (funding not settled) and owed (open invoices); a worker's pending (invoiced, not paid) and available earnings.",
  },
  addFunds: {
    summary: "Add funds (finance, admin)",
    description:
      "Adds money to the company's balance through the provider. The sandbox (test mode) settles a wire at once and an ACH transfer after a delay; the amounts 400.04 and 400.05 fail on purpose.",
  },
  listFundings: {
    summary: "List funds added",
    description: "The company's fundings, newest first, with their status.",
  },
  listInvoices: {
    summary: "List invoices",
    description:
      "A company's payables or a worker's earnings, newest first; `status` filters open (not yet due), past_due, paid or void.",
  },
  exportInvoicesCsv: {
    summary: "Export invoices as CSV",
    description: "The same list as a CSV file, amounts in minor units.",
  },
  getInvoicePdf: {
    summary: "Download an invoice as a PDF",
    description:
      "The same invoice as `getInvoice`, as a PDF document (an attachment), for the company that pays it and the " +
      "worker it pays. Dates are written in `timeZone` (an IANA name, UTC by default) with the zone named; the " +
      "sandbox provider's test mode is printed on it.",
  },
  getInvoice: {
    summary: "Get an invoice",
    description:
      "The approved amount, the platform fee and the total, the due date from the payment terms, and `actions`.",
  },
  payInvoice: {
    summary: "Pay an invoice (finance, admin)",
    description:
      "Pays the invoice from the company's available funds: the worker's amount becomes available earnings, the fee platform revenue, and the assignment is marked paid. 422 `insufficient_funds` when the balance is short.",
  },
  payInvoices: {
    summary: "Pay a selection of invoices (finance, admin)",
    description:
      "Pays up to 100 open invoices together, all or none, in one transaction. 422 `insufficient_funds` names the selection's total beside the available funds when they cannot cover it all; an invoice already paid answers 409 `invalid_transition` and one the caller cannot see 404, and then nothing is paid.",
  },
  requestPayout: {
    summary: "Withdraw earnings (worker)",
    description:
      "Sends part or all of the available earnings to the worker's (sandbox) bank account; in transit until the provider settles it, returned with the reason if it fails.",
  },
  listPayouts: { summary: "List my withdrawals (worker)", description: "The worker's payouts, newest first." },
  recordBankTransfer: {
    summary: "Record a bank transfer received (staff admin)",
    description: "Credits a company with real money seen arriving, with the bank's reference; settled at once.",
  },
  checkLedger: {
    summary: "Check the ledger (staff admin)",
    description:
      "Recomputes every balance from its postings and reports differences, transfers or currencies that do not sum to zero, and accounts past their floor.",
  },
};
