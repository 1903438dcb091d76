import { count, eq, lt } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { companies } from "#domains/companies/index";
import { workers } from "#domains/workers/index";
import type { DemoOptions } from "#platform/domain";
import { testApp } from "#test/harness";
import { demo } from "./demo";
import { talentPoolMembers, talentPools } from "./pools/tables";
import { credentialReviews, credentials, requirementSets } from "./tables";

const t = await testApp();

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16_807) % 2_147_483_647;
    return state / 2_147_483_647;
  };
}

const n = async (query: Promise<{ n: number }[]>) => (await query)[0]?.n ?? 0;

describe("the talent demo", () => {
  it("adds credentials (some expired, some pending), two sets, three pools with members, once per seed", async () => {
    const options: DemoOptions = { random: seeded(3), scale: 0.1, progress: () => undefined };
    await companies.demo?.(t.ctx(), options);
    await workers.demo?.(t.ctx(), options);
    await demo(t.ctx(), options);
    const today = t.clock.now().toISOString().slice(0, 10);
    expect(await n(t.db.select({ n: count() }).from(credentials))).toBe(12);
    expect(await n(t.db.select({ n: count() }).from(credentials).where(lt(credentials.expiresOn, today)))).toBe(1);
    expect(await n(t.db.select({ n: count() }).from(credentialReviews))).toBe(9);
    expect(await n(t.db.select({ n: count() }).from(requirementSets))).toBe(2);
    expect(await n(t.db.select({ n: count() }).from(talentPools))).toBe(3);
    const members = await t.db.select().from(talentPoolMembers);
    expect(members.some((m) => m.status === "member")).toBe(true);
    const [gated] = await t.db.select().from(talentPools).where(eq(talentPools.name, "Electricians (licensed)"));
    // Only verified, current, insured-enough, recently screened workers joined the gated pool.
    expect(members.filter((m) => m.poolId === gated?.id).length).toBeLessThan(4);
    await demo(t.ctx(), options);
    expect(await n(t.db.select({ n: count() }).from(requirementSets))).toBe(2);
  });
});
