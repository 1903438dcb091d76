import type { FastifyReply } from "fastify";
import type { App } from "#platform/http/types";
import { IdParams, Ok } from "#shared/fields";
import { createBlock, removeBlock } from "./actions";
import { BlockList, BlockView, CreateBlock } from "./contract";
import { listBlocks } from "./queries";

const tags = ["blocks"];

/** A new block is 201; blocking a pair already blocked answers the same block with 200 (idempotent by the pair). */
const answer = (reply: FastifyReply, result: { block: BlockView; created: boolean }) =>
  reply.code(result.created ? 201 : 200).send(result.block);

/**
 * Blocking (issue 15 item 10). Both kinds of account use the same routes (`user`): a worker blocks companies, a
 * company's admins and managers block workers (the role is checked in the action, since a worker has none).
 */
export function blockRoutes(app: App): void {
  app.get(
    "/blocks",
    { schema: { operationId: "listBlocks", tags, response: { 200: BlockList } }, config: { auth: "user" } },
    (req) => listBlocks(req.ctx),
  );
  // Blocking protects the one who blocks: a suspended account may still keep someone away (openWhenSuspended).
  app.post(
    "/blocks",
    {
      schema: { operationId: "createBlock", tags, body: CreateBlock, response: { 200: BlockView, 201: BlockView } },
      config: { auth: "user", openWhenSuspended: true, problems: ["forbidden"] },
    },
    async (req, reply) => answer(reply, await createBlock(req.ctx, req.body)),
  );
  app.delete(
    "/blocks/:id",
    {
      schema: { operationId: "removeBlock", tags, params: IdParams, response: { 200: Ok } },
      config: { auth: "user", openWhenSuspended: true, problems: ["forbidden"] },
    },
    (req) => removeBlock(req.ctx, req.params.id),
  );
}
