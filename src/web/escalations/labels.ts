import type { CaseCategory, CaseStatus, SettlementKind } from "#domains/escalations/contract";

export const categoryLabels: Record<CaseCategory, string> = {
  payment_not_received: "Payment not received",
  approval_delayed: "Approval delayed",
  unexplained_cancellation: "Unexplained cancellation",
  quality_of_work: "Quality of work",
  scope_changed: "Scope changed",
  other: "Other",
};

export const statusLabels: Record<CaseStatus, string> = {
  open: "Open, waiting for the team",
  in_review: "In review",
  resolved: "Resolved by agreement",
  closed: "Closed without agreement",
  withdrawn: "Withdrawn",
};

export const settlementLabels: Record<SettlementKind, string> = {
  pay: "Pay the worker an amount",
  release: "Release the client's funds (nothing paid, the assignment called off)",
  rework: "Return for rework with a new due date",
};

export const sideLabels = { client: "Client", worker: "Worker", team: "Escalations Team" } as const;
