import { z } from "zod";
import type { App } from "#platform/http/types";
import { Ok } from "#shared/fields";
import { actionRefusals } from "../contract";
import { accessFor } from "../lifecycle";
import { AssignmentView } from "../views";
import { createAssignmentFromTemplate } from "./actions/create-from";
import { deleteAssignmentTemplate } from "./actions/delete";
import { importAssignmentsCsv } from "./actions/import";
import { saveAssignmentTemplate } from "./actions/save-template";
import {
  CreateFromTemplate,
  csvColumns,
  ImportQuery,
  ImportReport,
  SaveTemplate,
  TemplateList,
  TemplateParams,
  TemplateView,
  templateLimits,
} from "./contract";
import { getAssignmentTemplate, listAssignmentTemplates } from "./queries";

const tags = ["assignment-templates"];
const readers = { auth: "client" } as const;
/** Templates and imports make drafts: the roles who may edit a draft (the lifecycle's `update`) write them. */
const managers = accessFor("update");
const base = "/assignment-templates";

const columnsDoc = Object.entries(csvColumns)
  .map(([column, meaning]) => `- \`${column}\`: ${meaning}`)
  .join("\n");
const importDoc = `Creates one draft per row of a CSV file (\`Content-Type: text/csv\`, UTF-8, a header row, at most ${templateLimits.csvRows} rows and 1 MB). Each row is validated like the body of POST /assignments and created whole or not at all; the answer reports, row by row, what was created and what was refused and why (by column). With \`templateId\`, each row starts from the template and its deliverables are copied; empty cells keep the template's values. Honours \`Idempotency-Key\`.\n\nColumns (header names are case-insensitive):\n${columnsDoc}`;

/** The CSV import reads a text/csv body, which only this scope parses. */
function importScope(scope: App, _options: unknown, done: (error?: Error) => void): void {
  scope.addContentTypeParser(
    "text/csv",
    { parseAs: "string", bodyLimit: templateLimits.csvBytes },
    (_req, body, next) => next(null, body),
  );
  scope.post(
    `${base}/import`,
    {
      schema: {
        operationId: "importAssignmentsCsv",
        tags,
        description: importDoc,
        consumes: ["text/csv"],
        querystring: ImportQuery,
        body: z.string().max(templateLimits.csvBytes),
        response: { 200: ImportReport },
      },
      config: managers,
    },
    (req) => importAssignmentsCsv(req.ctx, req.body, req.query),
  );
  done();
}

/** Templates of assignments and bulk creation from CSV (issue 3). Company managers and admins write; every member reads. */
export function templatesRoutes(app: App): void {
  app.register(importScope);
  app.get(
    base,
    { schema: { operationId: "listAssignmentTemplates", tags, response: { 200: TemplateList } }, config: readers },
    (req) => listAssignmentTemplates(req.ctx),
  );
  app.post(
    base,
    {
      schema: { operationId: "saveAssignmentTemplate", tags, body: SaveTemplate, response: { 201: TemplateView } },
      config: { ...managers, problems: ["not_found", "conflict"] },
    },
    async (req, reply) => reply.code(201).send(await saveAssignmentTemplate(req.ctx, req.body)),
  );
  app.get(
    `${base}/:id`,
    {
      schema: { operationId: "getAssignmentTemplate", tags, params: TemplateParams, response: { 200: TemplateView } },
      config: readers,
    },
    (req) => getAssignmentTemplate(req.ctx, req.params.id),
  );
  app.delete(
    `${base}/:id`,
    {
      schema: { operationId: "deleteAssignmentTemplate", tags, params: TemplateParams, response: { 200: Ok } },
      config: managers,
    },
    (req) => deleteAssignmentTemplate(req.ctx, req.params.id),
  );
  app.post(
    `${base}/:id/assignments`,
    {
      schema: {
        operationId: "createAssignmentFromTemplate",
        tags,
        params: TemplateParams,
        body: z.preprocess((body) => body ?? {}, CreateFromTemplate),
        response: { 201: AssignmentView },
      },
      config: { ...managers, problems: actionRefusals },
    },
    async (req, reply) => reply.code(201).send(await createAssignmentFromTemplate(req.ctx, req.params.id, req.body)),
  );
}
