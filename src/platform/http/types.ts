import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { ProblemCode } from "#shared/problems";
import type { CompanyRole, Ctx, StaffRole } from "../context";

/**
 * Who may call a route, stated once on the route and enforced by `auth.ts`; the denial matrix reads it too.
 * `staff:<role>` also admits staff admins.
 */
export type AuthLevel = "public" | "user" | "client" | "worker" | "staff" | `staff:${StaffRole}`;

declare module "fastify" {
  interface FastifyContextConfig {
    /** Defaults to "user", so a forgotten declaration fails closed. */
    auth?: AuthLevel;
    /** Company roles allowed on a client route; absent means every role. */
    roles?: readonly CompanyRole[];
    /**
     * Every POST honours the Idempotency-Key header (`route-contract.ts`); `false` opts a POST out, with the reason
     * written beside it (it changes nothing, or its answer cannot be replayed).
     */
    idempotent?: false;
    /**
     * The problem codes this route's own rules answer (`invalid_transition`, `budget_exceeded`, …). The platform's
     * codes (auth, CSRF, validation, body parsing, not_found for a path id, idempotency) are derived and need no
     * listing. The OpenAPI document declares both; the test harness fails a test file in which a route answers a
     * code it did not declare.
     */
    problems?: readonly ProblemCode[];
    /**
     * The caller must have opened the link emailed at sign-up: committing to work (send, accept, apply) needs a real
     * address. An unverified caller hears 403 `email_unverified` (declared for the route automatically).
     */
    verifiedEmail?: boolean;
    /**
     * Stays open to an account whose standing is refused (a suspension or ban, `standing.ts`): the routes a
     * sanctioned person needs to read their notice, appeal it and leave (log out). Every other write of a signed-in
     * client or worker is checked.
     */
    openWhenSuspended?: true;
  }
  interface FastifyRequest {
    ctx: Ctx;
  }
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
