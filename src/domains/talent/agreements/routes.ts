import type { App } from "#platform/http/types";
import { downloadResponse, registerUploads, sendStored, uploadOf, uploadSchema } from "#platform/http/uploads";
import { IdParams } from "#shared/fields";
import { askToSignAgreement } from "./actions/ask";
import { createAgreement } from "./actions/create-agreement";
import { signAgreement } from "./actions/sign";
import { uploadAgreementVersion } from "./actions/upload-version";
import { AgreementList, AgreementView, AskToSign, CreateAgreement, SignAgreement, VersionQuery } from "./contract";
import { downloadAgreementDocument, getAgreement, listAgreements } from "./queries";

const tags = ["talent"];
const managers = { auth: "client", roles: ["admin", "manager"] } as const;

function uploadScope(scope: App, _options: unknown, done: (error?: Error) => void): void {
  registerUploads(scope).then(() => {
    scope.post(
      "/agreements/:id/versions",
      {
        schema: {
          operationId: "uploadAgreementVersion",
          tags,
          params: IdParams,
          querystring: VersionQuery,
          ...uploadSchema,
          response: { 201: AgreementView },
        },
        // conflict: a version with this label exists.
        config: { ...managers, problems: ["forbidden", "conflict"] },
      },
      async (req, reply) =>
        reply
          .code(201)
          .send(await uploadAgreementVersion(req.ctx, req.params.id, req.query.version, await uploadOf(req))),
    );
    done();
  }, done);
}

/** Agreements a company uploads and workers sign (issue 12, item 3). */
export function agreementRoutes(app: App): void {
  app.register(uploadScope);
  app.get(
    "/agreements",
    { schema: { operationId: "listAgreements", tags, response: { 200: AgreementList } }, config: { auth: "user" } },
    (req) => listAgreements(req.ctx),
  );
  app.post(
    "/agreements",
    {
      schema: { operationId: "createAgreement", tags, body: CreateAgreement, response: { 201: AgreementView } },
      config: managers,
    },
    async (req, reply) => reply.code(201).send(await createAgreement(req.ctx, req.body)),
  );
  app.get(
    "/agreements/:id",
    {
      schema: { operationId: "getAgreement", tags, params: IdParams, response: { 200: AgreementView } },
      config: { auth: "user" },
    },
    (req) => getAgreement(req.ctx, req.params.id),
  );
  app.get(
    "/agreements/:id/document",
    {
      schema: { operationId: "downloadAgreementDocument", tags, params: IdParams, response: { 200: downloadResponse } },
      config: { auth: "user" },
    },
    async (req, reply) => sendStored(reply, await downloadAgreementDocument(req.ctx, req.params.id)),
  );
  app.post(
    "/agreements/:id/requests",
    {
      schema: {
        operationId: "askToSignAgreement",
        tags,
        params: IdParams,
        body: AskToSign,
        response: { 200: AgreementView },
      },
      // invalid_transition: no document uploaded yet.
      config: { ...managers, problems: ["forbidden", "invalid_transition"] },
    },
    (req) => askToSignAgreement(req.ctx, req.params.id, req.body.workerIds),
  );
  app.post(
    "/agreements/:id/sign",
    {
      schema: {
        operationId: "signAgreement",
        tags,
        params: IdParams,
        body: SignAgreement,
        response: { 200: AgreementView },
      },
      // version_conflict: a newer version was published since the worker opened it.
      config: { auth: "worker", problems: ["version_conflict"] },
    },
    (req) => signAgreement(req.ctx, req.params.id, req.body),
  );
}
