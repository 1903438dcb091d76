import type { App } from "#platform/http/types";
import { downloadResponse, registerUploads, sendStored, uploadOf, uploadSchema } from "#platform/http/uploads";
import { IdParams } from "#shared/fields";
import { attachMessageFile, editMessage, postMessage } from "./actions";
import { EditMessage, MessageFileParams, MessageParams, MessageQuery, PostMessage } from "./contract";
import { downloadMessageFile, listMessages } from "./queries";
import { postAccess } from "./rules";
import { MessageFileView, MessageList, MessageView } from "./views";

const tags = ["messages"];
const base = "/assignments/:id/messages";

/**
 * Attaching a file needs the multipart parser, registered for this route only (an encapsulated scope); like every
 * create it honours Idempotency-Key, which registerUploads makes cover the file's bytes.
 */
function uploadScope(scope: App, _options: unknown, done: (error?: Error) => void): void {
  registerUploads(scope).then(() => {
    scope.post(
      `${base}/:messageId/files`,
      {
        schema: {
          operationId: "attachMessageFile",
          tags,
          params: MessageParams,
          ...uploadSchema,
          response: { 201: MessageFileView },
        },
        config: { auth: "user", problems: ["forbidden", "edit_window_closed", "conflict"] },
      },
      async (req, reply) => reply.code(201).send(await attachMessageFile(req.ctx, req.params, await uploadOf(req))),
    );
    done();
  }, done);
}

/** Both sides use these routes (`user`); the rules in rules.ts decide which party may post which kind. */
export function routes(app: App): void {
  app.register(uploadScope);
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
      config: { ...postAccess, problems: ["forbidden", "invalid_transition", "blocked"] },
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
  app.get(
    `${base}/:messageId/files/:fileId`,
    {
      schema: {
        operationId: "downloadMessageFile",
        tags,
        params: MessageFileParams,
        response: { 200: downloadResponse },
      },
      config: { auth: "user" },
    },
    async (req, reply) => sendStored(reply, await downloadMessageFile(req.ctx, req.params)),
  );
}
