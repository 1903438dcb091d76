import { z } from "zod";
import type { App } from "#platform/http/types";
import { IdParams } from "#shared/fields";
import { abandonAssignment } from "./actions/abandon";
import { acceptAssignment } from "./actions/accept";
import { addRecipients } from "./actions/add-recipients";
import { applyForAssignment } from "./actions/apply";
import { approveAssignment } from "./actions/approve";
import { cancelAssignment } from "./actions/cancel";
import { checkInAssignment } from "./actions/check-in";
import { checkOutAssignment } from "./actions/check-out";
import { confirmAssignment } from "./actions/confirm";
import { createAssignment } from "./actions/create";
import { declineAssignment } from "./actions/decline";
import { holdAssignment } from "./actions/hold";
import { markNoShow } from "./actions/no-show";
import { resumeAssignment } from "./actions/resume";
import { returnAssignment } from "./actions/return";
import { selectApplication } from "./actions/select-application";
import { sendAssignment } from "./actions/send";
import { submitAssignment } from "./actions/submit";
import { updateAssignment } from "./actions/update";
import { voidAssignment } from "./actions/void";
import { withdrawAssignment } from "./actions/withdraw";
import {
  AddRecipients,
  ApplicationParams,
  ApplyForAssignment,
  AssignmentDraftPreview,
  actionRefusals,
  CancelAssignment,
  CheckIn,
  CreateAssignment,
  commitmentRefusals,
  Reason,
  SendAssignment,
  SubmitAssignment,
  UpdateAssignment,
} from "./contract";
import { AssignmentPreview, AssignmentView, Timeline } from "./views/contract";
import { previewAssignment } from "./views/preview";
import { getAssignment, getTimeline } from "./views/queries";

const tags = ["assignments"];
const view = { 200: AssignmentView };
/** Managers and admins post and manage; finance approves; viewers read; workers act on what was sent to them. */
const managers = { auth: "client", roles: ["admin", "manager"] } as const;
const approvers = { auth: "client", roles: ["admin", "manager", "finance"] } as const;
const worker = { auth: "worker" } as const;
/** The note is optional, and so is the whole body. */
const note = z.preprocess((body) => body ?? {}, CheckIn);

/** The assignment itself: create (and preview the draft being typed), read, edit, timeline. */
function recordRoutes(app: App): void {
  app.post(
    "/assignments",
    {
      schema: { operationId: "createAssignment", tags, body: CreateAssignment, response: { 201: AssignmentView } },
      config: managers,
    },
    async (req, reply) => reply.code(201).send(await createAssignment(req.ctx, req.body)),
  );
  app.post(
    "/assignments/preview",
    {
      schema: {
        operationId: "previewAssignment",
        tags,
        body: AssignmentDraftPreview,
        response: { 200: AssignmentPreview },
      },
      // Takes no Idempotency-Key: it writes nothing, so a repeat is harmless.
      config: { ...managers, idempotent: false },
    },
    (req) => previewAssignment(req.ctx, req.body),
  );
  app.get(
    "/assignments/:id",
    { schema: { operationId: "getAssignment", tags, params: IdParams, response: view } },
    (req) => getAssignment(req.ctx, req.params.id),
  );
  app.patch(
    "/assignments/:id",
    {
      schema: { operationId: "updateAssignment", tags, params: IdParams, body: UpdateAssignment, response: view },
      config: { ...managers, problems: [...actionRefusals, "version_conflict"] },
    },
    (req) => updateAssignment(req.ctx, req.params.id, req.body),
  );
  app.get(
    "/assignments/:id/timeline",
    { schema: { operationId: "getTimeline", tags, params: IdParams, response: { 200: Timeline } } },
    (req) => getTimeline(req.ctx, req.params.id),
  );
}

/** Routing: send, recipients, withdraw, accept, apply, select, decline. */
function routingRoutes(app: App): void {
  app.post(
    "/assignments/:id/send",
    {
      schema: { operationId: "sendAssignment", tags, params: IdParams, body: SendAssignment, response: view },
      config: { ...managers, problems: commitmentRefusals },
    },
    (req) => sendAssignment(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/assignments/:id/recipients",
    {
      schema: { operationId: "addRecipients", tags, params: IdParams, body: AddRecipients, response: view },
      config: { ...managers, problems: commitmentRefusals },
    },
    (req) => addRecipients(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/assignments/:id/withdraw",
    {
      schema: { operationId: "withdrawAssignment", tags, params: IdParams, response: view },
      config: { ...managers, problems: actionRefusals },
    },
    (req) => withdrawAssignment(req.ctx, req.params.id),
  );
  app.post(
    "/assignments/:id/accept",
    {
      schema: { operationId: "acceptAssignment", tags, params: IdParams, response: view },
      config: { ...worker, problems: commitmentRefusals },
    },
    (req) => acceptAssignment(req.ctx, req.params.id),
  );
  app.post(
    "/assignments/:id/apply",
    {
      schema: { operationId: "applyForAssignment", tags, params: IdParams, body: ApplyForAssignment, response: view },
      config: { ...worker, problems: commitmentRefusals },
    },
    (req) => applyForAssignment(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/assignments/:id/applications/:applicationId/select",
    {
      schema: { operationId: "selectApplication", tags, params: ApplicationParams, response: view },
      config: { ...managers, problems: commitmentRefusals },
    },
    (req) => selectApplication(req.ctx, req.params.id, req.params.applicationId),
  );
  app.post(
    "/assignments/:id/decline",
    {
      schema: { operationId: "declineAssignment", tags, params: IdParams, body: Reason, response: view },
      config: { ...worker, problems: actionRefusals },
    },
    (req) => declineAssignment(req.ctx, req.params.id, req.body),
  );
}

/** The worker's side of the work: confirm, check in and out, submit, abandon. */
function workRoutes(app: App): void {
  app.post(
    "/assignments/:id/confirm",
    {
      schema: { operationId: "confirmAssignment", tags, params: IdParams, response: view },
      config: { ...worker, problems: commitmentRefusals },
    },
    (req) => confirmAssignment(req.ctx, req.params.id),
  );
  app.post(
    "/assignments/:id/check-in",
    {
      schema: { operationId: "checkInAssignment", tags, params: IdParams, body: note, response: view },
      config: { ...worker, problems: commitmentRefusals },
    },
    (req) => checkInAssignment(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/assignments/:id/check-out",
    {
      schema: { operationId: "checkOutAssignment", tags, params: IdParams, body: note, response: view },
      config: { ...worker, problems: actionRefusals },
    },
    (req) => checkOutAssignment(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/assignments/:id/submit",
    {
      schema: { operationId: "submitAssignment", tags, params: IdParams, body: SubmitAssignment, response: view },
      config: {
        ...worker,
        problems: [...commitmentRefusals, "deliverables_incomplete", "budget_exceeded"],
      },
    },
    (req) => submitAssignment(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/assignments/:id/abandon",
    {
      schema: { operationId: "abandonAssignment", tags, params: IdParams, body: Reason, response: view },
      config: { ...worker, problems: actionRefusals },
    },
    (req) => abandonAssignment(req.ctx, req.params.id, req.body),
  );
}

/** The client's decisions: approve, return, cancel, no-show, hold, resume, void. */
function decisionRoutes(app: App): void {
  app.post(
    "/assignments/:id/approve",
    {
      schema: { operationId: "approveAssignment", tags, params: IdParams, response: view },
      config: { ...approvers, problems: actionRefusals },
    },
    (req) => approveAssignment(req.ctx, req.params.id),
  );
  app.post(
    "/assignments/:id/return",
    {
      schema: { operationId: "returnAssignment", tags, params: IdParams, body: Reason, response: view },
      config: { ...approvers, problems: actionRefusals },
    },
    (req) => returnAssignment(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/assignments/:id/cancel",
    {
      schema: { operationId: "cancelAssignment", tags, params: IdParams, body: CancelAssignment, response: view },
      config: { ...managers, problems: [...actionRefusals, "cancellation_fee_not_offered"] },
    },
    (req) => cancelAssignment(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/assignments/:id/no-show",
    {
      schema: { operationId: "markNoShow", tags, params: IdParams, response: view },
      config: { ...managers, problems: actionRefusals },
    },
    (req) => markNoShow(req.ctx, req.params.id),
  );
  app.post(
    "/assignments/:id/hold",
    {
      schema: { operationId: "holdAssignment", tags, params: IdParams, body: Reason, response: view },
      config: { ...managers, problems: actionRefusals },
    },
    (req) => holdAssignment(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/assignments/:id/resume",
    {
      schema: { operationId: "resumeAssignment", tags, params: IdParams, response: view },
      config: { ...managers, problems: actionRefusals },
    },
    (req) => resumeAssignment(req.ctx, req.params.id),
  );
  app.post(
    "/assignments/:id/void",
    {
      schema: { operationId: "voidAssignment", tags, params: IdParams, response: view },
      config: { ...managers, problems: actionRefusals },
    },
    (req) => voidAssignment(req.ctx, req.params.id),
  );
}

export function routes(app: App): void {
  recordRoutes(app);
  routingRoutes(app);
  workRoutes(app);
  decisionRoutes(app);
}
