import { z } from "zod";
import { Id, Markdown } from "#shared/fields";

/**
 * Issue 13, items 1–3: an invited worker's `question` (before assignment), the `message` thread between the company
 * and its worker (an answer to a question is a message that names it in `replyTo`), and a company's internal `note`.
 */
export const messageKinds = ["question", "message", "note"] as const;
export const MessageKind = z.enum(messageKinds);
export type MessageKind = z.infer<typeof MessageKind>;

/** The company's side or the worker's: response times are measured per side. */
export const sides = ["company", "worker"] as const;
export type Side = (typeof sides)[number];

/** `files`: what one message may carry (each file within the platform's upload limit). */
export const limits = { body: 10_000, editMinutes: 5, files: 10 } as const;

const Body = Markdown(limits.body).refine((s) => s.trim().length > 0, "Write something first.");

export const PostMessage = z.strictObject({
  kind: MessageKind,
  body: Body,
  /** A company member answering a question names it here. */
  replyTo: Id.nullable().default(null),
  /**
   * With `replyTo`: true shares the question (without the asker's name) and the answer with every invited worker;
   * false (the default) answers only the worker who asked.
   */
  shared: z.boolean().default(false),
});
export type PostMessage = z.infer<typeof PostMessage>;

export const EditMessage = z.strictObject({ body: Body });
export type EditMessage = z.infer<typeof EditMessage>;

export const MessageParams = z.strictObject({ id: Id, messageId: Id });
export const MessageFileParams = z.strictObject({ id: Id, messageId: Id, fileId: Id });

export const MessageQuery = z.strictObject({
  kind: MessageKind.optional().describe("Only this kind (an answer is a `message`)."),
});
export type MessageQuery = z.infer<typeof MessageQuery>;
