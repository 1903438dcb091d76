import { z } from "zod";
import { Id, Page, PageQuery } from "#shared/fields";
import { Timestamp } from "#shared/time";

/**
 * Issue 13, Preferences: every kind of notice a domain produces. Callers pass the content; notifications only
 * delivers it, in the app and by email, as each person chose. `security` notices (password reset, new API key) are
 * always emailed.
 */
export const notificationTypes = [
  "assignment.update",
  "question.asked",
  "question.answered",
  "message.received",
  "note.mention",
  "webhook.disabled",
  "escalation.update",
  "talent.update",
  "moderation.notice",
] as const;
export const NotificationType = z.enum(notificationTypes);
export type NotificationType = z.infer<typeof NotificationType>;

export const NotificationView = z.object({
  id: Id,
  type: NotificationType,
  title: z.string(),
  body: z.string(),
  /** The web page of the record it is about (a path such as `/assignments/{id}`), to open from the list. */
  link: z.string(),
  subject: z.object({ type: z.string(), id: Id }).nullable(),
  read: z.boolean(),
  createdAt: Timestamp,
});
export type NotificationView = z.infer<typeof NotificationView>;

export const NotificationQuery = PageQuery.extend({
  unread: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true")
    .describe("Only unread notifications when true."),
});
export type NotificationQuery = z.infer<typeof NotificationQuery>;

export const NotificationList = Page(NotificationView).extend({
  unreadCount: z.number().int().min(0).describe("All of the caller's unread notifications, not only this page's."),
});
export type NotificationList = z.infer<typeof NotificationList>;

/** One notification by id, or every unread one with `all: true`. */
export const MarkRead = z.union([z.strictObject({ id: Id }), z.strictObject({ all: z.literal(true) })]);
export type MarkRead = z.infer<typeof MarkRead>;

export const MarkedRead = z.object({ marked: z.number().int().min(0), unreadCount: z.number().int().min(0) });

export const StreamQuery = z.strictObject({
  maxSeconds: z.coerce
    .number()
    .int()
    .min(0)
    .max(3600)
    .default(900)
    .describe(
      "The server ends the stream after this long; EventSource reconnects on its own (0: send the count and end).",
    ),
});

/**
 * Notices nobody may switch off or put in a digest, sent in the inbox and by email at once: due process (issue 15)
 * must reach the person, so a sanction on their account and the answer to their appeal are never silenced.
 */
export const alwaysSentTypes: readonly NotificationType[] = ["moderation.notice"];

/** Sign-in and key emails (password reset, a new API key) that nobody may switch off; listed so people see why. */
export const securityType = "security" as const;

export const channels = ["in_app", "email", "both", "none"] as const;
export const Channel = z.enum(channels);
export type Channel = z.infer<typeof Channel>;

export const PreferenceView = z.object({
  type: z.union([NotificationType, z.literal(securityType)]),
  channel: Channel,
  /** Gather this type's emails into one daily email instead of one each. */
  digest: z.boolean(),
  /** True for security emails: always sent, never changed. */
  locked: z.boolean(),
});
export type PreferenceView = z.infer<typeof PreferenceView>;

export const PreferenceList = z.object({ items: z.array(PreferenceView) });
export type PreferenceList = z.infer<typeof PreferenceList>;

export const UpdatePreferences = z.strictObject({
  preferences: z
    .array(z.strictObject({ type: NotificationType, channel: Channel, digest: z.boolean().default(false) }))
    .min(1)
    .max(notificationTypes.length)
    .refine((list) => new Set(list.map((p) => p.type)).size === list.length, "Give each type once."),
});
export type UpdatePreferences = z.infer<typeof UpdatePreferences>;
