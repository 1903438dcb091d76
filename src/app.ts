import { randomUUID } from "node:crypto";
import cookie from "@fastify/cookie";
import Fastify, { type RouteOptions } from "fastify";
import { validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { resolveActor } from "#domains/accounts/index";
import { domains } from "#domains/index";
import type { CompanyRole } from "#platform/context";
import type { Database } from "#platform/db";
import { pingDatabase } from "#platform/db";
import type { OperationDocs } from "#platform/domain";
import { registerAuth } from "#platform/http/auth";
import { registerBodyParsers } from "#platform/http/body";
import { registerCsrf } from "#platform/http/csrf";
import { answerWhileClosing, onClientError, onFrameworkError } from "#platform/http/early-errors";
import { registerErrorHandling } from "#platform/http/errors";
import { registerOpenApi } from "#platform/http/openapi";
import { honoursIdempotencyKey, standingApplies, watchDeclaredProblems } from "#platform/http/route-contract";
import { registerSecurityHeaders } from "#platform/http/security-headers";
import { compiledSerializer } from "#platform/http/serializer";
import { closeEventStreams } from "#platform/http/sse";
import { registerStatic } from "#platform/http/static";
import type { App, AuthLevel } from "#platform/http/types";
import { expireIdempotencyKeysJob, registerIdempotency } from "#platform/idempotency";
import { createJobRunner, type JobRunner } from "#platform/jobs";
import type { Logger } from "#platform/log";
import { mailSendJob } from "#platform/mail";
import { Problem } from "#shared/problems";

export interface AppOptions {
  database: Database;
  log: Logger;
  /** Tests move time forward; production reads the wall clock. */
  clock?: () => Date;
  trustProxy?: boolean;
  /** Cookies get Secure when served over TLS (directly or behind a trusted proxy). */
  secureCookies?: boolean;
  publicUrl: string;
  /** Called when a route answers a problem code it does not declare (route-contract.ts); the test harness fails on it. */
  onUndeclaredProblem?: (message: string) => void;
  /** Every response is also written by Zod and must match the compiled writer's (serializer.ts); the harness sets it. */
  verifyResponses?: boolean;
}

export interface Built {
  app: App;
  runner: JobRunner;
  /** Every registered route as its plugins finally declared it; the denial matrix and OpenAPI tests read it. */
  routes: () => RouteInfo[];
}

export interface RouteInfo {
  method: string;
  url: string;
  operationId: string | undefined;
  tags: readonly string[];
  auth: AuthLevel;
  roles: readonly CompanyRole[] | undefined;
  idempotent: boolean;
  /** The account-standing check runs on it (a suspension refuses it): every client or worker write but a few. */
  standing: boolean;
  hidden: boolean;
  handler: RouteOptions["handler"];
}

function routeInfo(route: RouteOptions, method: string): RouteInfo {
  const schema = (route.schema ?? {}) as { operationId?: string; tags?: string[]; hide?: boolean };
  return {
    method,
    url: route.url,
    operationId: schema.operationId,
    tags: schema.tags ?? [],
    auth: route.config?.auth ?? "user",
    roles: route.config?.roles,
    idempotent: honoursIdempotencyKey(route),
    standing: standingApplies(route),
    hidden: schema.hide ?? false,
    handler: route.handler,
  };
}

const platformTags = [{ name: "platform", description: "The server itself: health for load balancers and monitors." }];
const platformOperations: OperationDocs = {
  getHealth: {
    summary: "Check health",
    description: "Answers 200 when this process can reach its database (and says which kind), 503 when it cannot.",
  },
};

export const platformJobs = [mailSendJob, expireIdempotencyKeysJob];

/** The load balancer's question: can this process reach its database? */
async function checkHealth(database: Database) {
  try {
    await pingDatabase(database.db);
  } catch {
    throw new Problem("unavailable", "The database is not reachable.");
  }
  return { status: "ok" as const, database: database.kind };
}

export async function buildApp(options: AppOptions): Promise<Built> {
  const { db } = options.database;
  const app = Fastify({
    loggerInstance: options.log,
    genReqId: () => randomUUID(),
    bodyLimit: 1_048_576,
    trustProxy: options.trustProxy ?? false,
    frameworkErrors: onFrameworkError,
    clientErrorHandler: onClientError,
    return503OnClosing: false,
  }).withTypeProvider<ZodTypeProvider>() as unknown as App;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(compiledSerializer({ verify: options.verifyResponses ?? false }));
  app.decorate("worklane", { publicUrl: options.publicUrl, secureCookies: options.secureCookies ?? false });
  // Read lazily: later onRoute hooks (OpenAPI, static files) still adjust a route's config after this one sees it.
  const registered: RouteOptions[] = [];
  app.addHook("onRoute", (route) => {
    registered.push(route);
  });

  let fallback: Awaited<ReturnType<typeof registerStatic>> | undefined;
  registerErrorHandling(app, (request, reply) => fallback?.(request, reply));
  await registerSecurityHeaders(app, { servedOverTls: options.publicUrl.startsWith("https:") });
  answerWhileClosing(app);
  app.addHook("preClose", (done) => {
    closeEventStreams(app);
    done();
  });
  await app.register(cookie);
  registerBodyParsers(app);
  app.addHook("onRequest", (request, reply, done) => {
    reply.header("x-request-id", request.id);
    done();
  });
  registerCsrf(app);
  registerAuth(app, {
    db,
    log: options.log,
    resolveActor,
    clock: options.clock ?? (() => new Date()),
    standing: domains.flatMap((d) => (d.standing ? [d.standing] : [])),
  });
  registerIdempotency(app, db);
  await registerOpenApi(app, {
    publicUrl: options.publicUrl,
    tags: [...platformTags, ...domains.flatMap((d) => d.tags ?? [])],
    operations: Object.assign({}, platformOperations, ...domains.map((d) => d.operations ?? {})),
    webhooks: domains.flatMap((d) => (d.webhooks ? [d.webhooks] : [])),
  });
  if (options.onUndeclaredProblem) {
    watchDeclaredProblems(app, options.onUndeclaredProblem);
  }

  app.get(
    "/health",
    {
      schema: {
        operationId: "getHealth",
        tags: ["platform"],
        response: { 200: z.object({ status: z.literal("ok"), database: z.enum(["pglite", "postgres"]) }) },
      },
      config: { auth: "public" },
    },
    () => checkHealth(options.database),
  );

  await app.register(
    (api, _options, done) => {
      for (const domain of domains) {
        domain.routes?.(api);
      }
      done();
    },
    { prefix: "/api/v1" },
  );
  fallback = await registerStatic(app);

  const runner = createJobRunner(db, options.log, [...platformJobs, ...domains.flatMap((d) => d.jobs ?? [])]);
  const routes = () =>
    registered.flatMap((route) =>
      [route.method]
        .flat()
        .filter((method) => method !== "HEAD")
        .map((method) => routeInfo(route, method)),
    );
  return { app, runner, routes };
}

declare module "fastify" {
  interface FastifyInstance {
    worklane: { publicUrl: string; secureCookies: boolean };
  }
}
