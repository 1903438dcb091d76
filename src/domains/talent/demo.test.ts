import { asc, count, eq, lt } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { companies } from "#domains/companies/index";
import { workers } from "#domains/workers/index";
import type { DemoOptions } from "#platform/domain";
import { testApp } from "#test/harness";
import { demo } from "./demo";
import { talentPoolMembers, talentPools } from "./pools/tables";
import { credentialReviews, credentials, requirementSets } from "./tables";
import { skillTestAttempts } from "./tests/tables";

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
  it("adds credentials (some expired, some pending), a test with attempts, three sets, three gated pools, once per seed", async () => {
    const options: DemoOptions = { random: seeded(3), scale: 0.125, progress: () => undefined };
    await companies.demo?.(t.ctx(), options);
    await workers.demo?.(t.ctx(), options);
    await demo(t.ctx(), options);
    const today = t.clock.now().toISOString().slice(0, 10);
    expect(await n(t.db.select({ n: count() }).from(credentials))).toBe(15);
    expect(await n(t.db.select({ n: count() }).from(credentials).where(lt(credentials.expiresOn, today)))).toBe(1);
    expect(await n(t.db.select({ n: count() }).from(credentialReviews))).toBe(12);
    expect(await n(t.db.select({ n: count() }).from(requirementSets))).toBe(3);
    // Five sittings of the safety test: passed, failed (both graded by the company), one waiting for short-text
    // grading, one passed without the text answer, one abandoned and closed by the time limit on what was saved.
    const attempts = await t.db.select().from(skillTestAttempts).orderBy(asc(skillTestAttempts.startedAt));
    expect(attempts.map((a) => [a.status, a.passed, a.timedOut])).toEqual([
      ["graded", true, false],
      ["graded", false, false],
      ["grading", null, false],
      ["graded", true, false],
      ["graded", false, true],
    ]);
    expect(attempts[4]?.answers).toEqual([1, [0, 2]]);
    const pools = await t.db.select().from(talentPools).orderBy(asc(talentPools.name));
    expect(pools.map((p) => [p.visibility, p.requirementSetId !== null])).toEqual([
      ["public", true],
      ["private", true],
      ["invitation", true],
    ]);
    const crew = pools.find((p) => p.visibility === "private");
    const crewMembers = await t.db
      .select()
      .from(talentPoolMembers)
      .where(eq(talentPoolMembers.poolId, crew?.id ?? ""));
    // The two who passed joined; the others stay invited (the set refuses them).
    expect(crewMembers.filter((m) => m.status === "member").length).toBe(2);
    expect(crewMembers.filter((m) => m.status === "invited").length).toBe(3);
    const members = await t.db.select().from(talentPoolMembers);
    expect(members.some((m) => m.status === "member")).toBe(true);
    const [gated] = await t.db.select().from(talentPools).where(eq(talentPools.name, "Electricians (licensed)"));
    // Only verified, current, insured-enough, recently screened workers joined the gated pool.
    expect(members.filter((m) => m.poolId === gated?.id).length).toBeLessThan(4);
    await demo(t.ctx(), options);
    expect(await n(t.db.select({ n: count() }).from(requirementSets))).toBe(3);
    expect(await n(t.db.select({ n: count() }).from(skillTestAttempts))).toBe(5);
  });
});
