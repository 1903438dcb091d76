/**
 * The talent part of `worklane demo` (issue 12, item 8): credentials for the demo workers (some verified, some
 * pending, some expired), two requirement sets and three pools for the first demo company, and members who met them.
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
import { createTalentPool } from "./pools/actions/create-pool";
import { inviteToTalentPool } from "./pools/actions/invite";
import { requirementSets } from "./tables";

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
  const licensed = await createRequirementSet(company, {
    name: "Licensed and insured electricians",
    description: "For panel and wiring work.",
    requirements: [
      { type: "licence", name: "Electrician", region: null },
      { type: "insurance", name: "General liability", minCoverage: { amount: 100_000_000, currency: "USD" } },
      { type: "screening", screening: "background", withinMonths: 12 },
    ],
  });
  await createRequirementSet(company, {
    name: "US field technicians",
    description: null,
    requirements: [{ type: "country", country: "US" }],
  });
  const pools = [
    await createTalentPool(company, {
      name: "Electricians (licensed)",
      description: null,
      visibility: "public",
      requirementSetId: licensed.id,
      autoJoin: true,
      graceDays: 14,
    }),
    await createTalentPool(company, {
      name: "Preferred technicians",
      description: null,
      visibility: "invitation",
      requirementSetId: null,
      autoJoin: false,
      graceDays: 14,
    }),
    await createTalentPool(company, {
      name: "Night shift crew",
      description: null,
      visibility: "private",
      requirementSetId: null,
      autoJoin: true,
      graceDays: 7,
    }),
  ];
  for (const [index, w] of workers.entries()) {
    const worker = asUser(ctx, { userId: w.id, accountType: "worker", companyId: null, companyRole: null });
    const [gated, invited, crew] = pools;
    if (gated) {
      // Who does not meet the set is refused, as in the app; the demo keeps those who do.
      await applyToTalentPool(worker, gated.id).catch((error: unknown) => {
        if (!(error instanceof Problem && error.code === "requirements_not_met")) {
          throw error;
        }
      });
    }
    if (invited && index % 2 === 0) {
      await inviteToTalentPool(company, invited.id, w.id);
      await applyToTalentPool(worker, invited.id);
    }
    if (crew && index % 4 === 1) {
      await inviteToTalentPool(company, crew.id, w.id);
    }
  }
}
