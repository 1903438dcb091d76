import type { FastifyRequest } from "fastify";
import { Problem } from "#shared/problems";
import type { Actor, Ctx } from "../context";
import { createCtx } from "../context";
import type { Db } from "../db";
import type { Logger } from "../log";
import { standingApplies } from "./route-contract";
import type { StandingCheck } from "./standing";
import type { App, AuthLevel } from "./types";

export const SESSION_COOKIE = "wl_session";

export interface Credentials {
  sessionToken: string | null;
  bearerToken: string | null;
}

/**
 * What the request will ask after the lookup, so the lookup may read it in the same statement (issue 10):
 * `standing` when the route runs the standing checks (a provider of the check may fold its read into the lookup).
 */
export interface LookupNeeds {
  standing: boolean;
}

/** Turns credentials into an actor; supplied by the accounts domain, which owns sessions and keys. */
export type ResolveActor = (
  db: Db,
  credentials: Credentials,
  now: Date,
  needs: LookupNeeds,
) => Promise<Actor | "invalid">;

function credentialsOf(request: FastifyRequest): Credentials {
  const header = request.headers.authorization;
  const bearer = header?.startsWith("Bearer ") ? header.slice(7).trim() : null;
  return { sessionToken: request.cookies[SESSION_COOKIE] ?? null, bearerToken: bearer || null };
}

/** Route-level check; record-level rules live in each domain's queries (visibleTo). */
export function checkAuthLevel(actor: Actor, level: AuthLevel, roles?: readonly string[]): void {
  if (level === "public") {
    return;
  }
  if (actor.kind !== "user") {
    throw new Problem("unauthenticated", "Log in, or send a valid API key as a Bearer token.");
  }
  if (level === "client" && (actor.accountType !== "client" || !actor.companyId)) {
    throw new Problem("forbidden", "This is only for client company accounts.");
  }
  if (level === "worker" && actor.accountType !== "worker") {
    throw new Problem("forbidden", "This is only for worker accounts.");
  }
  if (level.startsWith("staff")) {
    const role = level.split(":")[1];
    if (actor.accountType !== "staff" || (role && actor.staffRole !== role && actor.staffRole !== "admin")) {
      throw new Problem("forbidden", `This is only for Worklane staff${role ? ` with the ${role} role` : ""}.`);
    }
  }
  if (roles && level === "client" && !roles.includes(actor.companyRole ?? "")) {
    throw new Problem(
      "forbidden",
      `Your company role (${actor.companyRole}) may not do this; it needs ${roles.join(" or ")}.`,
    );
  }
}

export function registerAuth(
  app: App,
  options: { db: Db; log: Logger; resolveActor: ResolveActor; clock: () => Date; standing?: StandingCheck[] },
): void {
  app.decorateRequest("ctx", null as unknown as Ctx);
  const standingChecks = options.standing ?? [];
  app.addHook("onRequest", async (request) => {
    const now = options.clock();
    request.ctx = createCtx({
      db: options.db,
      log: request.log as Logger,
      actor: { kind: "anonymous" },
      now,
      requestId: request.id,
      ip: request.ip,
    });
    // Unknown paths go to the not-found handler (a 404, or the web app's index.html) whoever asks.
    if (request.is404) {
      return;
    }
    const credentials = credentialsOf(request);
    const level = request.routeOptions.config?.auth ?? "user";
    const standing = standingChecks.length > 0 && standingApplies(request.routeOptions);
    if (credentials.sessionToken || credentials.bearerToken) {
      const actor = await options.resolveActor(options.db, credentials, now, { standing });
      if (actor === "invalid") {
        // An expired session on a public page is simply logged out; anywhere else it is a 401.
        if (level !== "public" || credentials.bearerToken) {
          throw new Problem(
            "unauthenticated",
            credentials.bearerToken
              ? "This API key is not valid: it was revoked, or it was never issued. Create a new one under API keys."
              : "Your session has expired. Please log in again.",
          );
        }
      } else {
        request.ctx.actor = actor;
      }
    }
    checkAuthLevel(request.ctx.actor, level, request.routeOptions.config?.roles);
    if (request.routeOptions.config?.verifiedEmail && request.ctx.actor.kind === "user") {
      if (request.ctx.actor.unverifiedEmail) {
        throw new Problem(
          "email_unverified",
          "Verify your email address first: open the link we emailed you, or ask for a new one from the banner.",
        );
      }
    }
    const actor = request.ctx.actor;
    if (actor.kind === "user" && actor.accountType !== "staff" && standing) {
      const schema = request.routeOptions.schema as { operationId?: string } | undefined;
      for (const check of standingChecks) {
        await check(options.db, { actor, operationId: schema?.operationId ?? null, now });
      }
    }
  });
}
