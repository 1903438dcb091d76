/**
 * Who may post what, and when (issue 13, items 1–2): an invited worker asks while the invitation is open, the
 * assigned worker too; the company's admins, managers and finance answer, talk to their worker once one is assigned
 * and write internal notes at any time; viewers read. Pure: the action checks it, the list offers it (`canPost`).
 */
import type { AssignmentStatus, Party } from "#domains/assignments/index";
import { allowedActions, checkRule, type PartyAccount, type Rule, routeAccess } from "#platform/rules";
import { Problem } from "#shared/problems";
import { limits, type MessageKind, type Side } from "./contract";

export interface Facts {
  status: AssignmentStatus;
}

type PostRule = Rule<AssignmentStatus, Party, Facts>;
export type Post = MessageKind | "answer";

const members = ["admin", "manager", "finance"] as const satisfies readonly Party[];
const working = [
  "assigned",
  "in_progress",
  "submitted",
  "approved",
  "invoiced",
  "paid",
] as const satisfies AssignmentStatus[];

export const postRules: Record<Post, PostRule> = {
  question: {
    from: ["sent", ...working],
    by: ["invitee", "assignee"],
    guard: (facts, party) =>
      party === "invitee" && facts.status !== "sent"
        ? "The invitation is closed: the work went to someone else."
        : null,
  },
  answer: { from: ["sent", ...working], by: members },
  message: {
    from: working,
    by: [...members, "assignee"],
    explain: (facts) =>
      facts.status === "sent" ? "No worker is assigned yet: answer the invited workers' questions instead." : null,
  },
  note: {
    from: ["draft", "sent", "declined", ...working, "cancelled", "void"],
    by: members,
    explain: (_facts, party) =>
      party === "assignee" || party === "invitee" ? "Notes are internal to the company." : null,
  },
};

export function accountOf(party: Party): PartyAccount {
  if (party === "assignee" || party === "invitee") {
    return { kind: "worker" };
  }
  return party === "system" ? null : { kind: "client", role: party };
}

/** Posting is open to both sides (`user`); the record-level rule decides which party may post which kind. */
export const postAccess = routeAccess(Object.values(postRules), accountOf);

export function checkPost(post: Post, facts: Facts, party: Party | null): void {
  checkRule(postRules[post], facts, party, {
    action: post === "answer" ? "answerQuestion" : `post_${post}`,
    subject: "assignment",
  });
}

/** The kinds the party may post now; answering a question is asked separately (`answer`). */
export function canPost(facts: Facts, party: Party | null): { kinds: MessageKind[]; answer: boolean } {
  const allowed = allowedActions(postRules, facts, party);
  return {
    kinds: allowed.filter((post): post is MessageKind => post !== "answer"),
    answer: allowed.includes("answer"),
  };
}

export function sideOf(party: Party): Side {
  return party === "assignee" || party === "invitee" ? "worker" : "company";
}

export const isWorkerParty = (party: Party | null) => party === "assignee" || party === "invitee";

/** Whether the author may still edit: their own message, within the window. */
export function editable(
  message: { authorId: string; createdAt: Date },
  userId: string | null,
  now: Date,
  minutes: number,
) {
  return message.authorId === userId && now.getTime() - message.createdAt.getTime() <= minutes * 60_000;
}

/** Refuses a change to a message (an edit, a file) unless the caller wrote it and the 5 minutes are not over. */
export function checkEditable(message: { authorId: string; createdAt: Date }, userId: string | null, now: Date) {
  if (message.authorId !== userId) {
    throw new Problem("forbidden", "Only its author may change a message.");
  }
  if (!editable(message, userId, now, limits.editMinutes)) {
    throw new Problem("edit_window_closed", `Messages can be changed for ${limits.editMinutes} minutes after posting.`);
  }
}

/** Company members named in the text as `@Full Name` (case-insensitive), never the author. */
export function mentioned(body: string, people: { id: string; name: string }[], authorId: string): string[] {
  const text = body.toLowerCase();
  return people
    .filter((p) => p.id !== authorId && p.name && text.includes(`@${p.name.toLowerCase()}`))
    .map((p) => p.id);
}

/** Median of a list of durations (ms), in minutes with one decimal; null when empty. */
export function medianMinutes(values: number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const ms = sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round(ms / 6_000) / 10;
}
