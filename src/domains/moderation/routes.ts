import type { App } from "#platform/http/types";
import { downloadResponse, registerUploads, sendStored, uploadOf, uploadSchema } from "#platform/http/uploads";
import { IdParams } from "#shared/fields";
import { appealSanction } from "./actions/appeal";
import { attachEvidence } from "./actions/attach-evidence";
import { dismissReport } from "./actions/dismiss";
import { fileReport } from "./actions/report";
import { reviewAppeal } from "./actions/review";
import { issueSanction } from "./actions/sanction";
import {
  AppealSanction,
  DismissReport,
  EvidenceParams,
  FileReport,
  IssueSanction,
  MyListQuery,
  ReportQueueQuery,
  ReviewAppeal,
  SanctionQueueQuery,
} from "./contract";
import { accessFor } from "./lifecycle";
import { downloadEvidence } from "./queries/evidence";
import { getReport } from "./queries/get-report";
import { getSanction } from "./queries/get-sanction";
import { listMyReports } from "./queries/my-reports";
import { listMySanctions } from "./queries/my-sanctions";
import { reportQueue } from "./queries/report-queue";
import { sanctionQueue } from "./queries/sanction-queue";
import { ReportList, ReportView, SanctionList, SanctionView, StaffReportList, StaffReportView } from "./views";

const tags = ["moderation"];
const staffTags = ["staff"];
/** Trust & Safety's routes name the staff role, which the rule table's `reviewer` party cannot derive. */
const trustSafety = { auth: "staff:trust_safety" } as const;

/** Evidence files need the multipart parser, registered for this route only (an encapsulated scope). */
function evidenceScope(scope: App, _options: unknown, done: (error?: Error) => void): void {
  registerUploads(scope).then(() => {
    scope.post(
      "/reports/:id/evidence",
      {
        schema: {
          operationId: "addReportEvidence",
          tags,
          params: IdParams,
          ...uploadSchema,
          response: { 201: ReportView },
        },
        config: { auth: "user", problems: ["forbidden", "invalid_transition", "conflict"] },
      },
      async (req, reply) => reply.code(201).send(await attachEvidence(req.ctx, req.params.id, await uploadOf(req))),
    );
    done();
  }, done);
}

export function routes(app: App): void {
  app.register(evidenceScope);
  app.post(
    "/reports",
    {
      schema: { operationId: "fileReport", tags, body: FileReport, response: { 201: ReportView } },
      config: { auth: "user", problems: ["not_found", "rate_limited"] },
    },
    async (req, reply) => reply.code(201).send(await fileReport(req.ctx, req.body)),
  );
  app.get(
    "/reports",
    {
      schema: { operationId: "listMyReports", tags, querystring: MyListQuery, response: { 200: ReportList } },
      config: { auth: "user" },
    },
    (req) => listMyReports(req.ctx, req.query),
  );
  app.get(
    "/reports/:id/evidence/:fileId",
    {
      schema: {
        operationId: "downloadReportEvidence",
        tags,
        params: EvidenceParams,
        response: { 200: downloadResponse },
      },
      config: { auth: "user" },
    },
    async (req, reply) => sendStored(reply, await downloadEvidence(req.ctx, req.params)),
  );
  app.get(
    "/sanctions",
    {
      schema: { operationId: "listMySanctions", tags, querystring: MyListQuery, response: { 200: SanctionList } },
      config: { auth: "user" },
    },
    (req) => listMySanctions(req.ctx, req.query),
  );
  app.get(
    "/sanctions/:id",
    {
      schema: { operationId: "getSanction", tags, params: IdParams, response: { 200: SanctionView } },
      config: { auth: "user" },
    },
    (req) => getSanction(req.ctx, req.params.id),
  );
  app.post(
    "/sanctions/:id/appeal",
    {
      schema: {
        operationId: "appealSanction",
        tags,
        params: IdParams,
        body: AppealSanction,
        response: { 200: SanctionView },
      },
      // Due process stays open to the account whose sanction it questions.
      config: { ...accessFor("appeal"), openWhenSuspended: true, problems: ["forbidden", "invalid_transition"] },
    },
    (req) => appealSanction(req.ctx, req.params.id, req.body),
  );
  app.get(
    "/staff/reports",
    {
      schema: {
        operationId: "reportQueue",
        tags: staffTags,
        querystring: ReportQueueQuery,
        response: { 200: StaffReportList },
      },
      config: trustSafety,
    },
    (req) => reportQueue(req.ctx, req.query),
  );
  app.get(
    "/staff/reports/:id",
    {
      schema: { operationId: "getReport", tags: staffTags, params: IdParams, response: { 200: StaffReportView } },
      config: trustSafety,
    },
    (req) => getReport(req.ctx, req.params.id),
  );
  app.post(
    "/staff/reports/:id/dismiss",
    {
      schema: {
        operationId: "dismissReport",
        tags: staffTags,
        params: IdParams,
        body: DismissReport,
        response: { 200: StaffReportView },
      },
      config: { ...trustSafety, problems: ["invalid_transition"] },
    },
    (req) => dismissReport(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/staff/sanctions",
    {
      schema: { operationId: "issueSanction", tags: staffTags, body: IssueSanction, response: { 201: SanctionView } },
      config: { ...trustSafety, problems: ["invalid_transition"] },
    },
    async (req, reply) => reply.code(201).send(await issueSanction(req.ctx, req.body)),
  );
  app.get(
    "/staff/sanctions",
    {
      schema: {
        operationId: "sanctionQueue",
        tags: staffTags,
        querystring: SanctionQueueQuery,
        response: { 200: SanctionList },
      },
      config: trustSafety,
    },
    (req) => sanctionQueue(req.ctx, req.query),
  );
  app.post(
    "/staff/sanctions/:id/review",
    {
      schema: {
        operationId: "reviewAppeal",
        tags: staffTags,
        params: IdParams,
        body: ReviewAppeal,
        response: { 200: SanctionView },
      },
      config: { ...trustSafety, problems: ["forbidden", "invalid_transition"] },
    },
    (req) => reviewAppeal(req.ctx, req.params.id, req.body),
  );
}
