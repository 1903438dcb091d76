import type { FastifyReply } from "fastify";
import { z } from "zod";
import type { App } from "#platform/http/types";
import { IdParams } from "#shared/fields";
import { flagRating } from "./actions/flag";
import { giveRating } from "./actions/rate";
import { replyToRating } from "./actions/reply";
import {
  CompanyFigureParams,
  DrillDownQuery,
  ExportQuery,
  FlagRating,
  GiveRating,
  ReplyToRating,
  type ScorecardSubject,
  WorkerFigureParams,
  WorkerScorecardsQuery,
} from "./contract";
import { rateAccess } from "./lifecycle";
import { drillDown } from "./queries/drill-down";
import { exportDrillDownCsv } from "./queries/export-drill-down";
import { listAssignmentRatings } from "./queries/list-ratings";
import { getMonthlyScorecard } from "./queries/monthly";
import { getScorecard } from "./queries/scorecard";
import { listWorkerScorecards } from "./queries/worker-scorecards";
import {
  AssignmentRatings,
  DrillDown,
  FlagView,
  MonthlyScorecard,
  RatingView,
  Scorecard,
  WorkerScorecards,
} from "./views";

const tags = ["ratings"];
const onRatings = { auth: "user", problems: ["forbidden", "invalid_transition"] } as const;
/** Scorecards are read by every logged-in user: workers decide with the company's, companies with the worker's. */
const readers = { auth: "user" } as const;

/** A new rating is 201, a change to a hidden one 200. */
const answered = (reply: FastifyReply, { created, view }: { created: boolean; view: AssignmentRatings }) =>
  reply.code(created ? 201 : 200).send(view);

function ratingRoutes(app: App): void {
  app.post(
    "/assignments/:id/ratings",
    {
      schema: {
        operationId: "giveRating",
        tags,
        params: IdParams,
        body: GiveRating,
        response: { 200: AssignmentRatings, 201: AssignmentRatings },
      },
      config: { ...rateAccess, problems: ["forbidden", "invalid_transition"] },
    },
    async (req, reply) => answered(reply, await giveRating(req.ctx, req.params.id, req.body)),
  );
  app.get(
    "/assignments/:id/ratings",
    {
      schema: { operationId: "listAssignmentRatings", tags, params: IdParams, response: { 200: AssignmentRatings } },
      config: { auth: "user" },
    },
    (req) => listAssignmentRatings(req.ctx, req.params.id),
  );
  app.post(
    "/ratings/:id/reply",
    {
      schema: {
        operationId: "replyToRating",
        tags,
        params: IdParams,
        body: ReplyToRating,
        response: { 200: RatingView },
      },
      config: onRatings,
    },
    (req) => replyToRating(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/ratings/:id/flags",
    {
      schema: { operationId: "flagRating", tags, params: IdParams, body: FlagRating, response: { 201: FlagView } },
      config: onRatings,
    },
    async (req, reply) => reply.code(201).send(await flagRating(req.ctx, req.params.id, req.body)),
  );
}

const csv = z.string().describe("CSV with a header row: figure, window, at, assignment_id, value, note, definition");

function scorecardRoutes(app: App, subject: ScorecardSubject, base: string, name: string): void {
  const Params = subject === "company" ? CompanyFigureParams : WorkerFigureParams;
  app.get(
    `${base}/:id/scorecard`,
    {
      schema: { operationId: `get${name}Scorecard`, tags, params: IdParams, response: { 200: Scorecard } },
      config: readers,
    },
    (req) => getScorecard(req.ctx, subject, req.params.id),
  );
  app.get(
    `${base}/:id/scorecard/monthly`,
    {
      schema: {
        operationId: `get${name}MonthlyScorecard`,
        tags,
        params: IdParams,
        response: { 200: MonthlyScorecard },
      },
      config: readers,
    },
    (req) => getMonthlyScorecard(req.ctx, subject, req.params.id),
  );
  app.get(
    `${base}/:id/scorecard/:figure`,
    {
      schema: {
        operationId: `drillDown${name}Figure`,
        tags,
        params: Params,
        querystring: DrillDownQuery,
        response: { 200: DrillDown },
      },
      config: readers,
    },
    (req) => drillDown(req.ctx, subject, req.params.id, req.params.figure, req.query),
  );
  app.get(
    `${base}/:id/scorecard/:figure/export.csv`,
    {
      schema: {
        operationId: `export${name}FigureCsv`,
        tags,
        params: Params,
        querystring: ExportQuery,
        produces: ["text/csv"],
        response: { 200: csv },
      },
      config: readers,
    },
    async (req, reply) =>
      reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="${req.params.figure}.csv"`)
        .serializer((body: unknown) => String(body))
        .send(await exportDrillDownCsv(req.ctx, subject, req.params.id, req.params.figure, req.query)),
  );
}

export function routes(app: App): void {
  ratingRoutes(app);
  app.get(
    "/workers/scorecards",
    {
      schema: {
        operationId: "listWorkerScorecards",
        tags,
        querystring: WorkerScorecardsQuery,
        response: { 200: WorkerScorecards },
      },
      config: readers,
    },
    (req) => listWorkerScorecards(req.ctx, req.query),
  );
  scorecardRoutes(app, "company", "/companies", "Company");
  scorecardRoutes(app, "worker", "/workers", "Worker");
}
