import type { App } from "#platform/http/types";
import { acceptPolicies, publishPolicyVersion } from "./actions";
import {
  AcceptPolicies,
  KindParams,
  PolicyDocument,
  PolicyOverview,
  PolicyVersion,
  PolicyVersionDetail,
  PublishPolicyVersion,
  VersionParams,
} from "./contract";
import { getPolicyDocument, getPolicyOverview, getPolicyVersion } from "./queries";

const tags = ["policies"];

export function routes(app: App): void {
  app.get(
    "/policies",
    {
      schema: { operationId: "getPolicyOverview", tags, response: { 200: PolicyOverview } },
      config: { auth: "public" },
    },
    (req) => getPolicyOverview(req.ctx),
  );
  app.post(
    "/policies/accept",
    {
      schema: { operationId: "acceptPolicies", tags, body: AcceptPolicies, response: { 200: PolicyOverview } },
      config: { problems: ["not_found", "policy_version_not_current"] },
    },
    (req) => acceptPolicies(req.ctx, req.body),
  );
  app.get(
    "/policies/:kind",
    {
      schema: { operationId: "getPolicyDocument", tags, params: KindParams, response: { 200: PolicyDocument } },
      config: { auth: "public" },
    },
    (req) => getPolicyDocument(req.ctx, req.params.kind),
  );
  app.get(
    "/policies/:kind/versions/:version",
    {
      schema: { operationId: "getPolicyVersion", tags, params: VersionParams, response: { 200: PolicyVersionDetail } },
      config: { auth: "public" },
    },
    (req) => getPolicyVersion(req.ctx, req.params.kind, req.params.version),
  );
  app.post(
    "/policies/:kind/versions",
    {
      schema: {
        operationId: "publishPolicyVersion",
        tags,
        params: KindParams,
        body: PublishPolicyVersion,
        response: { 201: PolicyVersion },
      },
      config: { auth: "staff:admin" },
    },
    async (req, reply) => reply.code(201).send(await publishPolicyVersion(req.ctx, req.params.kind, req.body)),
  );
}
