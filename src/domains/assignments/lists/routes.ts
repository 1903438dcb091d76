import { z } from "zod";
import type { App } from "#platform/http/types";
import { AssignmentList, AssignmentQuery } from "./contract";
import { exportAssignmentsCsv } from "./export";
import { listAssignments } from "./queries";

const tags = ["assignments"];

export function routes(app: App): void {
  app.get(
    "/assignments",
    {
      schema: { operationId: "listAssignments", tags, querystring: AssignmentQuery, response: { 200: AssignmentList } },
      config: { auth: "client" },
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
      config: { auth: "client" },
    },
    async (req, reply) =>
      reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="assignments.csv"')
        .serializer((body: unknown) => String(body))
        .send(await exportAssignmentsCsv(req.ctx, req.query)),
  );
}
