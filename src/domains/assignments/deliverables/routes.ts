import type { App } from "#platform/http/types";
import { downloadResponse, registerUploads, sendStored, uploadOf, uploadSchema } from "#platform/http/uploads";
import { IdParams, Ok } from "#shared/fields";
import { actionRefusals } from "../contract";
import { accessOf } from "../lifecycle";
import { addAttachment } from "./actions/add-attachment";
import { captureSignature } from "./actions/capture-signature";
import { defineDeliverables } from "./actions/define";
import { fillCustomField } from "./actions/fill-field";
import { removeAttachment } from "./actions/remove-attachment";
import { removeDeliverableFile } from "./actions/remove-file";
import { tickChecklistItem } from "./actions/tick";
import { uploadDeliverableFile } from "./actions/upload-file";
import { writeReport } from "./actions/write-report";
import {
  AttachmentList,
  AttachmentParams,
  CaptureSignature,
  ChecklistParams,
  DefineDeliverables,
  DeliverablesView,
  FieldParams,
  FileView,
  FillCustomField,
  RequirementFileParams,
  RequirementParams,
  TickChecklistItem,
  WriteReport,
} from "./contract";
import { downloadAttachment, downloadDeliverableFile, getDeliverables, listAttachments } from "./queries";
import { deliverableRules, fillRule } from "./rules";

const tags = ["assignments"];
const base = "/assignments/:id/deliverables";
const requirement = `${base}/requirements/:requirementId`;

/**
 * Uploads need the multipart parser, which is registered for these two routes only (an encapsulated scope). Like
 * every create endpoint they honour Idempotency-Key; registerUploads makes the key cover the file's bytes.
 */
function uploadRoutes(scope: App): void {
  scope.post(
    `${requirement}/files`,
    {
      schema: {
        operationId: "uploadDeliverableFile",
        tags,
        params: RequirementParams,
        ...uploadSchema,
        response: { 201: FileView },
      },
      config: { ...accessOf(deliverableRules.handIn), problems: [...actionRefusals, "conflict"] },
    },
    async (req, reply) => reply.code(201).send(await uploadDeliverableFile(req.ctx, req.params, await uploadOf(req))),
  );
  scope.post(
    "/assignments/:id/attachments",
    {
      schema: {
        operationId: "addAttachment",
        tags,
        params: IdParams,
        ...uploadSchema,
        response: { 201: FileView },
      },
      config: { ...accessOf(deliverableRules.attach), problems: [...actionRefusals, "conflict"] },
    },
    async (req, reply) => reply.code(201).send(await addAttachment(req.ctx, req.params.id, await uploadOf(req))),
  );
}

function uploadScope(scope: App, _options: unknown, done: (error?: Error) => void): void {
  registerUploads(scope).then(() => {
    uploadRoutes(scope);
    done();
  }, done);
}

/** Deliverables, checklist, custom fields and attachments of one assignment (issue 3). */
export function deliverablesRoutes(app: App): void {
  app.register(uploadScope);
  app.get(
    base,
    { schema: { operationId: "getDeliverables", tags, params: IdParams, response: { 200: DeliverablesView } } },
    (req) => getDeliverables(req.ctx, req.params.id),
  );
  app.put(
    base,
    {
      schema: {
        operationId: "defineDeliverables",
        tags,
        params: IdParams,
        body: DefineDeliverables,
        response: { 200: DeliverablesView },
      },
      config: { ...accessOf(deliverableRules.define), problems: [...actionRefusals, "deliverable_in_use"] },
    },
    (req) => defineDeliverables(req.ctx, req.params.id, req.body),
  );
  app.post(
    `${requirement}/signature`,
    {
      schema: {
        operationId: "captureSignature",
        tags,
        params: RequirementParams,
        body: CaptureSignature,
        response: { 201: FileView },
      },
      config: accessOf(deliverableRules.handIn),
    },
    async (req, reply) => reply.code(201).send(await captureSignature(req.ctx, req.params, req.body)),
  );
  app.put(
    `${requirement}/report`,
    {
      schema: {
        operationId: "writeReport",
        tags,
        params: RequirementParams,
        body: WriteReport,
        response: { 200: DeliverablesView },
      },
      config: accessOf(deliverableRules.handIn),
    },
    (req) => writeReport(req.ctx, req.params, req.body),
  );
  app.get(
    `${requirement}/files/:fileId`,
    {
      schema: {
        operationId: "downloadDeliverableFile",
        tags,
        params: RequirementFileParams,
        response: { 200: downloadResponse },
      },
    },
    async (req, reply) => sendStored(reply, await downloadDeliverableFile(req.ctx, req.params)),
  );
  app.delete(
    `${requirement}/files/:fileId`,
    {
      schema: {
        operationId: "removeDeliverableFile",
        tags,
        params: RequirementFileParams,
        response: { 200: DeliverablesView },
      },
      config: accessOf(deliverableRules.handIn),
    },
    (req) => removeDeliverableFile(req.ctx, req.params),
  );
  app.put(
    `${base}/checklist/:itemId`,
    {
      schema: {
        operationId: "tickChecklistItem",
        tags,
        params: ChecklistParams,
        body: TickChecklistItem,
        response: { 200: DeliverablesView },
      },
      config: accessOf(deliverableRules.handIn),
    },
    (req) => tickChecklistItem(req.ctx, req.params, req.body),
  );
  app.put(
    `${base}/fields/:fieldId`,
    {
      schema: {
        operationId: "fillCustomField",
        tags,
        params: FieldParams,
        body: FillCustomField,
        response: { 200: DeliverablesView },
      },
      config: accessOf(fillRule("client"), fillRule("worker")),
    },
    (req) => fillCustomField(req.ctx, req.params, req.body),
  );
  app.get(
    "/assignments/:id/attachments",
    { schema: { operationId: "listAttachments", tags, params: IdParams, response: { 200: AttachmentList } } },
    (req) => listAttachments(req.ctx, req.params.id),
  );
  app.get(
    "/assignments/:id/attachments/:fileId",
    {
      schema: {
        operationId: "downloadAttachment",
        tags,
        params: AttachmentParams,
        response: { 200: downloadResponse },
      },
    },
    async (req, reply) => sendStored(reply, await downloadAttachment(req.ctx, req.params)),
  );
  app.delete(
    "/assignments/:id/attachments/:fileId",
    {
      schema: { operationId: "removeAttachment", tags, params: AttachmentParams, response: { 200: Ok } },
      config: accessOf(deliverableRules.attach),
    },
    (req) => removeAttachment(req.ctx, req.params),
  );
}
