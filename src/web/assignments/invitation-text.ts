import type { RecipientStatus } from "#domains/assignments/contract";
import type { WorkerOutcome } from "#domains/assignments/views";

type Tone = "neutral" | "info" | "success" | "warning" | "danger";

/** An invitation's status in words: the client's invited-workers table and the worker's inbox cards. */
export const recipientText: Record<RecipientStatus, { label: string; tone: Tone }> = {
  invited: { label: "Invited", tone: "info" },
  declined: { label: "Declined", tone: "warning" },
  accepted: { label: "Accepted", tone: "success" },
  withdrawn: { label: "Withdrawn", tone: "neutral" },
  expired: { label: "Expired", tone: "neutral" },
  abandoned: { label: "Abandoned", tone: "danger" },
  no_show: { label: "No-show", tone: "danger" },
  taken: { label: "Given to another", tone: "neutral" },
};

/** The worker's inbox filter: each status said from the worker's side. */
export const inboxFilterText: Record<RecipientStatus, string> = {
  invited: "Waiting for my answer",
  accepted: "Accepted",
  declined: "Declined",
  withdrawn: "Withdrawn by the client",
  expired: "Expired",
  abandoned: "Left by me",
  no_show: "Recorded as a no-show",
  taken: "Given to another worker",
};

/**
 * A worker no longer on the assignment sees this in place of its status (a draft again, another worker's
 * "Assigned"), which is not theirs.
 */
export const outcomeText: Record<WorkerOutcome, { label: string; tone: Tone }> = {
  declined: { label: "You declined", tone: "neutral" },
  expired: { label: "Invitation expired", tone: "neutral" },
  withdrawn: { label: "Withdrawn by the client", tone: "neutral" },
  taken: { label: "Given to another worker", tone: "neutral" },
  cancelled: { label: "Cancelled by the client", tone: "neutral" },
  abandoned: { label: "You left this assignment", tone: "warning" },
  no_show: { label: "Recorded as a no-show", tone: "danger" },
};

/**
 * What happened, in a sentence, and whether anything is needed from the worker. Null for a cancellation: the
 * page's cancellation notice already says it, with the client's reason.
 */
export function outcomeNote(outcome: WorkerOutcome, reason: string | null): string | null {
  const because = reason ? `: ${reason}` : ".";
  switch (outcome) {
    case "abandoned":
      return `You left this assignment${because}`;
    case "no_show":
      return "The client recorded you as a no-show and took the assignment off you. If this is wrong, write to the client or escalate.";
    case "withdrawn":
      return "The client withdrew this assignment. Nothing is needed from you.";
    case "taken":
      return "Another worker has this assignment now. Nothing is needed from you.";
    case "declined":
      return `You declined this assignment${because}`;
    case "expired":
      return "Your invitation expired before you answered.";
    case "cancelled":
      return null;
  }
}
