import { placeRefusals } from "#domains/places/contract";
import type { App } from "#platform/http/types";
import { IdParams } from "#shared/fields";
import { updateWorkerProfile } from "./actions";
import { PublicWorker, UpdateWorkerProfile, WorkerProfile } from "./contract";
import { getMyWorkerProfile, getPublicWorker } from "./queries";

const tags = ["workers"];

export function routes(app: App): void {
  app.get(
    "/workers/me",
    {
      schema: { operationId: "getMyWorkerProfile", tags, response: { 200: WorkerProfile } },
      config: { auth: "worker", problems: ["not_found"] },
    },
    (req) => getMyWorkerProfile(req.ctx),
  );
  app.patch(
    "/workers/me",
    {
      schema: { operationId: "updateWorkerProfile", tags, body: UpdateWorkerProfile, response: { 200: WorkerProfile } },
      config: { auth: "worker", problems: ["not_found", ...placeRefusals] },
    },
    (req) => updateWorkerProfile(req.ctx, req.body),
  );
  app.get(
    "/workers/:id",
    {
      schema: { operationId: "getPublicWorker", tags, params: IdParams, response: { 200: PublicWorker } },
      config: { auth: "public" },
    },
    (req) => getPublicWorker(req.ctx, req.params.id),
  );
}
