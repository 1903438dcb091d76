import type { OperationDocs } from "#platform/domain";

/** What the API reference says about each companies operation (platform/http/openapi.ts applies it by operationId). */
export const operations: OperationDocs = {
  getMyCompany: {
    summary: "Get my company",
    description: "The caller's company: its profile and the settings new assignments start from.",
  },
  updateCompany: {
    summary: "Update the company profile",
    description: "An admin edits the company's name, about text, industry, website, headquarters and time zone.",
  },
  updateCompanySettings: {
    summary: "Update the company settings",
    description:
      "An admin sets the defaults new assignments start from: payment terms, auto-approval hours, the suggested late-cancellation fee, when workers confirm, and the currency.",
  },
  updatePaymentSettings: {
    summary: "Update the payment settings",
    description:
      "An admin or finance member turns secured funds on or off. When on, assigning a worker moves the assignment's maximum spend from the available funds to committed funds (refused with 422 `insufficient_funds` when they are short); cancelling or voiding releases it, and paying the invoice uses it first. Workers see `fundsSecured` on the assignment.",
  },
  listCompaniesForStaff: {
    summary: "Find companies (staff)",
    description:
      "Staff search every client company by part of its name (or its exact id), A to Z, a page at a time. Each carries its plan and platform fee now, its payment terms in days and whether it secures funds.",
  },
  getCompanyForStaff: {
    summary: "Get a company (staff)",
    description:
      "One client company for staff: its plan and platform fee now, payment terms and secured-funds setting, with `plans`, every plan a staff admin may put it on (`setCompanyPlan`) and the fee each charges now. 404 for an unknown company.",
  },
  setCompanyPlan: {
    summary: "Set a company's plan",
    description:
      "A staff admin puts a company on the `standard` or `enterprise` plan. The plan sets the platform fee (basis points configured per plan on the server) that each invoice opened from then on adds; invoices already open keep the rate they were opened with. Members see the plan and its fee on `getMyCompany`, and the assignment form shows it before sending. Recorded as `company.plan_changed`; setting the plan the company is already on changes nothing. 404 for an unknown company.",
  },
  getPublicCompany: {
    summary: "Get a company's public profile",
    description: "What workers see about a client company before taking its work.",
  },
};

/** The blocks sub-area's operations (issue 15 item 10). */
export const blockOperations: OperationDocs = {
  listBlocks: {
    summary: "List my blocks",
    description:
      "The blocks the caller's side made: a worker's blocked companies, or the workers the caller's company blocked. A block the other side made is never listed.",
  },
  createBlock: {
    summary: "Block a company or a worker",
    description:
      "A worker names a `companyId`; a company admin or manager names a `workerId`. From then on the pair cannot send, invite, apply, accept, request or message each other (403 `blocked`, the same words whichever side blocked), and the worker's inbox and talent pools leave out the other's new work. Work already assigned continues to its end. Blocking a pair already blocked answers the same block (200). The blocked side is not told.",
  },
  removeBlock: {
    summary: "Unblock",
    description:
      "The side that blocked lifts its block; the pair can work together again unless the other side blocked too. Lifting a block already lifted answers the same.",
  },
};
