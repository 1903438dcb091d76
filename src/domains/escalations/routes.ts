import type { App } from "#platform/http/types";
import { IdParams } from "#shared/fields";
import { acceptProposal } from "./actions/accept";
import { closeCase } from "./actions/close";
import { declineProposal } from "./actions/decline";
import { postCaseMessage } from "./actions/message";
import { openEscalation } from "./actions/open";
import { proposeSettlement } from "./actions/propose";
import { takeCase } from "./actions/take";
import { withdrawCase } from "./actions/withdraw";
import {
  CaseQuery,
  CloseCase,
  OpenEscalation,
  PostCaseMessage,
  ProposalParams,
  ProposeSettlement,
  WithdrawCase,
} from "./contract";
import { accessFor, proposalAccessFor } from "./lifecycle";
import { escalationDashboard } from "./queries/dashboard";
import { getEscalation } from "./queries/get";
import { listEscalations } from "./queries/list";
import { EscalationDashboard, EscalationList, EscalationView } from "./views";

const tags = ["escalations"];
const onOne = { tags, params: IdParams, response: { 200: EscalationView } };
const refusals = ["invalid_transition", "forbidden"] as const;
/**
 * Team-only routes name the staff role: the rule table's `team` party says "staff", and which staff is the
 * escalations team is a staff role routeAccess cannot derive.
 */
const team = { auth: "staff:escalations", problems: refusals } as const;

export function routes(app: App): void {
  app.post(
    "/assignments/:id/escalations",
    {
      schema: {
        operationId: "openEscalation",
        tags,
        params: IdParams,
        body: OpenEscalation,
        response: { 201: EscalationView },
      },
      config: {
        ...accessFor("withdraw"),
        problems: [...refusals, "escalation_window_closed", "escalation_already_open"],
      },
    },
    async (req, reply) => reply.code(201).send(await openEscalation(req.ctx, req.params.id, req.body)),
  );
  app.get(
    "/escalations",
    {
      schema: { operationId: "listEscalations", tags, querystring: CaseQuery, response: { 200: EscalationList } },
      config: { auth: "user" },
    },
    (req) => listEscalations(req.ctx, req.query),
  );
  app.get("/escalations/:id", { schema: { operationId: "getEscalation", ...onOne }, config: { auth: "user" } }, (req) =>
    getEscalation(req.ctx, req.params.id),
  );
  app.post(
    "/escalations/:id/messages",
    {
      schema: { operationId: "postEscalationMessage", ...onOne, body: PostCaseMessage },
      config: { ...accessFor("message", "reply", "note"), problems: refusals },
    },
    (req) => postCaseMessage(req.ctx, req.params.id, req.body),
  );
  app.post("/escalations/:id/take", { schema: { operationId: "takeEscalation", ...onOne }, config: team }, (req) =>
    takeCase(req.ctx, req.params.id),
  );
  app.post(
    "/escalations/:id/close",
    { schema: { operationId: "closeEscalation", ...onOne, body: CloseCase }, config: team },
    (req) => closeCase(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/escalations/:id/withdraw",
    {
      schema: { operationId: "withdrawEscalation", ...onOne, body: WithdrawCase },
      config: { ...accessFor("withdraw"), problems: refusals },
    },
    (req) => withdrawCase(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/escalations/:id/proposals",
    {
      schema: {
        operationId: "proposeSettlement",
        tags,
        params: IdParams,
        body: ProposeSettlement,
        response: { 201: EscalationView },
      },
      config: { ...accessFor("propose"), problems: [...refusals, "settlement_not_possible"] },
    },
    async (req, reply) => reply.code(201).send(await proposeSettlement(req.ctx, req.params.id, req.body)),
  );
  app.post(
    "/escalations/:id/proposals/:proposalId/accept",
    {
      schema: { operationId: "acceptProposal", tags, params: ProposalParams, response: { 200: EscalationView } },
      config: {
        ...proposalAccessFor("accept"),
        problems: [...refusals, "settlement_not_possible", "insufficient_funds"],
      },
    },
    (req) => acceptProposal(req.ctx, req.params.id, req.params.proposalId),
  );
  app.post(
    "/escalations/:id/proposals/:proposalId/decline",
    {
      schema: { operationId: "declineProposal", tags, params: ProposalParams, response: { 200: EscalationView } },
      config: { ...proposalAccessFor("decline"), problems: refusals },
    },
    (req) => declineProposal(req.ctx, req.params.id, req.params.proposalId),
  );
  app.get(
    "/staff/escalations/dashboard",
    {
      schema: { operationId: "escalationDashboard", tags: ["staff"], response: { 200: EscalationDashboard } },
      config: { auth: "staff:escalations" },
    },
    (req) => escalationDashboard(req.ctx),
  );
}
