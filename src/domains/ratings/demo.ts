/**
 * The ratings demo (issue 14 item 8): the rateable assignments of the first three demo companies are rated by both
 * sides through the rate action, so each company gets a different reputation with workers: one well liked, one
 * mixed, one poorly rated (its satisfaction is red, so the confirmation before accepting can be seen at once).
 * Approval and payment timeliness come from the assignments and payments demos' own histories.
 */
import { and, asc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { memberships } from "#domains/accounts/tables";
import { assignments } from "#domains/assignments/tables";
import { type Ctx, personActor } from "#platform/context";
import type { DemoOptions } from "#platform/domain";
import { giveRating } from "./actions/rate";
import type { RatingLevel } from "./contract";
import { ratings } from "./tables";

const reputations: { name: string; levels: RatingLevel[]; review: string[] }[] = [
  { name: "good", levels: ["excellent"], review: ["Clear brief, paid on time, friendly site contact."] },
  {
    name: "mixed",
    levels: ["satisfied", "excellent", "satisfied", "unsatisfied"],
    review: ["Fine overall; the site contact was hard to reach.", "Good job, clear description."],
  },
  {
    name: "poor",
    levels: ["unsatisfied", "unsatisfied", "satisfied"],
    review: ["The parts were not on site and nobody answered the phone.", "Paid late."],
  },
];

async function rateableOf(ctx: Ctx, companyId: string) {
  return ctx.db
    .select({ id: assignments.id, workerId: assignments.assignedWorkerId })
    .from(assignments)
    .leftJoin(ratings, eq(ratings.assignmentId, assignments.id))
    .where(
      and(
        eq(assignments.companyId, companyId),
        inArray(assignments.status, ["approved", "invoiced", "paid", "cancelled"]),
        isNotNull(assignments.assignedWorkerId),
        isNull(ratings.id),
      ),
    )
    .orderBy(asc(assignments.createdAt));
}

export async function demo(ctx: Ctx, options: DemoOptions): Promise<void> {
  const admins = await ctx.db
    .selectDistinctOn([memberships.companyId], { companyId: memberships.companyId, userId: memberships.userId })
    .from(memberships)
    .innerJoin(assignments, eq(assignments.companyId, memberships.companyId))
    .where(eq(memberships.role, "admin"))
    .orderBy(memberships.companyId, memberships.userId);
  const chosen = admins.slice(0, reputations.length);
  for (const [index, admin] of chosen.entries()) {
    const reputation = reputations[index % reputations.length];
    if (!reputation) {
      continue;
    }
    for (const [n, work] of (await rateableOf(ctx, admin.companyId)).entries()) {
      const level = reputation.levels[n % reputation.levels.length] ?? "satisfied";
      const review = reputation.review[n % reputation.review.length] ?? "";
      const asCompany = { ...ctx, actor: personActor(admin.userId, admin.companyId, "admin") };
      const asWorker = { ...ctx, actor: personActor(work.workerId ?? "", null, null) };
      const dims = { quality: "excellent", professionalism: "satisfied", communication: "excellent" } as const;
      await giveRating(asCompany, work.id, {
        rates: "worker",
        overall: "excellent",
        ...dims,
        review: "Reliable work.",
      });
      await giveRating(asWorker, work.id, {
        rates: "company",
        overall: level,
        clarity: level,
        communication: level,
        paymentAsPromised: level,
        review,
      });
    }
    options.progress("ratings", index + 1, chosen.length);
  }
}
