import { z } from "zod";
import { openEventStream } from "#platform/http/sse";
import type { App } from "#platform/http/types";
import { markRead, updatePreferences } from "./actions";
import {
  MarkedRead,
  MarkRead,
  NotificationList,
  NotificationQuery,
  PreferenceList,
  StreamQuery,
  UpdatePreferences,
} from "./contract";
import { getPreferences, listNotifications, streamNotifications } from "./queries";

const tags = ["notifications"];

/** Everyone signed in has an inbox of their own; nobody reads another's. */
export function routes(app: App): void {
  app.get(
    "/notifications",
    {
      schema: {
        operationId: "listNotifications",
        tags,
        querystring: NotificationQuery,
        response: { 200: NotificationList },
      },
      config: { auth: "user" },
    },
    (req) => listNotifications(req.ctx, req.query),
  );
  app.post(
    "/notifications/read",
    {
      schema: { operationId: "markNotificationsRead", tags, body: MarkRead, response: { 200: MarkedRead } },
      config: { auth: "user", problems: ["not_found"] },
    },
    (req) => markRead(req.ctx, req.body),
  );
  app.get(
    "/notifications/stream",
    {
      schema: {
        operationId: "streamNotifications",
        tags,
        querystring: StreamQuery,
        produces: ["text/event-stream"],
        response: {
          200: z
            .string()
            .describe(
              "Server-Sent Events: `unread` ({ unreadCount }) first, then `notification` (a NotificationView) per new entry.",
            ),
        },
      },
      config: { auth: "user" },
    },
    (req, reply) => streamNotifications(req.ctx, req.query.maxSeconds, openEventStream(req, reply)),
  );
  app.get(
    "/notification-preferences",
    {
      schema: { operationId: "getNotificationPreferences", tags, response: { 200: PreferenceList } },
      config: { auth: "user" },
    },
    (req) => getPreferences(req.ctx),
  );
  app.put(
    "/notification-preferences",
    {
      schema: {
        operationId: "updateNotificationPreferences",
        tags,
        body: UpdatePreferences,
        response: { 200: PreferenceList },
      },
      config: { auth: "user" },
    },
    (req) => updatePreferences(req.ctx, req.body),
  );
}
