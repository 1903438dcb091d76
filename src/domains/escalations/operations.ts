import type { OperationDocs } from "#platform/domain";

/** What the API reference says about each escalations operation (applied by operationId). */
export const operations: OperationDocs = {
  openEscalation: {
    summary: "Escalate an assignment",
    description:
      "Opens an escalation case about the assignment, by the client (admin, manager, finance) or the assigned worker: a category, the details and the outcome hoped for (with an amount where money is involved). Possible while the assignment is in progress, submitted, approved, invoiced, paid or cancelled, up to 60 days after its last status change (`escalationWindowClosesAt` on the assignment; later: 409 `escalation_window_closed`), one active case at a time (409 `escalation_already_open`). While the case is open, auto-approval and invoice auto-pay are paused.",
  },
  listEscalations: {
    summary: "List escalation cases",
    description:
      "The caller's own cases (their company's, or a worker's), newest first. For the escalations team, the queue of every case: by the next update due, so overdue cases come first; filter by status, state (active or ended), category, assignment or assignee.",
  },
  getEscalation: {
    summary: "Get an escalation case",
    description:
      "One case with its conversation, its clocks (first response due within 1 business day, then an update every 2 business days) and what the caller may do now (`actions`). Private staff notes are shown to the escalations team only. A case on an assignment the caller is not party to is 404.",
  },
  postEscalationMessage: {
    summary: "Write in an escalation case",
    description:
      "Adds a message to the case conversation among the client, the worker and the team; both parties are emailed. The team's messages count as the first response and as updates (the next update is due 2 business days later). `visibility: team` is a private staff note: escalations team only, never shown to the parties. Answers the case as the caller now sees it and the new `message`, whose `id` is the `messageId` to attach files to it.",
  },
  attachEscalationFile: {
    summary: "Attach a file to an escalation case",
    description:
      "A party (client admin, manager or finance member, or the worker) or the escalations team adds a file (multipart/form-data, part `file`) to an active case: without `messageId` to the case itself (the opening's evidence), with it to the caller's own message in the case (a staff note's file is shown to the team only). The same upload rules as message files: the type is read from the bytes (PDF, images, office documents, text; otherwise 415), at most 10 MB (413). A case carries at most 50 files (409 `conflict`); an ended case takes none (409 `invalid_transition`). Files are never removed.",
  },
  downloadEscalationFile: {
    summary: "Download an escalation case's file",
    description:
      "The file's bytes, for the case's parties and the escalations team only (a staff note's file for the team only); anyone else, the other company included, gets 404.",
  },
  takeEscalation: {
    summary: "Take an escalation case (escalations team)",
    description: "Assigns the case to the calling member of the escalations team and moves it in review.",
  },
  closeEscalation: {
    summary: "Close an escalation case without agreement (escalations team)",
    description:
      "Ends the case with a written summary sent to both parties. The team cannot force an outcome: nothing is imposed; auto-approval and auto-pay resume.",
  },
  withdrawEscalation: {
    summary: "Withdraw an escalation case",
    description:
      "The side that opened the case withdraws it (the other side hears 403); auto-approval and auto-pay resume.",
  },
  proposeSettlement: {
    summary: "Propose a settlement",
    description:
      "A party or the team proposes how to settle: `pay` the worker an amount now (in full, in part, or a cancellation fee; what the client owed on open invoices beyond it is released), `release` the client's funds (nothing paid, the assignment called off), or `rework` with a new due date (only while the work is in progress or submitted; otherwise 409 `settlement_not_possible`). It supersedes the proposal still pending. A party's own proposal counts as their side's acceptance (the worker; a company admin or finance member). Nothing is imposed: it executes only when both sides accept.",
  },
  acceptProposal: {
    summary: "Accept a settlement proposal",
    description:
      "The worker, or a company admin or finance member, accepts. When both sides have accepted, the agreement executes in this request's one transaction: the money moves in the ledger (422 `insufficient_funds` when the company's available funds cannot pay it; then nothing changes), the assignment is settled (paid, called off, or back in progress with the new due date), and the case is resolved. It executes exactly once, also under concurrent accepts and retries.",
  },
  declineProposal: {
    summary: "Decline a settlement proposal",
    description: "The worker, or a company admin or finance member, declines: nothing happens and the case stays open.",
  },
  escalationDashboard: {
    summary: "Escalations team figures (escalations team)",
    description:
      "Over the cases opened in the last 90 days: active and overdue cases, first responses (how many, how many within 1 business day, average hours), the team's update intervals kept within 2 business days, and how cases ended (resolved by agreement, closed without agreement, withdrawn) with the average hours to close.",
  },
};
