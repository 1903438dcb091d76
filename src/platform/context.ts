import { randomUUID } from "node:crypto";
import { type Db, inTransaction, type Tx } from "./db";
import type { Logger } from "./log";

export type AccountType = "client" | "worker" | "staff";
export type CompanyRole = "admin" | "manager" | "finance" | "viewer";
export type StaffRole = "admin" | "escalations" | "trust_safety";

/** Who is acting. Resolved once per request by the auth plugin; jobs and the CLI act as `system` or staff. */
export type Actor =
  | { kind: "anonymous" }
  | { kind: "system" }
  | {
      kind: "user";
      userId: string;
      accountType: AccountType;
      companyId: string | null;
      companyRole: CompanyRole | null;
      staffRole: StaffRole | null;
      sessionId: string | null;
      apiKeyId: string | null;
      /** True until the account opens the link emailed at sign-up; absent (verified) for actors the system makes. */
      unverifiedEmail?: boolean;
    };

export type UserActor = Extract<Actor, { kind: "user" }>;

/**
 * A person acting without a request (the demo, the CLI, benchmarks): a company member with `companyId` and a
 * role, else a worker. The actions then check and record them exactly as they would a logged-in person.
 */
export const personActor = (userId: string, companyId: string | null, companyRole: CompanyRole | null): UserActor => ({
  kind: "user",
  userId,
  accountType: companyId ? "client" : "worker",
  companyId,
  companyRole,
  staffRole: null,
  sessionId: null,
  apiKeyId: null,
});

export interface Ctx {
  db: Db;
  actor: Actor;
  now: Date;
  requestId: string;
  ip: string | null;
  log: Logger;
  /** Runs `fn` in one database transaction; every action's writes, events and jobs commit together. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
}

export function createCtx(input: {
  db: Db;
  log: Logger;
  actor?: Actor;
  now?: Date;
  requestId?: string;
  ip?: string | null;
}): Ctx {
  const { db } = input;
  return {
    db,
    log: input.log,
    actor: input.actor ?? { kind: "system" },
    now: input.now ?? new Date(),
    requestId: input.requestId ?? randomUUID(),
    ip: input.ip ?? null,
    transaction: (fn) => inTransaction(db, fn),
  };
}

export const systemActor: Actor = { kind: "system" };

export function actorId(actor: Actor): string | null {
  return actor.kind === "user" ? actor.userId : null;
}
