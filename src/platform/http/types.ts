import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
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
    /** Honour the Idempotency-Key header (create and money endpoints). */
    idempotent?: boolean;
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
