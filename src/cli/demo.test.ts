import { describe, expect, it } from "vitest";
import { createStaff } from "#domains/accounts/index";
import { companies, DEMO_PASSWORD } from "#domains/companies/index";
import { workers } from "#domains/workers/index";
import type { DemoOptions } from "#platform/domain";
import { testApp } from "#test/harness";
import { demoLogins } from "./demo";

const t = await testApp();

/** Park–Miller: a tiny seeded generator, as the domains' demo tests use. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16_807) % 2_147_483_647;
    return state / 2_147_483_647;
  };
}

describe("the sign-ins the demo prints", () => {
  it("names a client admin, a worker and the first demo member of each staff team, with the shared password", async () => {
    const options: DemoOptions = { random: seeded(7), scale: 0.05, progress: () => undefined };
    await companies.demo?.(t.ctx(), options);
    await workers.demo?.(t.ctx(), options);
    const before = await demoLogins(t.db);
    expect(before).toMatch(/client admin of .+: \S+@\S+\.example/);
    expect(before).toMatch(/worker: +\S+@\S+\.example/);
    expect(before).not.toContain("(staff)");

    // The accounts the escalations and moderation demos make; staff outside the demo's domain are not printed.
    const staff = [
      { email: "escalations@worklane.example", role: "escalations" },
      { email: "trust-safety@worklane.example", role: "trust_safety" },
      { email: "trust-safety-2@worklane.example", role: "trust_safety" },
      { email: "real-admin@worklane.test", role: "admin" },
      { email: "real-escalations@worklane.test", role: "escalations" },
    ] as const;
    for (const { email, role } of staff) {
      await createStaff(t.ctx(), { email, name: `Demo ${role}`, password: DEMO_PASSWORD, role });
    }
    const after = await demoLogins(t.db);
    const lines = after.split("\n");
    expect(lines.filter((line) => line.includes("(staff)"))).toEqual([
      "  Escalations Team (staff): escalations@worklane.example",
      "  Trust & Safety (staff): trust-safety@worklane.example",
    ]);
    expect(lines.at(-2)).toBe(`  password (every demo account): ${DEMO_PASSWORD}`);
  });
});
