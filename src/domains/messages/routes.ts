import type { App } from "#platform/http/types";
import { IdParams } from "#shared/fields";
import { editMessage, postMessage } from "./actions";
import { EditMessage, MessageParams, MessageQuery, PostMessage } from "./contract";
import { listMessages } from "./queries";
import { postAccess } from "./rules";
import { MessageList, MessageView } from "./views";

const tags = ["messages"];
const base = "/assignments/:id/messages";

/** Both sides use these routes (`user`); the rules in rules.ts decide which party may post which kind. */
export function routes(app: App): void {
  app.get(
    base,
    {
      schema: {
        operationId: "listMessages",
        tags,
        params: IdParams,
        querystring: MessageQuery,
        response: { 200: MessageList },
      },
      config: { auth: "user" },
    },
    (req) => listMessages(req.ctx, req.params.id, req.query),
  );
  app.post(
    base,
    {
      schema: { operationId: "postMessage", tags, params: IdParams, body: PostMessage, response: { 201: MessageView } },
      config: { ...postAccess, problems: ["forbidden", "invalid_transition"] },
    },
    async (req, reply) => reply.code(201).send(await postMessage(req.ctx, req.params.id, req.body)),
  );
  app.patch(
    `${base}/:messageId`,
    {
      schema: {
        operationId: "editMessage",
        tags,
        params: MessageParams,
        body: EditMessage,
        response: { 200: MessageView },
      },
      config: { auth: "user", problems: ["forbidden", "edit_window_closed"] },
    },
    (req) => editMessage(req.ctx, req.params, req.body),
  );
}
