import type { App } from "#platform/http/types";
import { downloadResponse, registerUploads, sendStored, uploadOf, uploadSchema } from "#platform/http/uploads";
import { IdParams } from "#shared/fields";
import { addCredential } from "./actions/add-credential";
import { createRequirementSet } from "./actions/create-requirement-set";
import { rejectCredential } from "./actions/reject";
import { updateRequirementSet } from "./actions/update-requirement-set";
import { uploadCredentialDocument } from "./actions/upload-document";
import { verifyCredential } from "./actions/verify";
import { agreementRoutes } from "./agreements/routes";
import {
  AddCredential,
  CredentialList,
  CredentialView,
  RejectCredential,
  RequirementSetList,
  RequirementSetView,
  SaveRequirementSet,
  VerifyCredential,
  WorkerParams,
} from "./contract";
import { matchingRoutes } from "./matching/routes";
import { poolRoutes } from "./pools/routes";
import { downloadCredentialDocument } from "./queries/download-document";
import { getRequirementSet } from "./queries/get-requirement-set";
import { listMyCredentials } from "./queries/list-credentials";
import { listRequirementSets } from "./queries/list-requirement-sets";
import { listWorkerCredentials } from "./queries/worker-credentials";
import { testRoutes } from "./tests/routes";

const tags = ["talent"];
/** Company admins and managers shape requirements; every member may read them. */
const shapers = { auth: "client", roles: ["admin", "manager"] } as const;

function uploadScope(scope: App, _options: unknown, done: (error?: Error) => void): void {
  registerUploads(scope).then(() => {
    scope.post(
      "/credentials/:id/document",
      {
        schema: {
          operationId: "uploadCredentialDocument",
          tags,
          params: IdParams,
          ...uploadSchema,
          response: { 200: CredentialView },
        },
        config: { auth: "worker", problems: ["forbidden"] },
      },
      async (req) => uploadCredentialDocument(req.ctx, req.params.id, await uploadOf(req)),
    );
    done();
  }, done);
}

function credentialRoutes(app: App): void {
  app.register(uploadScope);
  app.get(
    "/credentials",
    {
      schema: { operationId: "listMyCredentials", tags, response: { 200: CredentialList } },
      config: { auth: "worker" },
    },
    (req) => listMyCredentials(req.ctx),
  );
  app.post(
    "/credentials",
    {
      schema: { operationId: "addCredential", tags, body: AddCredential, response: { 201: CredentialView } },
      config: { auth: "worker" },
    },
    async (req, reply) => reply.code(201).send(await addCredential(req.ctx, req.body)),
  );
  app.get(
    "/credentials/:id/document",
    {
      schema: {
        operationId: "downloadCredentialDocument",
        tags,
        params: IdParams,
        response: { 200: downloadResponse },
      },
      config: { auth: "user" },
    },
    async (req, reply) => sendStored(reply, await downloadCredentialDocument(req.ctx, req.params.id)),
  );
  app.post(
    "/credentials/:id/verify",
    {
      schema: {
        operationId: "verifyCredential",
        tags,
        params: IdParams,
        body: VerifyCredential,
        response: { 200: CredentialView },
      },
      config: { auth: "user", problems: ["forbidden"] },
    },
    (req) => verifyCredential(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/credentials/:id/reject",
    {
      schema: {
        operationId: "rejectCredential",
        tags,
        params: IdParams,
        body: RejectCredential,
        response: { 200: CredentialView },
      },
      config: { auth: "user", problems: ["forbidden"] },
    },
    (req) => rejectCredential(req.ctx, req.params.id, req.body),
  );
  app.get(
    "/workers/:workerId/credentials",
    {
      schema: { operationId: "listWorkerCredentials", tags, params: WorkerParams, response: { 200: CredentialList } },
      config: { auth: "user" },
    },
    (req) => listWorkerCredentials(req.ctx, req.params.workerId),
  );
}

function requirementSetRoutes(app: App): void {
  app.get(
    "/requirement-sets",
    {
      schema: { operationId: "listRequirementSets", tags, response: { 200: RequirementSetList } },
      config: { auth: "client" },
    },
    (req) => listRequirementSets(req.ctx),
  );
  app.post(
    "/requirement-sets",
    {
      schema: {
        operationId: "createRequirementSet",
        tags,
        body: SaveRequirementSet,
        response: { 201: RequirementSetView },
      },
      config: shapers,
    },
    async (req, reply) => reply.code(201).send(await createRequirementSet(req.ctx, req.body)),
  );
  app.get(
    "/requirement-sets/:id",
    {
      schema: { operationId: "getRequirementSet", tags, params: IdParams, response: { 200: RequirementSetView } },
      config: { auth: "client" },
    },
    (req) => getRequirementSet(req.ctx, req.params.id),
  );
  app.put(
    "/requirement-sets/:id",
    {
      schema: {
        operationId: "updateRequirementSet",
        tags,
        params: IdParams,
        body: SaveRequirementSet,
        response: { 200: RequirementSetView },
      },
      config: shapers,
    },
    (req) => updateRequirementSet(req.ctx, req.params.id, req.body),
  );
}

export function routes(app: App): void {
  credentialRoutes(app);
  requirementSetRoutes(app);
  poolRoutes(app);
  testRoutes(app);
  agreementRoutes(app);
  matchingRoutes(app);
}
