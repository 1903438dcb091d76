import {
  ensureOwnSet,
  ensureWorker,
  matchWorkers,
  type RequirementResult,
  requirementsFor,
} from "#domains/talent/index";
import type { MatchesQuery, MatchPage } from "#domains/talent/matching/contract";
import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import { findVisible } from "../scope";
import type { AssignmentRequirementSet } from "./contract";
import { gateOf } from "./gate";

/**
 * The assignment's requirement set checked for one worker: the calling worker (invited or assigned), or the worker a
 * client of the company names. The same evaluator decides accept and apply, so this list is what they will hear.
 */
export async function getAssignmentRequirements(
  ctx: Ctx,
  id: string,
  query: { workerId?: string | undefined },
): Promise<RequirementResult> {
  const row = await findVisible(ctx.db, ctx, id);
  const actor = ctx.actor;
  if (actor.kind !== "user") {
    throw new Problem("unauthenticated", "Log in first.");
  }
  let workerId = query.workerId;
  if (actor.accountType === "worker") {
    if (workerId !== undefined && workerId !== actor.userId) {
      throw new Problem("forbidden", "A worker reads their own requirement checks only.");
    }
    workerId = actor.userId;
  }
  if (!workerId) {
    throw new Problem("validation_failed", "Name the worker to check.", {}, [
      { pointer: "/query/workerId", message: "Give the id of the worker to check." },
    ]);
  }
  await ensureWorker(ctx.db, workerId, "/query/workerId");
  return requirementsFor(ctx.db, ctx, gateOf(row), workerId);
}

/** Which set is attached to the assignment (the same answer PUT gives), for everyone who sees the assignment. */
export async function getAttachedRequirementSet(ctx: Ctx, id: string): Promise<AssignmentRequirementSet> {
  const row = await findVisible(ctx.db, ctx, id);
  if (!row.requirementSetId) {
    return { assignmentId: id, requirementSet: null };
  }
  return { assignmentId: id, requirementSet: await ensureOwnSet(ctx.db, row.companyId, row.requirementSetId) };
}

/**
 * The workers ranked for the assignment (issue 12, item 6) within 100 miles (or the radius asked, or the set's
 * distance), each checked by the same evaluator accept uses; for the company's members.
 */
export async function getAssignmentMatches(ctx: Ctx, id: string, query: MatchesQuery): Promise<MatchPage> {
  const row = await findVisible(ctx.db, ctx, id);
  return matchWorkers(ctx.db, ctx, { gate: gateOf(row), skills: row.skills, query });
}
