/**
 * The talent part of `worklane demo` (issue 12, item 8): credentials for the demo workers (some verified, some
 * pending, some expired), a skill test with attempts (passed, failed, one waiting for short-text grading, one
 * abandoned), three requirement sets and three pools gated by them (public, invitation only, private) for the first
 * demo company, with members who met them, applicants waiting for approval and invitations open. The assignments
 * demo sends one assignment to these pools.
 * Everything goes through the actions, so the demo obeys the same rules as people. A second run with the same seed
 * finds the sets made and adds nothing.
 */
import { and, asc, eq, like } from "drizzle-orm";
import { memberships, users } from "#domains/accounts/tables";
import type { Actor, Ctx } from "#platform/context";
import type { DemoOptions } from "#platform/domain";
import { Problem } from "#shared/problems";
import { addCredential } from "./actions/add-credential";
import { createRequirementSet } from "./actions/create-requirement-set";
import { verifyCredential } from "./actions/verify";
import type { AddCredential } from "./contract";
import { applyToTalentPool } from "./pools/actions/apply";
import { approvePoolMember } from "./pools/actions/approve";
import { createTalentPool } from "./pools/actions/create-pool";
import { inviteToTalentPool } from "./pools/actions/invite";
import { requirementSets } from "./tables";
import { demoSkillTests } from "./tests/demo";

const DAY = 86_400_000;
const dayFrom = (now: Date, days: number) => new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);

const asUser = (
  ctx: Ctx,
  actor: Omit<Extract<Actor, { kind: "user" }>, "kind" | "sessionId" | "apiKeyId" | "staffRole">,
): Ctx => ({
  ...ctx,
  actor: { kind: "user", sessionId: null, apiKeyId: null, staffRole: null, ...actor },
});

function credentialsFor(index: number, now: Date): AddCredential[] {
  const region = ["TX", "CO", "CA", "NY"][index % 4] ?? "TX";
  // Every fifth worker's licence expired 20 days ago; every seventh expires within the 30-day reminder window.
  const licenceDays = index % 5 === 0 ? -20 : index % 7 === 0 ? 12 : 200 + index;
  return [
    {
      kind: "licence",
      name: "Electrician",
      number: `EL-${1000 + index}`,
      region,
      country: "US",
      expiresOn: dayFrom(now, licenceDays),
    },
    {
      kind: "insurance",
      name: "General liability",
      coverage: { amount: (index % 3 === 0 ? 50_000_000 : 100_000_000) + index * 100, currency: "USD" },
      issuer: "Acme Mutual",
      expiresOn: dayFrom(now, 300),
    },
    { kind: "screening", name: "background", performedOn: dayFrom(now, -30 * (index % 18)), issuer: "Checkr" },
  ];
}

export async function demo(ctx: Ctx, options: DemoOptions): Promise<void> {
  const [admin] = await ctx.db
    .select({ userId: memberships.userId, companyId: memberships.companyId })
    .from(memberships)
    .where(eq(memberships.role, "admin"))
    .orderBy(asc(memberships.createdAt))
    .limit(1);
  if (!admin) {
    return;
  }
  const [made] = await ctx.db
    .select({ id: requirementSets.id })
    .from(requirementSets)
    .where(eq(requirementSets.companyId, admin.companyId))
    .limit(1);
  if (made) {
    return;
  }
  const company = asUser(ctx, {
    userId: admin.userId,
    accountType: "client",
    companyId: admin.companyId,
    companyRole: "admin",
  });
  const workers = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.accountType, "worker"), like(users.email, "%.example")))
    .orderBy(asc(users.createdAt))
    .limit(Math.max(3, Math.round(40 * options.scale)));
  for (const [index, w] of workers.entries()) {
    const worker = asUser(ctx, { userId: w.id, accountType: "worker", companyId: null, companyRole: null });
    for (const input of credentialsFor(index, ctx.now)) {
      const added = await addCredential(worker, input);
      // Two in three are verified by the company; the rest wait for review.
      if (index % 3 !== 2) {
        await verifyCredential(company, added.id, { note: null });
      }
    }
    options.progress("credentials", index + 1, workers.length);
  }
  const { testId, passed } = await demoSkillTests(
    company,
    workers.map((w) => asUser(ctx, { userId: w.id, accountType: "worker", companyId: null, companyRole: null })),
  );
  const licensed = await createRequirementSet(company, {
    name: "Licensed and insured electricians",
    description: "For panel and wiring work.",
    requirements: [
      { type: "licence", name: "Electrician", region: null },
      { type: "insurance", name: "General liability", minCoverage: { amount: 100_000_000, currency: "USD" } },
      { type: "screening", screening: "background", withinMonths: 12 },
    ],
  });
  const insured = await createRequirementSet(company, {
    name: "Insured field technicians",
    description: null,
    requirements: [
      { type: "insurance", name: "General liability", minCoverage: { amount: 50_000_000, currency: "USD" } },
    ],
  });
  const safe = await createRequirementSet(company, {
    name: "Passed electrical safety",
    description: "The safety test at 70 % or more, for night work alone on site.",
    requirements: [{ type: "test", testId, minScore: 70 }],
  });
  // Each pool is gated by a set, so the demo shows members who met it, applicants refused, and overrides.
  const [gated, invited, crew] = [
    await createTalentPool(company, {
      name: "Electricians (licensed)",
      description: "Licensed, insured and screened electricians; anyone who meets the set joins at once.",
      visibility: "public",
      requirementSetId: licensed.id,
      autoJoin: true,
      graceDays: 14,
    }),
    await createTalentPool(company, {
      name: "Preferred technicians",
      description: "Technicians we invite; we approve each one.",
      visibility: "invitation",
      requirementSetId: insured.id,
      autoJoin: false,
      graceDays: 14,
    }),
    await createTalentPool(company, {
      name: "Night shift crew",
      description: "Private: invited technicians who passed the safety test.",
      visibility: "private",
      requirementSetId: safe.id,
      autoJoin: true,
      graceDays: 7,
    }),
  ];
  // Who does not meet a set is refused, as in the app; the demo keeps those who do.
  const unlessUnmet = (error: unknown) => {
    if (!(error instanceof Problem && error.code === "requirements_not_met")) {
      throw error;
    }
    return null;
  };
  for (const [index, w] of workers.entries()) {
    const worker = asUser(ctx, { userId: w.id, accountType: "worker", companyId: null, companyRole: null });
    await applyToTalentPool(worker, gated.id).catch(unlessUnmet);
    if (index % 2 === 0) {
      await inviteToTalentPool(company, invited.id, w.id);
      // Every other applicant who meets the set is approved; the rest wait for the company.
      const applied = await applyToTalentPool(worker, invited.id).catch(unlessUnmet);
      if (applied && index % 4 === 0) {
        await approvePoolMember(company, invited.id, w.id);
      }
    }
    if (index < 10) {
      await inviteToTalentPool(company, crew.id, w.id);
      if (passed.has(index)) {
        await applyToTalentPool(worker, crew.id);
      }
    }
  }
}
