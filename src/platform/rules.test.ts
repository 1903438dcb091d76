import { describe, expect, it } from "vitest";
import { allowedActions, allows, checkRule, type Move, type PartyAccount, routeAccess } from "./rules";

type Status = "open" | "held" | "closed";
type Party = "owner" | "clerk" | "worker" | "robot";
interface Facts {
  status: Status;
  busy: boolean;
}

/** A small table in the shape every domain writes: one rule per action. */
const rules: Record<"close" | "hold" | "work", Move<Status, Party, Facts>> = {
  close: { from: ["open", "held"], to: "closed", by: ["owner", "robot"] },
  hold: { from: ["open"], to: "held", by: ["owner", "clerk"], explain: (_, party) => `No holding for ${party}.` },
  work: { from: ["open"], to: "same", by: ["worker"], guard: ({ busy }) => (busy ? "Busy." : null) },
};
const accountOf = (party: Party): PartyAccount =>
  party === "owner"
    ? { kind: "client", role: "admin" }
    : party === "clerk"
      ? { kind: "client", role: "viewer" }
      : party === "worker"
        ? { kind: "worker" }
        : null;
const named = { action: "close", subject: "case" };

function refusal(run: () => unknown): { status: number; code: string; detail: string } | null {
  try {
    run();
    return null;
  } catch (error) {
    return error as { status: number; code: string; detail: string };
  }
}

describe("checkRule: the refusal rule", () => {
  it("returns where the move leads, or the current status for `same`", () => {
    expect(checkRule(rules.close, { status: "held", busy: false }, "owner", named)).toBe("closed");
    expect(checkRule(rules.work, { status: "open", busy: false }, "worker", named)).toBe("open");
  });

  it("answers 404 to a caller who is not a party", () => {
    expect(refusal(() => checkRule(rules.close, { status: "open", busy: false }, null, named))).toMatchObject({
      status: 404,
      code: "not_found",
      detail: "No case with this id is visible to you.",
    });
  });

  it("answers 403 to a party without the right, before looking at the status", () => {
    // The status is wrong too (closed), but the clerk may never close: 403, not 409.
    expect(refusal(() => checkRule(rules.close, { status: "closed", busy: false }, "clerk", named))).toMatchObject({
      status: 403,
      code: "forbidden",
    });
  });

  it("answers 409 to the right party at the wrong time, naming the status and the action", () => {
    const refused = refusal(() => checkRule(rules.close, { status: "closed", busy: false }, "owner", named));
    expect(refused).toMatchObject({ status: 409, code: "invalid_transition" });
    expect((refused as unknown as { extra: object }).extra).toEqual({ currentStatus: "closed", action: "close" });
    expect(refusal(() => checkRule(rules.work, { status: "open", busy: true }, "worker", named))).toMatchObject({
      status: 409,
      detail: "Busy.",
    });
  });

  it("uses the rule's own words when it has them, for either refusal", () => {
    expect(refusal(() => checkRule(rules.hold, { status: "open", busy: false }, "worker", named))?.detail).toBe(
      "No holding for worker.",
    );
    expect(refusal(() => checkRule(rules.hold, { status: "held", busy: false }, "owner", named))?.detail).toBe(
      "No holding for owner.",
    );
  });
});

describe("allows and allowedActions", () => {
  it("agree with checkRule for every party, status and guard", () => {
    for (const status of ["open", "held", "closed"] as const) {
      for (const busy of [false, true]) {
        for (const party of ["owner", "clerk", "worker", "robot", null] as const) {
          const facts = { status, busy };
          const allowed = allowedActions(rules, facts, party);
          for (const [name, rule] of Object.entries(rules)) {
            const ok = refusal(() => checkRule(rule, facts, party, named)) === null;
            expect(allows(rule, facts, party), `${name} ${status} ${busy} ${party}`).toBe(ok);
            expect(allowed.includes(name as keyof typeof rules)).toBe(ok);
          }
        }
      }
    }
  });
});

describe("routeAccess", () => {
  it("derives the route's gate from the parties the rules name", () => {
    expect(routeAccess([rules.close], accountOf)).toEqual({ auth: "client", roles: ["admin"] });
    expect(routeAccess([rules.hold], accountOf)).toEqual({ auth: "client", roles: ["admin", "viewer"] });
    expect(routeAccess([rules.work], accountOf)).toEqual({ auth: "worker" });
    expect(routeAccess([rules.close, rules.work], accountOf)).toEqual({ auth: "user" });
  });

  it("leaves out the roles when every company role may", () => {
    const roles = ["admin", "manager", "finance", "viewer"] as const;
    const asMember = (role: (typeof roles)[number]): PartyAccount => ({ kind: "client", role });
    expect(routeAccess([{ by: roles }], asMember)).toEqual({ auth: "client" });
  });
});
