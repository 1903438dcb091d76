import { MatchesQuery, MatchPage } from "#domains/talent/matching/contract";
import type { App } from "#platform/http/types";
import { IdParams } from "#shared/fields";
import { attachRequirementSet, overrideAssignmentRequirements } from "./actions";
import {
  AssignmentRequirementSet,
  AttachRequirementSet,
  OverrideRequirements,
  RequirementResult,
  RequirementsQuery,
} from "./contract";
import { getAssignmentMatches, getAssignmentRequirements, getAttachedRequirementSet } from "./queries";

const tags = ["assignments"];
/** Company admins and managers decide who may take the work. */
const deciders = { auth: "client", roles: ["admin", "manager"] } as const;

/** The talent requirement set on an assignment (issue 12); the checks themselves live in the talent domain. */
export function requirementsRoutes(app: App): void {
  app.get(
    "/assignments/:id/requirements",
    {
      schema: {
        operationId: "getAssignmentRequirements",
        tags,
        params: IdParams,
        querystring: RequirementsQuery,
        response: { 200: RequirementResult },
      },
      config: { auth: "user", problems: ["forbidden"] },
    },
    (req) => getAssignmentRequirements(req.ctx, req.params.id, req.query),
  );
  app.get(
    "/assignments/:id/matches",
    {
      schema: {
        operationId: "getAssignmentMatches",
        tags,
        params: IdParams,
        querystring: MatchesQuery,
        response: { 200: MatchPage },
      },
      config: { auth: "client" },
    },
    (req) => getAssignmentMatches(req.ctx, req.params.id, req.query),
  );
  app.get(
    "/assignments/:id/requirement-set",
    {
      schema: {
        operationId: "getAttachedRequirementSet",
        tags,
        params: IdParams,
        response: { 200: AssignmentRequirementSet },
      },
      config: { auth: "user" },
    },
    (req) => getAttachedRequirementSet(req.ctx, req.params.id),
  );
  app.put(
    "/assignments/:id/requirement-set",
    {
      schema: {
        operationId: "attachRequirementSet",
        tags,
        params: IdParams,
        body: AttachRequirementSet,
        response: { 200: AssignmentRequirementSet },
      },
      config: { ...deciders, problems: ["invalid_transition"] },
    },
    (req) => attachRequirementSet(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/assignments/:id/requirement-overrides",
    {
      schema: {
        operationId: "overrideAssignmentRequirements",
        tags,
        params: IdParams,
        body: OverrideRequirements,
        response: { 200: RequirementResult },
      },
      config: deciders,
    },
    (req) => overrideAssignmentRequirements(req.ctx, req.params.id, req.body),
  );
}
