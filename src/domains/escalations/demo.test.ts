import { describe, expect, it } from "vitest";
import { firstDemoLogins } from "#domains/accounts/index";
import { assignments } from "#domains/assignments/index";
import { companies } from "#domains/companies/index";
import { workers } from "#domains/workers/index";
import { testApp } from "#test/harness";
import { escalations } from "./index";

const t = await testApp();

const rowsOf = async <T>(query: string) => ((await t.db.execute(query)) as unknown as { rows: T[] }).rows;

describe("the escalations demo", () => {
  it("adds a team member and an open, a closed and an agreement-resolved case", async () => {
    let state = 7;
    const random = () => {
      state = (state * 16807) % 2147483647;
      return state / 2147483647;
    };
    const options = { random, scale: 0.4, progress: () => undefined };
    for (const step of [companies.demo, workers.demo, assignments.demo, escalations.demo]) {
      await step?.(t.ctx(), options);
    }
    const cases = await rowsOf<{ status: string }>("SELECT status FROM escalation_cases ORDER BY opened_at");
    expect(cases.map((c) => c.status).sort()).toEqual(["closed", "open", "resolved"]);
    const executed = await rowsOf<{ n: number }>(
      "SELECT count(*)::int AS n FROM escalation_proposals WHERE executed_at IS NOT NULL",
    );
    expect(executed[0]?.n).toBe(1);
    const notes = await rowsOf<{ n: number }>(
      "SELECT count(*)::int AS n FROM escalation_messages WHERE visibility = 'team'",
    );
    expect(notes[0]?.n).toBe(1);
    // The demo's sign-ins (`worklane demo` prints them) name the team member it made.
    expect((await firstDemoLogins(t.db))?.staff).toEqual([
      { role: "escalations", email: "escalations@worklane.example" },
    ]);
  }, 240_000);
});
