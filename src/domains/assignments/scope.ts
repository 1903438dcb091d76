/**
 * How a caller reaches one assignment, for reads and writes alike: the tenancy scope (404 when it is not theirs to
 * see), the row lock every action starts with, and the party they are and the facts the rules read. The per-party
 * view every read and action answers with is in view-steps.ts.
 */
import { and, eq, type SQL, sql } from "drizzle-orm";
import { blockedProblem, notBlocked, securesFundsSql } from "#domains/companies/index";
import type { Actor, Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { type Params, preparedSelect } from "#platform/prepared";
import { Problem } from "#shared/problems";
import { actorContexts, contextColumns, toContext, workerIdOf } from "./context-steps";
import type { AssignmentAction, AssignmentStatus, Party } from "./contract";
import { deliverableRequirements } from "./deliverables/tables";
import { type Facts, transition } from "./lifecycle";
import { factsOf, partyOf } from "./party";
import { type Arg, pastDueSql } from "./provider-steps";
import { assignmentRecipients, assignments } from "./tables";

export type AssignmentRow = typeof assignments.$inferSelect;

export const notFound = () =>
  new Problem("not_found", "No assignment with this id is visible to you.", { subjectType: "assignment" });

type ScopeKind = "all" | "company" | "worker" | "none";

/** Which rows an actor sees, as a kind and the id it keys on (the company's, or the worker's own). */
function scopeOf(actor: Actor): { kind: ScopeKind; id: string | null } {
  if (actor.kind === "system") {
    return { kind: "all", id: null };
  }
  if (actor.kind === "user" && actor.accountType === "client" && actor.companyId) {
    return { kind: "company", id: actor.companyId };
  }
  if (actor.kind === "user" && actor.accountType === "worker") {
    return { kind: "worker", id: actor.userId };
  }
  return { kind: "none", id: null };
}

/** The scope as SQL; `id` is a value or a prepared statement's placeholder (provider-steps.ts `Arg`). */
function scopeSql(kind: ScopeKind, id: Arg | null): SQL {
  if (kind === "all") {
    return sql`true`;
  }
  if (kind === "company" && id) {
    return sql`${assignments.companyId} = ${id}`;
  }
  if (kind === "worker" && id) {
    const sentToMe = sql`SELECT 1 FROM ${assignmentRecipients} WHERE ${assignmentRecipients.assignmentId} = ${assignments.id} AND ${assignmentRecipients.workerId} = ${id}`;
    return sql`(${assignments.assignedWorkerId} = ${id} OR EXISTS (${sentToMe}))`;
  }
  return sql`false`;
}

/**
 * The tenancy scope every read and every lock goes through: a company sees its own assignments; a worker sees what
 * was sent or assigned to them; the system sees everything. Staff visibility arrives with escalations.
 */
export function visibleTo(actor: Actor): SQL {
  const { kind, id } = scopeOf(actor);
  return scopeSql(kind, id);
}

export interface Locked {
  row: AssignmentRow;
  /** How many deliverables the client asks for, read with the lock. */
  deliverableCount: number;
  /** Whether the company secures funds when a worker is assigned (payments' "assign" rule), read with the lock. */
  securesFunds: boolean;
  /** Whether the company has an open invoice past due (payments' "send" rule reads more only then). */
  pastDue: boolean;
  party: Party | null;
  facts: Facts;
  /** Checks the lifecycle table for this actor and returns the status the action leads to (409 / 403 otherwise). */
  check(action: AssignmentAction): AssignmentStatus;
  /** Refuses (403 `blocked`) when the acting worker and the company stand in a block; nothing for anyone else. */
  refuseIfWorkerBlocked(): void;
}

/** The facts for each row as this actor sees it (no lock), in the rows' order: for lists of views (the inbox). */
export async function partiesAndFacts(tx: Executor, actor: Actor, rows: AssignmentRow[], now: Date) {
  const contexts = await actorContexts(
    tx,
    actor,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const context = contexts.get(row.id) ?? { recipientStatus: null, applied: false, checkedIn: false };
    const party = partyOf(actor, row, context.recipientStatus !== null);
    return { party, facts: factsOf(row, context, now), recipientStatus: context.recipientStatus };
  });
}

/** Reads the facts for an assignment row as this actor sees it (no lock): for views and the lock alike. */
export async function partyAndFacts(tx: Executor, actor: Actor, row: AssignmentRow, now: Date) {
  const [one] = await partiesAndFacts(tx, actor, [row], now);
  if (!one) {
    throw new Error(`no facts for assignment ${row.id}`);
  }
  return one;
}

// Nested, so Drizzle writes it qualified: a bare column in a one-table select's own SQL is written unqualified, and
// inside a subquery it would name the subquery's column of that name.
const lockedId = sql`${assignments.id}`;

/**
 * The locking statement, built once per kind of actor and way of locking (platform/prepared.ts); the actor's context
 * and what the steps read of the assignment's own records ride along. A statement that waits for the lock sees the
 * row as its holder left it but runs its subqueries on the snapshot from before the wait, so those could be older
 * than the row (a double-clicked check-in read "not checked in"). So it first skips a locked row, and `current` says
 * whether the row is still the version its snapshot holds; when either fails, lockForActor waits and reads again.
 */
const lockStatement = preparedSelect(
  (
    db: Executor,
    p: Params<{ id: string; scopeId: string | null; workerId: string | null; now: string }>,
    shape: { scope: ScopeKind; worker: boolean; wait: boolean },
  ) =>
    db
      .select({
        row: assignments,
        ...contextColumns(shape.worker ? p.workerId : null, lockedId),
        // Accepting and applying refuse a worker who stands in a block with the company: read here, not on its own.
        workerBlocked: shape.worker
          ? sql<boolean>`NOT ${notBlocked(assignments.companyId, p.workerId)}`
          : sql<boolean>`false`,
        // Sending scores completeness by it, and submitting checks hand-ins only when there is something to hand in.
        deliverableCount: sql<number>`(SELECT count(*)::int FROM ${deliverableRequirements}
          WHERE ${deliverableRequirements.assignmentId} = ${lockedId})`,
        securesFunds: securesFundsSql(sql`${assignments.companyId}`),
        pastDue: pastDueSql({ companyId: sql`${assignments.companyId}`, now: sql`${p.now}::timestamptz` }),
        current: sql<boolean>`${assignments}.xmin = (SELECT a2.xmin FROM ${assignments} a2 WHERE a2.id = ${lockedId})`,
      })
      .from(assignments)
      .where(and(eq(assignments.id, p.id), scopeSql(shape.scope, p.scopeId)))
      .for("update", shape.wait ? {} : { skipLocked: true }),
);

/**
 * SELECT … FOR UPDATE within the tenancy scope: 404 when the actor cannot see it. Every action starts here, so two
 * requests on one assignment run one after the other and the second sees the first one's result.
 */
export async function lockForActor(tx: Executor, ctx: Pick<Ctx, "actor" | "now">, id: string): Promise<Locked> {
  const scope = scopeOf(ctx.actor);
  const workerId = workerIdOf(ctx.actor);
  const args = { id, scopeId: scope.id, workerId, now: ctx.now.toISOString() };
  const shape = { scope: scope.kind, worker: workerId !== null };
  // Uncontended, one round trip locks and reads all (issue 10). Otherwise (held by another transaction, changed since
  // the snapshot, or not visible): wait for the lock, then read again holding it, on a snapshot as new as the row.
  let [found] = await lockStatement(tx, args, { ...shape, wait: false });
  if (!found?.current) {
    await lockStatement(tx, args, { ...shape, wait: true });
    [found] = await lockStatement(tx, args, { ...shape, wait: true });
  }
  if (!found) {
    throw notFound();
  }
  const { row } = found;
  const context = toContext(found);
  const party = partyOf(ctx.actor, row, context.recipientStatus !== null);
  const facts = factsOf(row, context, ctx.now);
  const blocked = found.workerBlocked && workerId !== null ? blockedProblem([workerId], new Set([workerId])) : null;
  return {
    row,
    party,
    facts,
    deliverableCount: found.deliverableCount,
    securesFunds: found.securesFunds,
    pastDue: found.pastDue,
    check: (action) => transition(action, facts, party),
    refuseIfWorkerBlocked: () => {
      if (blocked) {
        throw blocked;
      }
    },
  };
}

/** Reads one assignment through the tenancy scope; invisible and missing look the same (404). */
export async function findVisible(tx: Executor, ctx: Pick<Ctx, "actor">, id: string): Promise<AssignmentRow> {
  const [row] = await tx
    .select()
    .from(assignments)
    .where(and(eq(assignments.id, id), visibleTo(ctx.actor)));
  if (!row) {
    throw notFound();
  }
  return row;
}

/** Reads an assignment the caller can see, with their party on it and the facts (404 when invisible). */
export async function visibleWithParty(tx: Executor, ctx: Pick<Ctx, "actor" | "now">, id: string) {
  const row = await findVisible(tx, ctx, id);
  const { party, facts } = await partyAndFacts(tx, ctx.actor, row, ctx.now);
  if (!party) {
    throw notFound();
  }
  return { row, party, facts };
}
