import type { App } from "#platform/http/types";
import { IdParams } from "#shared/fields";
import { applyToTalentPool } from "./actions/apply";
import { approvePoolMember } from "./actions/approve";
import { createTalentPool } from "./actions/create-pool";
import { inviteToTalentPool } from "./actions/invite";
import { messagePoolMembers } from "./actions/message";
import { overridePoolRequirements } from "./actions/override";
import {
  CreatePool,
  InviteToPool,
  MemberParams,
  MessagePool,
  OverridePool,
  PoolList,
  PoolMessageSent,
  PoolView,
} from "./contract";
import { getTalentPool, listTalentPools } from "./queries";

const tags = ["talent"];
const managers = { auth: "client", roles: ["admin", "manager"] } as const;

/** Talent pools (issue 12, item 4). */
export function poolRoutes(app: App): void {
  app.get(
    "/talent-pools",
    { schema: { operationId: "listTalentPools", tags, response: { 200: PoolList } }, config: { auth: "user" } },
    (req) => listTalentPools(req.ctx),
  );
  app.post(
    "/talent-pools",
    {
      schema: { operationId: "createTalentPool", tags, body: CreatePool, response: { 201: PoolView } },
      // not_found: the requirement set named in the body is not the company's own.
      config: { ...managers, problems: ["not_found"] },
    },
    async (req, reply) => reply.code(201).send(await createTalentPool(req.ctx, req.body)),
  );
  app.get(
    "/talent-pools/:id",
    {
      schema: { operationId: "getTalentPool", tags, params: IdParams, response: { 200: PoolView } },
      config: { auth: "user" },
    },
    (req) => getTalentPool(req.ctx, req.params.id),
  );
  app.post(
    "/talent-pools/:id/apply",
    {
      schema: { operationId: "applyToTalentPool", tags, params: IdParams, response: { 200: PoolView } },
      config: { auth: "worker", problems: ["forbidden", "conflict", "requirements_not_met", "blocked"] },
    },
    (req) => applyToTalentPool(req.ctx, req.params.id),
  );
  app.post(
    "/talent-pools/:id/invitations",
    {
      schema: {
        operationId: "inviteToTalentPool",
        tags,
        params: IdParams,
        body: InviteToPool,
        response: { 200: PoolView },
      },
      config: { ...managers, problems: ["forbidden", "conflict", "blocked"] },
    },
    (req) => inviteToTalentPool(req.ctx, req.params.id, req.body.workerId),
  );
  app.post(
    "/talent-pools/:id/members/:workerId/approve",
    {
      schema: { operationId: "approvePoolMember", tags, params: MemberParams, response: { 200: PoolView } },
      config: { ...managers, problems: ["forbidden", "invalid_transition"] },
    },
    (req) => approvePoolMember(req.ctx, req.params.id, req.params.workerId),
  );
  app.post(
    "/talent-pools/:id/overrides",
    {
      schema: {
        operationId: "overridePoolRequirements",
        tags,
        params: IdParams,
        body: OverridePool,
        response: { 200: PoolView },
      },
      config: { ...managers, problems: ["forbidden"] },
    },
    (req) => overridePoolRequirements(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/talent-pools/:id/messages",
    {
      schema: {
        operationId: "messagePoolMembers",
        tags,
        params: IdParams,
        body: MessagePool,
        response: { 200: PoolMessageSent },
      },
      config: { ...managers, problems: ["forbidden"] },
    },
    (req) => messagePoolMembers(req.ctx, req.params.id, req.body),
  );
}
