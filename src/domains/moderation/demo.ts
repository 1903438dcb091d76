/**
 * The moderation demo (issue 15, item 11): two Trust & Safety staff members (sign in as
 * `trust-safety@worklane.example` and `trust-safety-2@worklane.example` with the demo password), reports in the
 * queue, one dismissed, and a worker restricted from messaging under CVG-1.2 with an appeal waiting for the second
 * staff member. Written through the real actions, so notices, events and the end job follow as in use. The first
 * demo accounts (the ones `worklane demo` prints) are left in good standing.
 */
import { and, asc, desc, eq, like } from "drizzle-orm";
import { createStaff } from "#domains/accounts/index";
import { companies, memberships, users } from "#domains/accounts/tables";
import { assignments } from "#domains/assignments/tables";
import { DEMO_PASSWORD } from "#domains/companies/index";
import { type Ctx, personActor, type UserActor } from "#platform/context";
import type { DemoOptions } from "#platform/domain";
import { appealSanction } from "./actions/appeal";
import { dismissReport } from "./actions/dismiss";
import { fileReport } from "./actions/report";
import { issueSanction } from "./actions/sanction";

const DAY = 86_400_000;

const staffActor = (userId: string): UserActor => ({
  ...personActor(userId, null, null),
  accountType: "staff",
  staffRole: "trust_safety",
});

export async function seedModeration(ctx: Ctx, options: DemoOptions): Promise<void> {
  options.progress("moderation", 0, 4);
  const demo = like(users.email, "%.example");
  // The newest demo workers, never the one `worklane demo` prints (the busiest at the first company).
  const candidates = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.accountType, "worker"), demo))
    .orderBy(desc(users.createdAt))
    .limit(20);
  const admins = await ctx.db
    .select({ userId: memberships.userId, companyId: memberships.companyId, name: companies.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(companies, eq(companies.id, memberships.companyId))
    .where(and(eq(memberships.role, "admin"), demo))
    .orderBy(asc(users.createdAt))
    .limit(3);
  const [first] = admins;
  const second = admins[1] ?? first;
  const third = admins[2] ?? second;
  const busy = first
    ? new Set(
        (
          await ctx.db
            .select({ id: assignments.assignedWorkerId })
            .from(assignments)
            .where(eq(assignments.companyId, first.companyId))
        ).map((row) => row.id),
      )
    : new Set<string | null>();
  const [offender, reporterWorker] = candidates.filter((w) => !busy.has(w.id));
  if (!first || !second || !third || !offender || !reporterWorker) {
    return;
  }
  const one = await createStaff(ctx, {
    email: "trust-safety@worklane.example",
    name: "Tess Safety",
    password: DEMO_PASSWORD,
    role: "trust_safety",
  });
  const two = await createStaff(ctx, {
    email: "trust-safety-2@worklane.example",
    name: "Theo Review",
    password: DEMO_PASSWORD,
    role: "trust_safety",
  });
  options.progress("moderation", 1, 4);
  const as = (actor: UserActor, daysAgo: number): Ctx => ({
    ...ctx,
    actor,
    now: new Date(ctx.now.getTime() - daysAgo * DAY),
  });
  const secondAdmin = personActor(second.userId, second.companyId, "admin");
  const thirdAdmin = personActor(third.userId, third.companyId, "admin");
  // The restricted worker: two reports, a restriction from messaging, an appeal waiting.
  const offTheBooks = await fileReport(as(secondAdmin, 3), {
    subjectType: "user",
    subjectId: offender.id,
    rule: "CVG-1.2",
    details: "The worker asked our site manager to pay cash for the next visits, outside Worklane.",
  });
  const again = await fileReport(as(thirdAdmin, 2), {
    subjectType: "user",
    subjectId: offender.id,
    rule: "CVG-1.2",
    details: "Offered a discount if we booked directly by phone instead of through the platform.",
  });
  const restriction = await issueSanction(as(staffActor(one.id), 1), {
    partyType: "user",
    partyId: offender.id,
    kind: "restriction",
    rule: "CVG-1.2",
    reportIds: [offTheBooks.id, again.id],
    reason: "Two companies report offers to move work and payment off Worklane. Messaging is paused for two weeks.",
    scopes: ["message"],
    endsAt: new Date(ctx.now.getTime() + 13 * DAY).toISOString(),
  });
  await appealSanction(as(personActor(offender.id, null, null), 0.5), restriction.id, {
    statement: "I only asked whether the company had a second site; I never asked to be paid outside Worklane.",
  });
  options.progress("moderation", 2, 4);
  // The queue: an open report about a company, and one dismissed.
  await fileReport(as(personActor(reporterWorker.id, null, null), 1), {
    subjectType: "company",
    subjectId: third.companyId,
    rule: "CVG-1.6",
    details: "Approved three weeks ago and still not paid; the company does not answer in the thread.",
  });
  const dismissed = await fileReport(as(personActor(reporterWorker.id, null, null), 4), {
    subjectType: "company",
    subjectId: second.companyId,
    rule: "CVG-1.3",
    details: "The site manager was rude when I arrived late.",
  });
  await dismissReport(as(staffActor(two.id), 3), dismissed.id, {
    reason: "Firm words about a late arrival; no harassment in the thread.",
  });
  options.progress("moderation", 4, 4);
}
