import type {
  ReportStatus,
  ReportSubject,
  RestrictionScope,
  SanctionKind,
  SanctionStatus,
} from "#domains/moderation/contract";

export const subjectLabels: Record<ReportSubject, string> = {
  user: "person",
  company: "company",
  assignment: "assignment",
  message: "message",
  rating: "review",
};

export const reportStatusLabels: Record<ReportStatus, string> = {
  open: "Waiting for review",
  actioned: "Action taken",
  dismissed: "Reviewed: no action",
};

export const kindLabels: Record<SanctionKind, string> = {
  warning: "Warning",
  restriction: "Restriction",
  suspension: "Suspension",
  ban: "Ban",
};

export const scopeLabels: Record<RestrictionScope, string> = {
  send_assignments: "Send new assignments",
  apply_accept: "Apply for or accept work",
  message: "Send messages",
};

export const sanctionStatusLabels: Record<SanctionStatus, string> = {
  active: "In force",
  appealed: "Appealed: in force until reviewed",
  ended: "Ended",
  lifted: "Lifted",
};
