import { z } from "zod";
import type { App } from "#platform/http/types";
import { IdParams } from "#shared/fields";
import type { ProblemCode } from "#shared/problems";
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
  type AssignmentAction,
  AssignmentDraftPreview,
  actionRefusals,
  approvalRefusals,
  CancelAssignment,
  CheckIn,
  CreateAssignment,
  commitmentRefusals,
  Reason,
  SendAssignment,
  SubmitAssignment,
  sendingRefusals,
  UpdateAssignment,
} from "./contract";
import { accessFor } from "./lifecycle";
import { exportAssignmentsCsv } from "./queries/export";
import { getAssignment } from "./queries/get";
import { listWorkerInbox } from "./queries/inbox";
import { listAssignments } from "./queries/list";
import { previewAssignment } from "./queries/preview";
import { getTimeline } from "./queries/timeline";
import {
  AssignmentList,
  AssignmentPreview,
  AssignmentQuery,
  AssignmentView,
  Inbox,
  InboxQuery,
  SentAssignment,
  Timeline,
} from "./views";

const tags = ["assignments"];
/** Every route on one assignment: its id in the path, the caller's view of it in the answer. */
const onOne = { tags, params: IdParams, response: { 200: AssignmentView } };
// Who may call each route comes from the lifecycle table (`accessFor`); `accessWith` adds what the step, or a rule
// another domain brings (hooks.ts), may also answer. Committing to work needs a proven email (issue 7).
const drafters = accessFor("update");
const placeRefusals = ["place_not_found", "place_ambiguous"] as const; // a site address not found (places)
const accessWith = (problems: readonly ProblemCode[], action: AssignmentAction) => ({ ...accessFor(action), problems });
const taking = { problems: [...commitmentRefusals, "requirements_not_met", "blocked"], verifiedEmail: true } as const;
const sending = { problems: [...sendingRefusals, "requirements_not_met", "blocked"], verifiedEmail: true } as const;
const members = { auth: "client" } as const;
const note = z.preprocess((body) => body ?? {}, CheckIn); // the note is optional, and so is the whole body

/** The client's list (with totals and the exceptions filters), its CSV export, and the worker's inbox. */
function listRoutes(app: App): void {
  app.get(
    "/assignments",
    {
      schema: { operationId: "listAssignments", tags, querystring: AssignmentQuery, response: { 200: AssignmentList } },
      config: members,
    },
    (req) => listAssignments(req.ctx, req.query),
  );
  app.get(
    "/assignments/export.csv",
    {
      schema: {
        operationId: "exportAssignmentsCsv",
        tags,
        querystring: AssignmentQuery,
        produces: ["text/csv"],
        response: { 200: z.string().describe("CSV with a header row") },
      },
      config: members,
    },
    async (req, reply) =>
      reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="assignments.csv"')
        .serializer((body: unknown) => String(body))
        .send(await exportAssignmentsCsv(req.ctx, req.query)),
  );
  app.get(
    "/assignments/inbox",
    {
      schema: { operationId: "listWorkerInbox", tags, querystring: InboxQuery, response: { 200: Inbox } },
      config: { auth: "worker" },
    },
    (req) => listWorkerInbox(req.ctx, req.query),
  );
}

/** The assignment itself: create (and preview the draft being typed), read, edit, timeline. */
function recordRoutes(app: App): void {
  app.post(
    "/assignments",
    {
      schema: { operationId: "createAssignment", tags, body: CreateAssignment, response: { 201: AssignmentView } },
      config: { ...drafters, problems: placeRefusals },
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
      config: { ...drafters, idempotent: false },
    },
    (req) => previewAssignment(req.ctx, req.body),
  );
  app.get("/assignments/:id", { schema: { operationId: "getAssignment", ...onOne } }, (req) =>
    getAssignment(req.ctx, req.params.id),
  );
  app.patch(
    "/assignments/:id",
    {
      schema: { operationId: "updateAssignment", ...onOne, body: UpdateAssignment },
      config: { ...accessFor("update"), problems: [...actionRefusals, "version_conflict", ...placeRefusals] },
    },
    (req) => updateAssignment(req.ctx, req.params.id, req.body),
  );
  app.get(
    "/assignments/:id/timeline",
    { schema: { operationId: "getTimeline", deprecated: true, tags, params: IdParams, response: { 200: Timeline } } },
    (req) => getTimeline(req.ctx, req.params.id),
  );
}

/** Routing: send, recipients, withdraw, accept, apply, select, decline. */
function routingRoutes(app: App): void {
  app.post(
    "/assignments/:id/send",
    {
      schema: { operationId: "sendAssignment", ...onOne, body: SendAssignment, response: { 200: SentAssignment } },
      config: { ...accessFor("send", "assign"), ...sending },
    },
    (req) => sendAssignment(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/assignments/:id/recipients",
    {
      schema: { operationId: "addRecipients", ...onOne, body: AddRecipients },
      config: { ...accessFor("addRecipients"), ...sending },
    },
    (req) => addRecipients(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/assignments/:id/withdraw",
    { schema: { operationId: "withdrawAssignment", ...onOne }, config: accessFor("withdraw") },
    (req) => withdrawAssignment(req.ctx, req.params.id),
  );
  app.post(
    "/assignments/:id/accept",
    {
      schema: { operationId: "acceptAssignment", ...onOne },
      config: { ...accessFor("accept"), ...taking },
    },
    (req) => acceptAssignment(req.ctx, req.params.id),
  );
  app.post(
    "/assignments/:id/apply",
    {
      schema: { operationId: "applyForAssignment", ...onOne, body: ApplyForAssignment },
      config: { ...accessFor("apply"), ...taking },
    },
    (req) => applyForAssignment(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/assignments/:id/applications/:applicationId/select",
    {
      schema: { operationId: "selectApplication", tags, params: ApplicationParams, response: onOne.response },
      config: { ...accessFor("selectApplication"), problems: [...commitmentRefusals, "blocked"], verifiedEmail: true },
    },
    (req) => selectApplication(req.ctx, req.params.id, req.params.applicationId),
  );
  app.post(
    "/assignments/:id/decline",
    { schema: { operationId: "declineAssignment", ...onOne, body: Reason }, config: accessFor("decline") },
    (req) => declineAssignment(req.ctx, req.params.id, req.body),
  );
}

/** The worker's side of the work: confirm, check in and out, submit, abandon. */
function workRoutes(app: App): void {
  app.post(
    "/assignments/:id/confirm",
    { schema: { operationId: "confirmAssignment", ...onOne }, config: accessWith(commitmentRefusals, "confirm") },
    (req) => confirmAssignment(req.ctx, req.params.id),
  );
  app.post(
    "/assignments/:id/check-in",
    {
      schema: { operationId: "checkInAssignment", ...onOne, body: note },
      config: accessWith(commitmentRefusals, "checkIn"),
    },
    (req) => checkInAssignment(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/assignments/:id/check-out",
    { schema: { operationId: "checkOutAssignment", ...onOne, body: note }, config: accessFor("checkOut") },
    (req) => checkOutAssignment(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/assignments/:id/submit",
    {
      schema: { operationId: "submitAssignment", ...onOne, body: SubmitAssignment },
      config: {
        ...accessFor("submit"),
        problems: [...commitmentRefusals, "deliverables_incomplete", "budget_exceeded"],
      },
    },
    (req) => submitAssignment(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/assignments/:id/abandon",
    { schema: { operationId: "abandonAssignment", ...onOne, body: Reason }, config: accessFor("abandon") },
    (req) => abandonAssignment(req.ctx, req.params.id, req.body),
  );
}

/** The client's decisions: approve, return, cancel, no-show, hold, resume, void. */
function decisionRoutes(app: App): void {
  app.post(
    "/assignments/:id/approve",
    { schema: { operationId: "approveAssignment", ...onOne }, config: accessWith(approvalRefusals, "approve") },
    (req) => approveAssignment(req.ctx, req.params.id),
  );
  app.post(
    "/assignments/:id/return",
    { schema: { operationId: "returnAssignment", ...onOne, body: Reason }, config: accessFor("return") },
    (req) => returnAssignment(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/assignments/:id/cancel",
    {
      schema: { operationId: "cancelAssignment", ...onOne, body: CancelAssignment },
      config: {
        ...accessFor("cancel"),
        problems: [...actionRefusals, "cancellation_fee_not_offered", "budget_exceeded"],
      },
    },
    (req) => cancelAssignment(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/assignments/:id/no-show",
    { schema: { operationId: "markNoShow", ...onOne }, config: accessFor("markNoShow") },
    (req) => markNoShow(req.ctx, req.params.id),
  );
  app.post(
    "/assignments/:id/hold",
    { schema: { operationId: "holdAssignment", ...onOne, body: Reason }, config: accessFor("hold") },
    (req) => holdAssignment(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/assignments/:id/resume",
    { schema: { operationId: "resumeAssignment", ...onOne }, config: accessFor("resume") },
    (req) => resumeAssignment(req.ctx, req.params.id),
  );
  app.post(
    "/assignments/:id/void",
    { schema: { operationId: "voidAssignment", ...onOne }, config: accessFor("void") },
    (req) => voidAssignment(req.ctx, req.params.id),
  );
}

export function routes(app: App): void {
  recordRoutes(app);
  routingRoutes(app);
  workRoutes(app);
  decisionRoutes(app);
  listRoutes(app);
}
