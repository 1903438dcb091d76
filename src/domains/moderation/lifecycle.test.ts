import { describe, expect, it } from "vitest";
import { Problem } from "#shared/problems";
import { type SanctionAction, type SanctionParty, type SanctionStatus, sanctionStatuses } from "./contract";
import { suggestedKind } from "./ladder";
import { checkSanction } from "./lifecycle";

/** The sanction lifecycle as one table: every action, from every status, by its party: next status or the refusal. */
const table: [SanctionAction, SanctionParty, Partial<Record<SanctionStatus, SanctionStatus | 409>>][] = [
  ["appeal", "party", { active: "appealed", appealed: 409, ended: 409, lifted: 409 }],
  ["uphold", "reviewer", { active: 409, appealed: "active", ended: 409, lifted: 409 }],
  ["shorten", "reviewer", { active: 409, appealed: "active", ended: 409, lifted: 409 }],
  ["lift", "reviewer", { active: 409, appealed: "lifted", ended: 409, lifted: 409 }],
  ["expire", "system", { active: "ended", appealed: "ended", ended: 409, lifted: 409 }],
];

function outcome(action: SanctionAction, status: SanctionStatus, party: SanctionParty | null, appealedAt: Date | null) {
  try {
    return checkSanction(action, { status, appealedAt }, party);
  } catch (error) {
    if (error instanceof Problem) {
      return error.status;
    }
    throw error;
  }
}

describe("the sanction lifecycle", () => {
  for (const [action, party, expected] of table) {
    for (const status of sanctionStatuses) {
      it(`${action} by ${party} from ${status} → ${expected[status]}`, () => {
        expect(outcome(action, status, party, status === "active" ? null : new Date())).toBe(expected[status]);
      });
    }
  }

  it("refuses a second appeal of a sanction that went back to active (upheld): once per sanction", () => {
    expect(outcome("appeal", "active", "party", new Date())).toBe(409);
  });

  it("refuses the issuer reviewing their own sanction, members appealing and strangers (403, 403, 404)", () => {
    expect(outcome("lift", "appealed", "issuer", new Date())).toBe(403);
    expect(outcome("appeal", "active", "member", null)).toBe(403);
    expect(outcome("appeal", "active", "reviewer", null)).toBe(403);
    expect(outcome("appeal", "active", null, null)).toBe(404);
  });
});

describe("the ladder", () => {
  const now = new Date("2026-06-01T00:00:00Z");
  const later = new Date("2026-09-01T00:00:00Z");
  it("suggests a warning first, then one step above the worst sanction still counting", () => {
    expect(suggestedKind([], now)).toBe("warning");
    expect(suggestedKind([{ kind: "warning", status: "active", endsAt: later }], now)).toBe("restriction");
    expect(suggestedKind([{ kind: "restriction", status: "ended", endsAt: now }], now)).toBe("suspension");
    expect(suggestedKind([{ kind: "suspension", status: "ended", endsAt: now }], now)).toBe("ban");
    expect(suggestedKind([{ kind: "ban", status: "active", endsAt: null }], now)).toBe("ban");
  });
  it("does not count a lifted sanction or an expired warning", () => {
    expect(suggestedKind([{ kind: "suspension", status: "lifted", endsAt: later }], now)).toBe("warning");
    expect(suggestedKind([{ kind: "warning", status: "ended", endsAt: now }], now)).toBe("warning");
  });
});
