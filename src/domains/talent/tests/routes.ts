import type { App } from "#platform/http/types";
import { IdParams } from "#shared/fields";
import { createSkillTest } from "./actions/create-test";
import { duplicateSkillTest } from "./actions/duplicate-test";
import { gradeSkillTestAttempt } from "./actions/grade-attempt";
import { inviteToSkillTest } from "./actions/invite";
import { publishSkillTest } from "./actions/publish-test";
import { saveSkillTestAnswers } from "./actions/save-answers";
import { startSkillTestAttempt } from "./actions/start-attempt";
import { submitSkillTestAttempt } from "./actions/submit-attempt";
import { updateSkillTest } from "./actions/update-test";
import {
  AttemptList,
  AttemptView,
  GradeAttempt,
  InviteToTest,
  SaveTest,
  SubmitAttempt,
  TestList,
  TestView,
} from "./contract";
import { getSkillTest, getSkillTestAttempt, listSkillTestAttempts, listSkillTests } from "./queries";

const tags = ["talent"];
const managers = { auth: "client", roles: ["admin", "manager"] } as const;

/** Skill tests (issue 12, item 2). */
export function testRoutes(app: App): void {
  app.get(
    "/skill-tests",
    { schema: { operationId: "listSkillTests", tags, response: { 200: TestList } }, config: { auth: "user" } },
    (req) => listSkillTests(req.ctx),
  );
  app.post(
    "/skill-tests",
    {
      schema: { operationId: "createSkillTest", tags, body: SaveTest, response: { 201: TestView } },
      config: managers,
    },
    async (req, reply) => reply.code(201).send(await createSkillTest(req.ctx, req.body)),
  );
  app.get(
    "/skill-tests/:id",
    {
      schema: { operationId: "getSkillTest", tags, params: IdParams, response: { 200: TestView } },
      config: { auth: "user" },
    },
    (req) => getSkillTest(req.ctx, req.params.id),
  );
  app.put(
    "/skill-tests/:id",
    {
      schema: { operationId: "updateSkillTest", tags, params: IdParams, body: SaveTest, response: { 200: TestView } },
      // invalid_transition: the test is published (fixed); the answer points at the duplicate route.
      config: { ...managers, problems: ["forbidden", "invalid_transition"] },
    },
    (req) => updateSkillTest(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/skill-tests/:id/duplicate",
    {
      schema: { operationId: "duplicateSkillTest", tags, params: IdParams, response: { 201: TestView } },
      config: { ...managers, problems: ["forbidden"] },
    },
    async (req, reply) => reply.code(201).send(await duplicateSkillTest(req.ctx, req.params.id)),
  );
  app.post(
    "/skill-tests/:id/publish",
    {
      schema: { operationId: "publishSkillTest", tags, params: IdParams, response: { 200: TestView } },
      config: { ...managers, problems: ["forbidden", "invalid_transition"] },
    },
    (req) => publishSkillTest(req.ctx, req.params.id),
  );
  app.post(
    "/skill-tests/:id/invitations",
    {
      schema: {
        operationId: "inviteToSkillTest",
        tags,
        params: IdParams,
        body: InviteToTest,
        response: { 200: TestView },
      },
      config: { ...managers, problems: ["forbidden", "invalid_transition"] },
    },
    (req) => inviteToSkillTest(req.ctx, req.params.id, req.body.workerIds),
  );
  app.get(
    "/skill-tests/:id/attempts",
    {
      schema: { operationId: "listSkillTestAttempts", tags, params: IdParams, response: { 200: AttemptList } },
      config: { auth: "user" },
    },
    (req) => listSkillTestAttempts(req.ctx, req.params.id),
  );
  app.post(
    "/skill-tests/:id/attempts",
    {
      schema: { operationId: "startSkillTestAttempt", tags, params: IdParams, response: { 201: AttemptView } },
      // conflict: an attempt is open, the test allows one attempt, or the retake wait has not ended (`retakeAt`).
      config: { auth: "worker", problems: ["conflict"] },
    },
    async (req, reply) => reply.code(201).send(await startSkillTestAttempt(req.ctx, req.params.id)),
  );
  app.get(
    "/skill-test-attempts/:id",
    {
      schema: { operationId: "getSkillTestAttempt", tags, params: IdParams, response: { 200: AttemptView } },
      config: { auth: "user" },
    },
    (req) => getSkillTestAttempt(req.ctx, req.params.id),
  );
  app.put(
    "/skill-test-attempts/:id/answers",
    {
      schema: {
        operationId: "saveSkillTestAnswers",
        tags,
        params: IdParams,
        body: SubmitAttempt,
        response: { 200: AttemptView },
      },
      // invalid_transition: already handed in, or the time ran out (the attempt is then closed on what was saved).
      config: { auth: "worker", problems: ["invalid_transition"] },
    },
    (req) => saveSkillTestAnswers(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/skill-test-attempts/:id/submit",
    {
      schema: {
        operationId: "submitSkillTestAttempt",
        tags,
        params: IdParams,
        body: SubmitAttempt,
        response: { 200: AttemptView },
      },
      // invalid_transition: already handed in, or the time ran out (the attempt is then closed as timed out).
      config: { auth: "worker", problems: ["invalid_transition"] },
    },
    (req) => submitSkillTestAttempt(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/skill-test-attempts/:id/grades",
    {
      schema: {
        operationId: "gradeSkillTestAttempt",
        tags,
        params: IdParams,
        body: GradeAttempt,
        response: { 200: AttemptView },
      },
      // Any member of the test's company grades short-text answers.
      config: { auth: "client", problems: ["invalid_transition"] },
    },
    (req) => gradeSkillTestAttempt(req.ctx, req.params.id, req.body),
  );
}
