import { count, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "#domains/accounts/tables";
import { companies } from "#domains/companies/index";
import { companyProfiles } from "#domains/companies/tables";
import type { DemoOptions } from "#platform/domain";
import { eventsOf } from "#test/given";
import { testApp } from "#test/harness";
import { demo } from "./demo";
import { workerProfiles } from "./tables";

const t = await testApp();

/** Park–Miller: a tiny seeded generator, so two runs draw the same numbers. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16_807) % 2_147_483_647;
    return state / 2_147_483_647;
  };
}

async function runDemo(seed: number) {
  const options: DemoOptions = { random: seeded(seed), scale: 0.05, progress: () => undefined };
  await companies.demo?.(t.ctx(), options);
  await demo(t.ctx(), options);
}

const tally = async () => ({
  users: (await t.db.select({ n: count() }).from(users).where(like(users.email, "%.example")))[0]?.n,
  companies: (await t.db.select({ n: count() }).from(companyProfiles))[0]?.n,
  workers: (await t.db.select({ n: count() }).from(workerProfiles))[0]?.n,
});

describe("the companies and workers demo", () => {
  it("builds companies with teams and workers with profiles, the same way twice for one seed", async () => {
    await runDemo(7);
    const first = await tally();
    expect(first.companies).toBe(1);
    expect(first.workers).toBe(15);
    expect(first.users).toBeGreaterThanOrEqual(1 + 2 + 15);
    await runDemo(7);
    expect(await tally()).toEqual(first);
    await runDemo(8);
    expect((await tally()).workers).toBe(30);
  });

  it("gives demo accounts the demo password and complete, valid profiles", async () => {
    const [someone] = await t.db.select().from(users).where(eq(users.accountType, "worker")).limit(1);
    const login = await t.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: someone?.email, password: "worklane-demo" },
    });
    expect(login.statusCode, login.body).toBe(200);
    const profile = await t.inject({ method: "GET", url: `/api/v1/workers/${someone?.id}` });
    const body = profile.json();
    expect(body.skills.length).toBeGreaterThan(2);
    expect(body.industries.length).toBeGreaterThan(0);
    expect(body.location.city).toBeTruthy();
    expect(body.hourlyRate.amount).toBeGreaterThan(0);
    const history = await eventsOf(t, someone?.id ?? "");
    expect(history.map((e) => e.action)).toEqual(["user.created", "worker_profile.updated", "user.logged_in"]);
  });
});
