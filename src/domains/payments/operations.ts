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
  listAccountActivity: {
    summary: "Account activity (the caller's own ledger entries)",
    description:
      "Every ledger posting on the caller's company's accounts (finance and admin) or the worker's own, newest first: the account, the signed amount, the balance right after it, the transfer's reason and the record it belongs to. Exactly the ledger; paged by `cursor`.",
  },
  payInvoices: {
    summary: "Pay a selection of invoices (finance, admin)",
    description:
      "Pays up to 100 open invoices together, all or none, in one transaction. 422 `insufficient_funds` names the selection's total beside the available funds when they cannot cover it all; an invoice already paid answers 409 `invalid_transition` and one the caller cannot see 404, and then nothing is paid.",
  },
  requestPayout: {
    summary: "Withdraw earnings (worker)",
    description:
      "Sends part or all of the available earnings to one of the worker's verified payout accounts (`payoutAccountId`, or the most recently verified one); in transit until the provider settles it, returned with the reason if it fails. 422 `payout_account_unverified` when the account is not verified or there is none.",
  },
  listStatements: {
    summary: "List monthly statements",
    description:
      "The months the caller's company has a statement for, newest first, a page at a time (`cursor` from `nextCursor`): from its first ledger entry to the current month. Months are UTC months (`from` inclusive, `to` exclusive); the current one is marked and still changes.",
  },
  getStatement: {
    summary: "Get a monthly statement",
    description:
      "One UTC month of the company's funds (available and secured), computed from the ledger per currency: opening balance, funds added, invoices paid (the workers' amounts), platform fees, refunds and settlements, closing balance (the opening of the next month). Its lines come a page at a time from `listStatementInvoices` and `listStatementEntries`. A month not yet begun is 404.",
  },
  listStatementInvoices: {
    summary: "List a statement's invoices",
    description:
      "The invoices issued to the caller's company during one UTC month, oldest first, a page at a time (`cursor` from `nextCursor`), with their status, amounts and dates. A month not yet begun is 404.",
  },
  listStatementEntries: {
    summary: "List a statement's movements of funds",
    description:
      "Every movement of the caller's company's funds (available and secured) during one UTC month, oldest first, one line per ledger transfer and currency, a page at a time (`cursor` from `nextCursor`). Moving money between available and secured funds nets to zero and is left out. A month not yet begun is 404.",
  },
  getStatementPdf: {
    summary: "Download a monthly statement as a PDF",
    description:
      "The same statement as `getStatement`, as a PDF; the month is stated in UTC, the times of its entries in `timeZone` (an IANA name, UTC by default) with the zone named.",
  },
  listPayoutAccounts: {
    summary: "List my payout accounts (worker)",
    description:
      "The worker's bank accounts for payouts, newest first: the number masked but for its last 4 digits, the status (pending until the two micro-deposits are confirmed, verified, locked after 3 wrong tries) and the tries left. The deposit amounts are never answered.",
  },
  addPayoutAccount: {
    summary: "Add a payout account (worker)",
    description:
      "Registers a bank account (holder name, 9-digit routing number checked by its checksum, account number) with the provider, which sends two micro-deposits of 1 to 99 cents; only the last 4 digits are kept. The worker is emailed that the deposits are on the way. Sandbox (test mode): the deposits are always 0.32 and 0.45, as the email says.",
  },
  verifyPayoutAccount: {
    summary: "Confirm a payout account's two deposits (worker)",
    description:
      "`amounts` are the two deposits in minor units, in either order. Right: the account is verified and may receive payouts. Wrong: 422 `deposit_amounts_wrong` with `attemptsLeft`; the third wrong try locks the account (it must be removed and added again). Another worker's account is 404.",
  },
  removePayoutAccount: {
    summary: "Remove a payout account (worker)",
    description: "The account receives nothing more and leaves the list; past payouts still name it.",
  },
  listPayouts: { summary: "List my withdrawals (worker)", description: "The worker's payouts, newest first." },
  recordBankTransfer: {
    summary: "Record a bank transfer received (staff admin)",
    description: "Credits a company with real money seen arriving, with the bank's reference; settled at once.",
  },
  backdateInvoice: {
    summary: "Sandbox only: backdate an invoice (staff admin, test servers)",
    description:
      "Moves an open invoice's issue and due dates back by `days`, so a test can see it past due and the company locked without waiting. Answers 403 `sandbox_controls_off` unless the server runs with `WORKLANE_SANDBOX_CONTROLS=true` and the test-mode provider; never enabled in production. Recorded as `invoice.backdated` with `sandbox: true`.",
  },
  checkLedger: {
    summary: "Check the ledger (staff admin)",
    description:
      "Recomputes every balance from its postings and reports differences, transfers or currencies that do not sum to zero, and accounts past their floor.",
  },
  getCompanyPaymentsForStaff: {
    summary: "Read a company's money (staff)",
    description:
      "For any staff member: the company's balances per currency as its own `getBalance` shows them (available, pending funding, committed, owed on open invoices), its open invoices per currency (count and total, the fee included), and its standing: what is past due per currency (an invoice under an open escalation case does not count), the oldest due date and how many days late it is, and whether the past-due rule locks the account (`locked`; `locksAt` is since when, or when it will lock; `lockReason` says why). 404 for an unknown company.",
  },
};
