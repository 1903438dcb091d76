/**
 * Who sees and may act on skill tests. A company sees and manages its own tests and every attempt at them. A worker
 * sees a published test they were invited to, have taken, or that belongs to a pool they may see (its applicants),
 * and only their own attempts. Invisible and missing are the same 404.
 */
import { and, desc, eq, inArray, or, sql } from "drizzle-orm";
import { companies, users } from "#domains/accounts/tables";
import type { Actor, Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { Problem } from "#shared/problems";
import { poolsVisibleTo } from "../pools/scope";
import { talentPools } from "../pools/tables";
import type { AttemptView, TestView } from "./contract";
import { keyOf, publicQuestion, retakeAt } from "./grading";
import { skillTestAttempts, skillTestInvitations, skillTests } from "./tables";

export type TestRow = typeof skillTests.$inferSelect;
export type AttemptRow = typeof skillTestAttempts.$inferSelect;

export const testNotFound = () =>
  new Problem("not_found", "No skill test with this id is visible to you.", { subjectType: "skill_test" });
export const attemptNotFound = () =>
  new Problem("not_found", "No test attempt with this id is visible to you.", { subjectType: "skill_test_attempt" });

/** Answers sent a little after the deadline still count: the request was on its way (network, a slow click). */
export const GRACE_MS = 30_000;

/** Whether a sitting's time ran out, the grace for a request in flight included: it takes no more answers. */
export const pastGrace = (attempt: Pick<AttemptRow, "deadline">, now: Date) =>
  attempt.deadline.getTime() + GRACE_MS < now.getTime();

const workerOf = (actor: Actor) => (actor.kind === "user" && actor.accountType === "worker" ? actor.userId : null);
const companyOf = (actor: Actor) =>
  actor.kind === "user" && actor.accountType === "client" && actor.companyId ? actor.companyId : null;
export const mayManage = (actor: Actor, row: { companyId: string }) =>
  actor.kind === "user" &&
  companyOf(actor) === row.companyId &&
  (actor.companyRole === "admin" || actor.companyRole === "manager");

/** The visibility condition on skill_tests for one actor. */
export function testsVisibleTo(actor: Actor) {
  const company = companyOf(actor);
  if (company) {
    return eq(skillTests.companyId, company);
  }
  const workerId = workerOf(actor);
  if (!workerId) {
    return actor.kind === "system" ? sql`true` : sql`false`;
  }
  const invited = sql`EXISTS (SELECT 1 FROM ${skillTestInvitations} WHERE ${skillTestInvitations.testId} = ${skillTests.id} AND ${skillTestInvitations.workerId} = ${workerId})`;
  const taken = sql`EXISTS (SELECT 1 FROM ${skillTestAttempts} WHERE ${skillTestAttempts.testId} = ${skillTests.id} AND ${skillTestAttempts.workerId} = ${workerId})`;
  const viaPool = sql`EXISTS (SELECT 1 FROM ${talentPools} WHERE ${talentPools.id} = ${skillTests.poolId} AND ${poolsVisibleTo(actor, true)})`;
  return and(eq(skillTests.status, "published"), or(invited, taken, viaPool));
}

export async function findTest(tx: Executor, ctx: Pick<Ctx, "actor">, id: string, lock = false): Promise<TestRow> {
  const query = tx
    .select()
    .from(skillTests)
    .where(and(eq(skillTests.id, id), testsVisibleTo(ctx.actor)));
  const [row] = lock ? await query.for("update", { of: skillTests }) : await query;
  if (!row) {
    throw testNotFound();
  }
  return row;
}

/** An attempt the actor may see: the worker's own, or any at the company's tests. */
export async function findAttempt(
  tx: Executor,
  ctx: Pick<Ctx, "actor">,
  id: string,
  lock = false,
): Promise<{ attempt: AttemptRow; test: TestRow }> {
  const actor = ctx.actor;
  const owner = workerOf(actor)
    ? eq(skillTestAttempts.workerId, workerOf(actor) ?? "")
    : eq(skillTestAttempts.companyId, companyOf(actor) ?? "00000000-0000-0000-0000-000000000000");
  const query = tx
    .select({ attempt: skillTestAttempts, test: skillTests })
    .from(skillTestAttempts)
    .innerJoin(skillTests, eq(skillTests.id, skillTestAttempts.testId))
    .where(and(eq(skillTestAttempts.id, id), owner));
  const [row] = lock ? await query.for("update", { of: skillTestAttempts }) : await query;
  if (!row) {
    throw attemptNotFound();
  }
  return row;
}

/** The worker's latest attempt at a test, if any. */
export async function lastAttempt(tx: Executor, testId: string, workerId: string): Promise<AttemptRow | null> {
  const [row] = await tx
    .select()
    .from(skillTestAttempts)
    .where(and(eq(skillTestAttempts.testId, testId), eq(skillTestAttempts.workerId, workerId)))
    .orderBy(desc(skillTestAttempts.startedAt))
    .limit(1);
  return row ?? null;
}

export const endOf = (a: AttemptRow) => a.submittedAt ?? a.deadline;

/** Whether the worker may start now and, if not yet, when. */
export function startRule(test: TestRow, last: AttemptRow | null, now: Date): { may: boolean; at: Date | null } {
  if (test.status !== "published") {
    return { may: false, at: null };
  }
  if (!last) {
    return { may: true, at: null };
  }
  if (last.status === "in_progress" && !pastGrace(last, now)) {
    return { may: false, at: null };
  }
  const at = retakeAt({ endedAt: endOf(last) }, test.retakeAfterDays);
  return { may: at !== null && at <= now, at };
}

export async function testViews(tx: Executor, ctx: Pick<Ctx, "actor" | "now">, rows: TestRow[]): Promise<TestView[]> {
  if (rows.length === 0) {
    return [];
  }
  const actor = ctx.actor;
  const workerId = workerOf(actor);
  const ids = rows.map((r) => r.id);
  const names = new Map(
    (
      await tx
        .select({ id: companies.id, name: companies.name })
        .from(companies)
        .where(
          inArray(
            companies.id,
            rows.map((r) => r.companyId),
          ),
        )
    ).map((c) => [c.id, c.name]),
  );
  const invitations = workerId
    ? []
    : await tx.select().from(skillTestInvitations).where(inArray(skillTestInvitations.testId, ids));
  const views: TestView[] = [];
  for (const row of rows) {
    const owner = companyOf(actor) === row.companyId;
    const start = workerId ? startRule(row, await lastAttempt(tx, row.id, workerId), ctx.now) : null;
    const actions: TestView["actions"] = [];
    if (mayManage(actor, row)) {
      // A published test is fixed (attempts were marked against it): it is duplicated into a new draft instead.
      actions.push(...(row.status === "draft" ? (["publish", "edit"] as const) : (["invite"] as const)), "duplicate");
    }
    if (start?.may) {
      actions.push("start");
    }
    views.push({
      id: row.id,
      companyId: row.companyId,
      companyName: names.get(row.companyId) ?? "",
      title: row.title,
      description: row.description,
      status: row.status,
      passingScore: row.passingScore,
      timeLimitMinutes: row.timeLimitMinutes,
      retakeAfterDays: row.retakeAfterDays,
      showAnswers: row.showAnswers,
      poolId: row.poolId,
      questions: row.questions.map(publicQuestion),
      key: owner ? row.questions.map(keyOf) : null,
      retakeAt: start && !start.may && start.at ? start.at.toISOString() : null,
      invitedWorkerIds: invitations.filter((i) => i.testId === row.id).map((i) => i.workerId),
      actions,
      createdAt: row.createdAt.toISOString(),
    });
  }
  return views;
}

export async function testView(tx: Executor, ctx: Pick<Ctx, "actor" | "now">, row: TestRow): Promise<TestView> {
  const [view] = await testViews(tx, ctx, [row]);
  if (!view) {
    throw new Error("test view missing");
  }
  return view;
}

/**
 * An attempt as the actor sees it. The worker gets their answers back, their marks and score once final, and the
 * right answers only when the score is final and the test shows them; the company sees everything once submitted.
 */
export async function attemptViews(
  tx: Executor,
  ctx: Pick<Ctx, "actor" | "now">,
  rows: { attempt: AttemptRow; test: TestRow }[],
): Promise<AttemptView[]> {
  if (rows.length === 0) {
    return [];
  }
  const names = new Map(
    (
      await tx
        .select({ id: users.id, name: users.name })
        .from(users)
        .where(
          inArray(
            users.id,
            rows.map((r) => r.attempt.workerId),
          ),
        )
    ).map((u) => [u.id, u.name]),
  );
  const actor = ctx.actor;
  return rows.map(({ attempt, test }) => {
    const owner = companyOf(actor) === test.companyId;
    const own = workerOf(actor) === attempt.workerId;
    const final = attempt.status === "graded";
    const open = attempt.status === "in_progress" && !pastGrace(attempt, ctx.now);
    const showKey = owner || (final && test.showAnswers);
    const actions: AttemptView["actions"] = [];
    if (open && own) {
      actions.push("submit");
    }
    if (owner && attempt.status === "grading") {
      actions.push("grade");
    }
    return {
      id: attempt.id,
      testId: test.id,
      testTitle: test.title,
      workerId: attempt.workerId,
      workerName: names.get(attempt.workerId) ?? "",
      status: attempt.status,
      startedAt: attempt.startedAt.toISOString(),
      deadline: attempt.deadline.toISOString(),
      submittedAt: attempt.submittedAt?.toISOString() ?? null,
      timedOut: attempt.timedOut,
      questions: test.questions.map(publicQuestion),
      // Mid-sitting the saved answers are the worker's to resume; the company reads them once handed in.
      answers: attempt.status === "in_progress" && !own ? null : attempt.answers,
      marks: owner || final ? attempt.marks : null,
      score: attempt.score,
      passingScore: test.passingScore,
      passed: attempt.passed,
      key: showKey ? test.questions.map(keyOf) : null,
      actions,
    };
  });
}

export async function attemptView(
  tx: Executor,
  ctx: Pick<Ctx, "actor" | "now">,
  row: { attempt: AttemptRow; test: TestRow },
): Promise<AttemptView> {
  const [view] = await attemptViews(tx, ctx, [row]);
  if (!view) {
    throw new Error("attempt view missing");
  }
  return view;
}
