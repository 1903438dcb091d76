import { describe, expect, it } from "vitest";
import { type CompletenessInput, completeness, completenessRules } from "./completeness";

const now = new Date("2030-05-01T12:00:00Z");
const h = (n: number) => new Date(now.getTime() + n * 3_600_000);
const wordy = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

/** An assignment with nothing to report. */
const complete: CompletenessInput = {
  title: "Install two POS terminals in Austin",
  description: wordy(40),
  instructions: "Ask for Dana at the loading dock.",
  industry: "Point of Sale",
  skills: ["POS installation"],
  locationType: "onsite",
  hasLocation: true,
  hasOnsiteContact: true,
  schedule: { type: "fixed", startsAt: h(48), endsAt: h(52) },
  deadline: null,
  pricing: { type: "hourly", rate: 5000, maxHours: 5 },
  deliverableCount: 1,
  now,
};

/** One row per rule: the smallest change that triggers it. */
const triggers: [string, Partial<CompletenessInput>][] = [
  ["location_missing", { hasLocation: false }],
  ["schedule_missing", { schedule: null }],
  ["window_passed", { schedule: { type: "window", startsAt: h(-5), endsAt: h(-1) } }],
  ["deadline_passed", { deadline: h(-1) }],
  ["description_too_short", { description: "Fix it." }],
  ["start_too_soon", { schedule: { type: "fixed", startsAt: h(3), endsAt: h(7) } }],
  ["deliverables_missing", { deliverableCount: 0 }],
  ["skills_missing", { skills: [] }],
  ["contact_missing", { hasOnsiteContact: false }],
  ["cap_beyond_schedule", { pricing: { type: "hourly", rate: 5000, maxHours: 20 } }],
  ["end_missing", { schedule: { type: "fixed", startsAt: h(48), endsAt: null } }],
  ["instructions_missing", { instructions: "  " }],
  ["industry_missing", { industry: null }],
  ["title_vague", { title: "Fix" }],
];

describe("completeness rules, one by one", () => {
  it("finds nothing in a complete assignment and scores it 100", () => {
    expect(completeness(complete)).toEqual({ score: 100, findings: [] });
  });
  it("has a trigger case for every rule", () => {
    expect(triggers.map(([code]) => code).sort()).toEqual(completenessRules.map((r) => r.code).sort());
  });
  for (const [code, change] of triggers) {
    it(`${code} fires on ${JSON.stringify(change)} and only it`, () => {
      const report = completeness({ ...complete, ...change });
      expect(report.findings.map((f) => f.code)).toEqual([code]);
      expect(report.score).toBeLessThan(100);
    });
  }
});

describe("scores and context", () => {
  it("does not ask a remote assignment for a site, contact, instructions or lead time", () => {
    const remote = {
      ...complete,
      locationType: "remote" as const,
      hasLocation: false,
      hasOnsiteContact: false,
      instructions: "",
      schedule: { type: "fixed" as const, startsAt: h(1), endsAt: h(5) },
    };
    expect(completeness(remote).findings).toEqual([]);
  });
  it("costs 20 per blocker, 10 per warning, 3 per tip, never below zero", () => {
    expect(completeness({ ...complete, schedule: null }).score).toBe(80);
    expect(completeness({ ...complete, skills: [] }).score).toBe(90);
    expect(completeness({ ...complete, industry: null }).score).toBe(97);
    const empty = {
      ...complete,
      title: "x",
      description: "",
      instructions: "",
      industry: null,
      skills: [],
      hasLocation: false,
      hasOnsiteContact: false,
      schedule: null,
      deliverableCount: 0,
      deadline: h(-1),
    };
    expect(completeness(empty).score).toBe(0);
  });
  it("names the field each finding is about, for the form to point at", () => {
    const report = completeness({ ...complete, description: "Short." });
    expect(report.findings[0]).toMatchObject({ severity: "blocker", field: "description" });
  });
});
