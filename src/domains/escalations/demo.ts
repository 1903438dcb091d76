/**
 * The escalations demo (issue 15 item 11): a member of the Escalations Team (escalations@worklane.example, the demo
 * password) and three cases on the demo's delivered work, each made through the real actions so holds, clocks,
 * events and notifications follow as in use: one open and waiting for the team, one the team answered and closed
 * with a summary (no agreement), and one resolved by an agreement both parties accepted (rework with a new due date,
 * executed on the assignment). A refusal (the work moved on meanwhile) skips that case, never the demo.
 */
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import { createStaff } from "#domains/accounts/index";
import { memberships } from "#domains/accounts/tables";
import { assignments } from "#domains/assignments/tables";
import { DEMO_PASSWORD } from "#domains/companies/index";
import { type Actor, type Ctx, personActor } from "#platform/context";
import type { DemoOptions } from "#platform/domain";
import { Problem } from "#shared/problems";
import { acceptProposal } from "./actions/accept";
import { closeCase } from "./actions/close";
import { postCaseMessage } from "./actions/message";
import { openEscalation } from "./actions/open";
import { proposeSettlement } from "./actions/propose";
import { takeCase } from "./actions/take";
import { escalationCases } from "./tables";

const DAY = 86_400_000;
const as = (ctx: Ctx, actor: Actor): Ctx => ({ ...ctx, actor });

/** Runs one case's story; a Problem (the demo's work moved on) skips it. */
async function story(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof Problem)) {
      throw error;
    }
  }
}

async function candidates(ctx: Ctx) {
  const taken = (await ctx.db.select({ id: escalationCases.assignmentId }).from(escalationCases)).map((r) => r.id);
  const rows = await ctx.db
    .select({
      id: assignments.id,
      status: assignments.status,
      companyId: assignments.companyId,
      workerId: assignments.assignedWorkerId,
    })
    .from(assignments)
    .where(and(inArray(assignments.status, ["submitted", "approved", "paid"]), isNotNull(assignments.assignedWorkerId)))
    .orderBy(asc(assignments.createdAt), asc(assignments.id))
    .limit(60);
  return rows.filter((r) => !taken.includes(r.id));
}

async function adminOf(ctx: Ctx, companyId: string): Promise<Actor | null> {
  const [admin] = await ctx.db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.companyId, companyId), eq(memberships.role, "admin")))
    .orderBy(asc(memberships.createdAt))
    .limit(1);
  return admin ? personActor(admin.userId, companyId, "admin") : null;
}

export async function demo(ctx: Ctx, options: DemoOptions): Promise<void> {
  options.progress("escalations", 0, 3);
  const staff = await createStaff(ctx, {
    email: "escalations@worklane.example",
    name: "Robin Resolver",
    password: DEMO_PASSWORD,
    role: "escalations",
  });
  const team: Actor = { ...personActor(staff.id, null, null), accountType: "staff", staffRole: "escalations" };
  const work = await candidates(ctx);
  const submitted = work.filter((w) => w.status === "submitted");
  const later = work.filter((w) => w.status !== "submitted");
  const worker = (w: { workerId: string | null }) => personActor(w.workerId ?? "", null, null);

  // 1. Open, waiting for the team: the worker's approval has not come.
  const waiting = submitted[0];
  if (waiting) {
    await story(() =>
      openEscalation(as(ctx, worker(waiting)), waiting.id, {
        category: "approval_delayed",
        details:
          "I submitted the work with the photos the instructions asked for, and asked in the thread; no answer since.",
        desiredOutcome: "Approve the work, or tell me what is missing.",
        desiredAmount: null,
      }),
    );
  }
  options.progress("escalations", 1, 3);

  // 2. Answered and closed by the team with a written summary: no agreement, nothing imposed.
  const disputed = later[0] ?? submitted[2];
  const disputedAdmin = disputed ? await adminOf(ctx, disputed.companyId) : null;
  if (disputed && disputedAdmin) {
    await story(async () => {
      const opened = await openEscalation(as(ctx, disputedAdmin), disputed.id, {
        category: "quality_of_work",
        details: "Two of the four displays were mounted off level and the site manager had to call a second visit.",
        desiredOutcome: "A partial refund of the second visit.",
        desiredAmount: null,
      });
      const teamCtx = as({ ...ctx, now: new Date(ctx.now.getTime() + 60_000) }, team);
      await takeCase(teamCtx, opened.id);
      await postCaseMessage(teamCtx, opened.id, {
        body: "We have read the thread and the photos. Could the worker say how the brackets were levelled?",
        visibility: "parties",
      });
      await postCaseMessage(teamCtx, opened.id, {
        body: "Photos show a bracket already bent before the visit.",
        visibility: "team",
      });
      await closeCase(teamCtx, opened.id, {
        summary:
          "Both sides explained; the photos show the bracket was bent before the visit. No agreement was reached and nothing is imposed.",
      });
    });
  }
  options.progress("escalations", 2, 3);

  // 3. Resolved by an agreement both accepted: rework with a new due date, executed on the assignment.
  const rework = submitted[1];
  const reworkAdmin = rework ? await adminOf(ctx, rework.companyId) : null;
  if (rework && reworkAdmin) {
    await story(async () => {
      const opened = await openEscalation(as(ctx, reworkAdmin), rework.id, {
        category: "scope_changed",
        details:
          "The cabling was left unlabelled, which the instructions asked for; the worker says it was not in scope.",
        desiredOutcome: "Label the cabling before approval.",
        desiredAmount: null,
      });
      await takeCase(as(ctx, team), opened.id);
      const proposed = await proposeSettlement(as(ctx, worker(rework)), opened.id, {
        kind: "rework",
        amount: null,
        dueAt: new Date(ctx.now.getTime() + 3 * DAY).toISOString(),
        note: "I will come back and label every cable this week.",
      });
      const pending = proposed.proposals.find((p) => p.status === "pending");
      if (pending) {
        await acceptProposal(as(ctx, reworkAdmin), opened.id, pending.id);
      }
    });
  }
  options.progress("escalations", 3, 3);
}
