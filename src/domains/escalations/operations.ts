import type { OperationDocs } from "#platform/domain";

/** What the API reference says about each escalations operation (applied by operationId). */
export const operations: OperationDocs = {
  openEscalation: {
    summary: "Escalate an assignment",
    description:
      "Opens an escalation case about the assignment, by the client (admin, manager, finance) or the assigned worker: a category, the details and the outcome hoped for (with an amount where money is involved). Possible while the assignment is in progress, submitted, approved, paid or cancelled, up to 60 days after its last status change (`escalationWindowClosesAt` on the assignment; later: 409 `escalation_window_closed`), one active case at a time (409 `escalation_already_open`). While the case is open, auto-approval and invoice auto-pay are paused.",
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
      "Adds a message to the case conversation among the client, the worker and the team; both parties are emailed. The team's messages count as the first response and as updates (the next update is due 2 business days later). `visibility: team` is a private staff note: escalations team only, never shown to the parties.",
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
};
