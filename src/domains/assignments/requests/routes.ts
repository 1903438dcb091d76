import { z } from "zod";
import type { App } from "#platform/http/types";
import { IdParams } from "#shared/fields";
import { actionRefusals } from "../contract";
import { accessOf } from "../lifecycle";
import { acceptAssignmentRequest } from "./actions/accept";
import { declineAssignmentRequest } from "./actions/decline";
import { makeAssignmentRequest } from "./actions/make";
import { withdrawAssignmentRequest } from "./actions/withdraw";
import { AnswerRequest, MakeRequest, RequestList, RequestParams, RequestView } from "./contract";
import { listAssignmentRequests } from "./queries";
import { requestRules, withdrawRule } from "./rules";

const tags = ["assignments"];
/** The note is optional, and so is the whole body. */
const answer = z.preprocess((body) => body ?? {}, AnswerRequest);
const base = "/assignments/:id/requests";
const kinds = Object.values(requestRules);
/** Derived from the rules table: every kind's asking side, answering side, and (for withdraw) asking side again. */
const askers = accessOf(...kinds.map((rule) => rule.make));
const answerers = accessOf(...kinds.map((rule) => rule.answer));
const withdrawers = accessOf(
  ...Object.keys(requestRules).map((kind) => withdrawRule(kind as keyof typeof requestRules)),
);

/**
 * Budget, schedule, expense and bonus requests. Both sides use the same routes, so their derived `auth` is "user";
 * the rules table (requests/rules.ts) says which party and role may ask or answer each kind: managers and admins,
 * finance for what costs money, the assigned worker for their side; viewers only read.
 */
export function requestsRoutes(app: App): void {
  app.get(
    base,
    { schema: { operationId: "listAssignmentRequests", tags, params: IdParams, response: { 200: RequestList } } },
    (req) => listAssignmentRequests(req.ctx, req.params.id),
  );
  app.post(
    base,
    {
      schema: {
        operationId: "makeAssignmentRequest",
        tags,
        params: IdParams,
        body: MakeRequest,
        response: { 201: RequestView },
      },
      config: { ...askers, problems: [...actionRefusals, "request_already_pending", "blocked"] },
    },
    async (req, reply) => reply.code(201).send(await makeAssignmentRequest(req.ctx, req.params.id, req.body)),
  );
  app.post(
    `${base}/:requestId/accept`,
    {
      schema: {
        operationId: "acceptAssignmentRequest",
        tags,
        params: RequestParams,
        body: answer,
        response: { 200: RequestView },
      },
      // Accepting commits the company to more money or time, like sending: a verified address first. With secured
      // funds on, the extra money is committed too (payments' "raise" rule), or 422 insufficient_funds.
      config: { ...answerers, problems: [...actionRefusals, "blocked", "insufficient_funds"], verifiedEmail: true },
    },
    (req) => acceptAssignmentRequest(req.ctx, req.params, req.body),
  );
  app.post(
    `${base}/:requestId/decline`,
    {
      schema: {
        operationId: "declineAssignmentRequest",
        tags,
        params: RequestParams,
        body: answer,
        response: { 200: RequestView },
      },
      config: answerers,
    },
    (req) => declineAssignmentRequest(req.ctx, req.params, req.body),
  );
  app.post(
    `${base}/:requestId/withdraw`,
    {
      schema: { operationId: "withdrawAssignmentRequest", tags, params: RequestParams, response: { 200: RequestView } },
      config: withdrawers,
    },
    (req) => withdrawAssignmentRequest(req.ctx, req.params),
  );
}
