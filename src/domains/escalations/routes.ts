import type { App } from "#platform/http/types";
import { downloadResponse, registerUploads, sendStored, uploadOf, uploadSchema } from "#platform/http/uploads";
import { IdParams } from "#shared/fields";
import { acceptProposal } from "./actions/accept";
import { attachCaseFile } from "./actions/attach";
import { closeCase } from "./actions/close";
import { declineProposal } from "./actions/decline";
import { postCaseMessage } from "./actions/message";
import { openEscalation } from "./actions/open";
import { proposeSettlement } from "./actions/propose";
import { takeCase } from "./actions/take";
import { withdrawCase } from "./actions/withdraw";
import {
  CaseFileParams,
  CaseFileQuery,
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
import { downloadCaseFile } from "./queries/download";
import { getEscalation } from "./queries/get";
import { listEscalations } from "./queries/list";
import { CaseFileView, EscalationDashboard, EscalationList, EscalationView, PostedCaseMessage } from "./views";

const tags = ["escalations"];
const onOne = { tags, params: IdParams, response: { 200: EscalationView } };
const refusals = ["invalid_transition", "forbidden"] as const;
/**
 * Team-only routes name the staff role: the rule table's `team` party says "staff", and which staff is the
 * escalations team is a staff role routeAccess cannot derive.
 */
const team = { auth: "staff:escalations", problems: refusals } as const;

/**
 * Attaching a file needs the multipart parser, registered for this route only (an encapsulated scope), as in the
 * messages domain; like every create it honours Idempotency-Key, which registerUploads makes cover the file's bytes.
 * Who may call it is who may write in the case: the parties' `message` and the team's `note`.
 */
function uploadScope(scope: App, _options: unknown, done: (error?: Error) => void): void {
  registerUploads(scope).then(() => {
    scope.post(
      "/escalations/:id/files",
      {
        schema: {
          operationId: "attachEscalationFile",
          tags,
          params: IdParams,
          querystring: CaseFileQuery,
          ...uploadSchema,
          response: { 201: CaseFileView },
        },
        config: { ...accessFor("message", "note"), problems: [...refusals, "conflict"] },
      },
      async (req, reply) =>
        reply.code(201).send(await attachCaseFile(req.ctx, req.params.id, req.query, await uploadOf(req))),
    );
    done();
  }, done);
}

export function routes(app: App): void {
  app.register(uploadScope);
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
      schema: {
        operationId: "postEscalationMessage",
        tags,
        params: IdParams,
        body: PostCaseMessage,
        response: { 200: PostedCaseMessage },
      },
      config: { ...accessFor("message", "reply", "note"), problems: refusals },
    },
    (req) => postCaseMessage(req.ctx, req.params.id, req.body),
  );
  app.get(
    "/escalations/:id/files/:fileId",
    {
      schema: {
        operationId: "downloadEscalationFile",
        tags,
        params: CaseFileParams,
        response: { 200: downloadResponse },
      },
      config: { auth: "user" },
    },
    async (req, reply) => sendStored(reply, await downloadCaseFile(req.ctx, req.params)),
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
