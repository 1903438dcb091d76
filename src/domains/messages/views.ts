import { z } from "zod";
import { Id } from "#shared/fields";
import { Timestamp } from "#shared/time";
import { MessageKind } from "./contract";

export const MessageFileView = z.object({
  id: Id,
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  uploadedAt: Timestamp,
  /** Where to download it (same session or API key); only those who may read the message may. */
  url: z.string(),
});
export type MessageFileView = z.infer<typeof MessageFileView>;

export const MessageView = z.object({
  id: Id,
  kind: MessageKind,
  body: z.string().describe("Markdown as written; the web app renders it inert (no HTML, no scripts)."),
  /** Null for a shared question seen by another invitee: the asker stays anonymous. */
  author: z.object({ id: Id, name: z.string() }).nullable(),
  side: z.enum(["company", "worker"]),
  replyTo: Id.nullable(),
  /** A question (and its answer) shared with every invited worker. */
  shared: z.boolean(),
  /** For a question: whether the company has answered it. */
  answered: z.boolean(),
  createdAt: Timestamp,
  editedAt: Timestamp.nullable(),
  /** Earlier versions, oldest first: an edit within 5 minutes keeps what was there before. */
  edits: z.array(z.object({ body: z.string(), editedAt: Timestamp })),
  /** Whether the caller may still edit it (their own, within 5 minutes), and so attach files to it. */
  editable: z.boolean(),
  /** The files it carries, oldest first. */
  files: z.array(MessageFileView),
});
export type MessageView = z.infer<typeof MessageView>;

export const SideResponse = z.object({
  medianMinutes: z.number().nullable().describe("Median minutes to the first answer; null before any answer."),
  answered: z.number().int().min(0),
  waiting: z.number().int().min(0).describe("Messages of the other side still waiting for this side's answer."),
});

export const MessageList = z.object({
  items: z.array(MessageView),
  /** Open questions (company only; 0 for workers). */
  openQuestions: z.number().int().min(0),
  responseTimes: z.object({ company: SideResponse, worker: SideResponse }),
  /** The kinds the caller may post now (answering a question is `canAnswer`). */
  canPost: z.array(MessageKind),
  /** Whether the caller may answer the questions (a `message` with `replyTo`). */
  canAnswer: z.boolean(),
});
export type MessageList = z.infer<typeof MessageList>;
