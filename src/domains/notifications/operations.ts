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
};
