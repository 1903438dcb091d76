/**
 * What other domains call inside their own transaction: assignments (above talent in the registry) asks whether a
 * worker meets the set attached to an assignment, refuses accept and apply when not, attaches sets and records a
 * company's override. No URL leads here; index.ts exports them.
 */
import { eq } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import type { RequirementResult } from "./contract";
import { companySet, type Gate, resultFor } from "./steps";
import { requirementOverrides } from "./tables";

export type { Gate } from "./steps";

/** The set evaluated for one worker (the same evaluator as matching and accept), with any override. */
export function requirementsFor(tx: Executor, ctx: Pick<Ctx, "now">, gate: Gate, workerId: string) {
  return resultFor(tx, ctx.now, gate, workerId);
}

/** Refuses with 403 `requirements_not_met`, naming each requirement that is not met, unless overridden. */
export async function requireRequirementsMet(
  tx: Executor,
  ctx: Pick<Ctx, "now">,
  gate: Gate,
  workerId: string,
  who: "you" | "the worker" = "you",
): Promise<RequirementResult> {
  const result = await resultFor(tx, ctx.now, gate, workerId);
  if (!result.eligible) {
    const missing = result.checks.filter((c) => !c.met).map((c) => c.reason);
    const subject = who === "you" ? "You do" : "The worker does";
    throw new Problem(
      "requirements_not_met",
      `${subject} not meet the requirements of "${result.requirementSet?.name}": ${missing.join("; ")}.`,
      { requirementSet: result.requirementSet, missing },
    );
  }
  return result;
}

/** Checks that a set is the company's own before it is attached (404 otherwise, as for any invisible record). */
export async function ensureOwnSet(tx: Executor, companyId: string, setId: string) {
  const set = await companySet(tx, companyId, setId);
  return { id: set.id, name: set.name };
}

/** Lets one worker through the gate on one subject, with the reason; the event goes in the subject's history. */
export async function overrideRequirements(
  tx: Executor,
  ctx: Ctx,
  input: { companyId: string; subject: { type: string; id: string }; workerId: string; reason: string; by: string },
): Promise<void> {
  await tx
    .insert(requirementOverrides)
    .values({
      companyId: input.companyId,
      subjectType: input.subject.type,
      subjectId: input.subject.id,
      workerId: input.workerId,
      reason: input.reason,
      createdBy: input.by,
      createdAt: ctx.now,
    })
    .onConflictDoUpdate({
      target: [requirementOverrides.subjectType, requirementOverrides.subjectId, requirementOverrides.workerId],
      set: { reason: input.reason, createdBy: input.by, createdAt: ctx.now },
    });
  await recordEvent(tx, ctx, {
    action: `${input.subject.type}.requirements_overridden`,
    subject: input.subject,
    data: { workerId: input.workerId, reason: input.reason },
  });
}

/** Refuses (400, pointing at the field) an id that is not a worker's, before anything is written about them. */
export async function ensureWorker(tx: Executor, workerId: string, pointer: string): Promise<void> {
  const [worker] = await tx.select({ type: users.accountType }).from(users).where(eq(users.id, workerId));
  if (worker?.type !== "worker") {
    throw new Problem("validation_failed", "No worker has this id.", {}, [{ pointer, message: "Use a worker's id." }]);
  }
}
