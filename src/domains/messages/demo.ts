/**
 * The messages demo (issue 13 item 9): conversations on the demo assignments, written through the real post action
 * so the notifications, response times and labels follow as in use. Per demo company: invited workers ask about
 * sent work (one answered for every invitee, one left open, so the list shows `question_open`), the company and its
 * worker talk in the thread of the work under way, and an internal note names the company's admin with `@`, so the
 * printed demo sign-ins open on unread notifications. Everything happens in the hour before the demo runs.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import { memberships, users } from "#domains/accounts/tables";
import { assignmentRecipients, assignments } from "#domains/assignments/tables";
import { type Actor, type CompanyRole, type Ctx, personActor } from "#platform/context";
import type { DemoOptions } from "#platform/domain";
import { Problem } from "#shared/problems";
import { postMessage } from "./actions";
import type { PostMessage } from "./contract";

const MINUTE = 60_000;

const person = (userId: string, company: { id: string; role: CompanyRole } | null): Actor =>
  personActor(userId, company?.id ?? null, company?.role ?? null);

const questions = [
  ["Is there parking close to the site, or should I come by transit?", "Two spaces behind the building are ours."],
  ["Do I need to bring a ladder, or is there one on site?", null],
  ["Can I start an hour earlier to avoid the store's opening?", "Yes, the site contact is there from 7."],
] as const;

const thread = [
  ["company", "Thanks for taking this. The site contact has the keys; ask for them at the front desk."],
  ["worker", "Great, I will be there on time. Is the old equipment to be taken away?"],
  ["company", "Leave it in the back room, we collect it next week."],
] as const;

type Company = { id: string; members: { userId: string; role: CompanyRole; name: string }[] };

async function demoCompanies(ctx: Ctx): Promise<Company[]> {
  const rows = await ctx.db
    .select({ companyId: memberships.companyId, userId: memberships.userId, role: memberships.role, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .orderBy(memberships.companyId, asc(memberships.createdAt));
  const companies = new Map<string, Company>();
  for (const row of rows) {
    const company = companies.get(row.companyId) ?? { id: row.companyId, members: [] };
    company.members.push({ userId: row.userId, role: row.role, name: row.name });
    companies.set(row.companyId, company);
  }
  return [...companies.values()];
}

/** Posts one message at a moment; a refusal (an invitation closed meanwhile) skips this conversation, not the demo. */
async function say(ctx: Ctx, actor: Actor, at: number, assignmentId: string, input: Partial<PostMessage>) {
  const message = { replyTo: null, shared: false, kind: "message", body: "", ...input } as PostMessage;
  const when = { ...ctx, actor, now: new Date(ctx.now.getTime() - at * MINUTE) };
  try {
    return await postMessage(when, assignmentId, message);
  } catch (error) {
    if (error instanceof Problem) {
      return null;
    }
    throw error;
  }
}

async function askAbout(ctx: Ctx, company: Company, poster: Actor) {
  const sent = await ctx.db
    .select({ id: assignments.id, workerId: assignmentRecipients.workerId })
    .from(assignments)
    .innerJoin(assignmentRecipients, eq(assignmentRecipients.assignmentId, assignments.id))
    .where(
      and(
        eq(assignments.companyId, company.id),
        eq(assignments.status, "sent"),
        eq(assignmentRecipients.status, "invited"),
      ),
    )
    .orderBy(asc(assignments.createdAt), asc(assignmentRecipients.workerId));
  const asked = new Set<string>();
  for (const { id, workerId } of sent) {
    const [question, answer] = questions[asked.size] ?? [];
    if (!question || asked.has(id)) {
      continue;
    }
    asked.add(id);
    const posted = await say(ctx, person(workerId, null), 55, id, { kind: "question", body: question });
    if (posted && answer) {
      await say(ctx, poster, 25, id, { body: answer, replyTo: posted.id, shared: asked.size === 1 });
    }
  }
}

async function talkAbout(ctx: Ctx, company: Company, poster: Actor, admin: Company["members"][number] | undefined) {
  const speakerId = poster.kind === "user" ? poster.userId : null;
  const live = await ctx.db
    .select({ id: assignments.id, workerId: assignments.assignedWorkerId })
    .from(assignments)
    .where(
      and(eq(assignments.companyId, company.id), inArray(assignments.status, ["assigned", "in_progress", "submitted"])),
    )
    .orderBy(asc(assignments.createdAt))
    .limit(3);
  for (const [n, { id, workerId }] of live.entries()) {
    if (!workerId) {
      continue;
    }
    // The last conversation ends with the worker's question, so it waits for the company's answer.
    const lines = n === live.length - 1 ? thread.slice(0, 2) : thread;
    for (const [i, [side, body]] of lines.entries()) {
      await say(ctx, side === "company" ? poster : person(workerId, null), 50 - i * 15, id, { body });
    }
    if (admin && admin.userId !== speakerId) {
      const body = `@${admin.name} the worker asked about the old equipment; can you confirm the pickup date?`;
      await say(ctx, poster, 3, id, { kind: "note", body });
    }
  }
}

export async function demo(ctx: Ctx, options: DemoOptions): Promise<void> {
  const companies = (await demoCompanies(ctx)).filter((c) => c.members.some((m) => m.role !== "viewer"));
  for (const [index, company] of companies.entries()) {
    const admin = company.members.find((m) => m.role === "admin");
    // The one who talks for the company: a manager if there is one, so the admin is told of the @mention.
    const speaker = company.members.find((m) => m.role === "manager") ?? admin;
    if (!speaker) {
      continue;
    }
    const poster = person(speaker.userId, { id: company.id, role: speaker.role });
    await askAbout(ctx, company, poster);
    await talkAbout(ctx, company, poster, admin);
    options.progress("messages", index + 1, companies.length);
  }
}
