import type { OperationDocs } from "#platform/domain";

/** What the API reference says about each notifications operation (applied by operationId). */
export const operations: OperationDocs = {
  listNotifications: {
    summary: "List my notifications",
    description:
      "The caller's in-app notifications, newest first, each with the link of the record it is about; `unread=true` " +
      "leaves out what was read. `unreadCount` is the bell's number.",
  },
  markNotificationsRead: {
    summary: "Mark notifications read",
    description:
      "`{ id }` marks one of the caller's notifications read, `{ all: true }` every unread one; answers the new unread count.",
  },
  streamNotifications: {
    summary: "Stream my notifications live",
    description:
      "Server-Sent Events (`text/event-stream`): first `unread` with the caller's unread count, then one `notification` " +
      "per new entry as it is written, by whichever server process wrote it (PostgreSQL LISTEN/NOTIFY, a poll as the " +
      "fallback). The server ends the stream after `maxSeconds` (default 900); EventSource reconnects by itself.",
  },
  getNotificationPreferences: {
    summary: "Get my notification preferences",
    description:
      "For every notification type: `in_app`, `email`, `both` (the default) or `none`, and whether its emails are " +
      "gathered into a daily `digest`. Security emails (password reset, a new API key) are listed `locked`: always sent.",
  },
  updateNotificationPreferences: {
    summary: "Change my notification preferences",
    description:
      "Sets the channel and digest choice of the types given; the others keep theirs. Security emails are not a " +
      "type here and cannot be switched off. Answers every type.",
  },
};
