import type { OperationDocs } from "#platform/domain";

/** What the API reference says about each payments operation (platform/http/openapi.ts applies it by operationId). */
export const operations: OperationDocs = {
  getBalance: {
    summary: "Get my balance",
    description: "The caller's money in the ledger, per currency: a company's available funds, a worker's earnings.",
  },
  addFunds: {
    summary: "Add funds (sandbox)",
    description:
      "A company's finance member or admin adds funds by ACH or wire through the payment provider (a labelled sandbox here). ACH settles later; the balance grows when it does.",
  },
  listFundings: { summary: "List fundings", description: "The company's fundings and where each one stands." },
  requestPayout: {
    summary: "Withdraw earnings (worker)",
    description: "A worker moves available earnings to their bank account through the payment provider.",
  },
  listPayouts: { summary: "List payouts (worker)", description: "The worker's withdrawals and where each one stands." },
  listInvoices: {
    summary: "List invoices",
    description: "A company's invoices for approved work (and the worker's own view of what they are owed).",
  },
  getInvoice: {
    summary: "Get an invoice",
    description: "One invoice: the approved amount, the platform fee, the due date and whether it is paid.",
  },
  payInvoice: {
    summary: "Pay an invoice",
    description:
      "Pays an invoice from the company's balance: the worker's earnings and the fee are posted in the ledger in one transaction, and the assignment becomes paid.",
  },
  checkLedger: {
    summary: "Check the ledger (staff)",
    description: "Staff verify that every transfer balances and every account's balance equals its entries.",
  },
};
