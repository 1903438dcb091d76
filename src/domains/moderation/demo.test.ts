import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { firstDemoLogins } from "#domains/accounts/index";
import { assignments } from "#domains/assignments/index";
import { companies } from "#domains/companies/index";
import { workers } from "#domains/workers/index";
import { testApp } from "#test/harness";
import { moderation } from "./index";
import { reports, sanctions } from "./tables";

const t = await testApp();

describe("the moderation demo", () => {
  it("adds reports in the queue, a dismissed one, and a restricted worker whose appeal waits", async () => {
    let state = 11;
    const random = () => {
      state = (state * 16807) % 2147483647;
      return state / 2147483647;
    };
    const options = { random, scale: 0.1, progress: () => undefined };
    for (const step of [companies.demo, workers.demo, assignments.demo, moderation.demo]) {
      await step?.(t.ctx(), options);
    }
    const appealed = await t.db.select().from(sanctions).where(eq(sanctions.status, "appealed"));
    expect(appealed).toHaveLength(1);
    expect(appealed[0]).toMatchObject({ kind: "restriction", rule: "CVG-1.2", scopes: ["message"] });
    const all = await t.db.select().from(reports);
    expect(all.map((r) => r.status).sort()).toEqual(["actioned", "actioned", "dismissed", "open"]);
    // The demo's sign-ins (`worklane demo` prints them) name the first Trust & Safety member.
    expect((await firstDemoLogins(t.db))?.staff).toEqual([
      { role: "trust_safety", email: "trust-safety@worklane.example" },
    ]);
  }, 180_000);
});
