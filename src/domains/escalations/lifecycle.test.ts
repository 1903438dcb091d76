import { describe, expect, it } from "vitest";
import { Problem } from "#shared/problems";
import { addBusinessDays } from "./clocks";
import type { CaseAction, CaseStatus, Party } from "./contract";
import { caseActionsFor, checkCase, checkProposal, proposalActionsFor } from "./lifecycle";

/**
 * The case lifecycle as a readable grid: for each action, the statuses it runs from, who may take it and where it
 * leads. Every other (status, party) cell must be refused: 403 for a party who never may, 409 for the wrong time.
 */
const grid: Record<CaseAction, { from: CaseStatus[]; by: Party[]; to: CaseStatus | "same" }> = {
  message: { from: ["open", "in_review"], by: ["admin", "manager", "finance", "worker"], to: "same" },
  reply: { from: ["open", "in_review"], by: ["team"], to: "in_review" },
  note: { from: ["open", "in_review"], by: ["team"], to: "same" },
  take: { from: ["open", "in_review"], by: ["team"], to: "in_review" },
  close: { from: ["open", "in_review"], by: ["team"], to: "closed" },
  // The worker opened these cases; the client side may never withdraw them.
  withdraw: { from: ["open", "in_review"], by: ["worker"], to: "withdrawn" },
  propose: { from: ["open", "in_review"], by: ["admin", "manager", "finance", "worker", "team"], to: "same" },
};
const statuses: CaseStatus[] = ["open", "in_review", "resolved", "closed", "withdrawn"];
const parties: Party[] = ["admin", "manager", "finance", "viewer", "worker", "team"];

const outcome = (action: CaseAction, status: CaseStatus, party: Party) => {
  try {
    return checkCase(action, { status, openedBySide: "worker" }, party);
  } catch (error) {
    return error instanceof Problem ? error.status : "threw";
  }
};

describe("the case lifecycle", () => {
  for (const [action, rule] of Object.entries(grid) as [CaseAction, (typeof grid)[CaseAction]][]) {
    it(`${action}: from ${rule.from.join(", ")} by ${rule.by.join(", ")}`, () => {
      for (const status of statuses) {
        for (const party of parties) {
          const expected = !rule.by.includes(party)
            ? 403
            : rule.from.includes(status)
              ? rule.to === "same"
                ? status
                : rule.to
              : 409;
          expect(outcome(action, status, party), `${action} ${status} ${party}`).toBe(expected);
        }
      }
    });
  }

  it("answers 404 to someone who is not a party", () => {
    expect(() => checkCase("message", { status: "open", openedBySide: "client" }, null)).toThrow(
      expect.objectContaining({ code: "not_found" }),
    );
  });

  it("offers withdraw to the side that opened the case only", () => {
    expect(caseActionsFor({ status: "open", openedBySide: "client" }, "admin")).toEqual([
      "message",
      "withdraw",
      "propose",
    ]);
    expect(caseActionsFor({ status: "open", openedBySide: "client" }, "worker")).toEqual(["message", "propose"]);
    expect(caseActionsFor({ status: "closed", openedBySide: "client" }, "team")).toEqual([]);
  });
});

describe("answering a proposal", () => {
  const pending = { status: "pending", clientAnswer: null, workerAnswer: "accepted" } as const;
  it("lets an admin or finance member and the worker answer, each side once", () => {
    expect(proposalActionsFor(pending, "admin")).toEqual(["accept", "decline"]);
    expect(proposalActionsFor(pending, "finance")).toEqual(["accept", "decline"]);
    expect(proposalActionsFor(pending, "worker")).toEqual([]);
    expect(proposalActionsFor(pending, "team")).toEqual([]);
    const refusal = (party: Party, facts = pending as Parameters<typeof checkProposal>[1]) => {
      try {
        checkProposal("accept", facts, party);
        return 200;
      } catch (error) {
        return error instanceof Problem ? error.status : 500;
      }
    };
    expect(refusal("manager")).toBe(403);
    expect(refusal("viewer")).toBe(403);
    expect(refusal("team")).toBe(403);
    expect(refusal("worker")).toBe(409);
    expect(refusal("admin")).toBe(200);
    expect(refusal("admin", { ...pending, status: "executed" })).toBe(409);
  });
});

describe("business days", () => {
  it("skips the weekend", () => {
    expect(addBusinessDays(new Date("2031-01-03T12:00:00Z"), 1).toISOString()).toBe("2031-01-06T12:00:00.000Z");
    expect(addBusinessDays(new Date("2031-01-03T12:00:00Z"), 2).toISOString()).toBe("2031-01-07T12:00:00.000Z");
    expect(addBusinessDays(new Date("2031-01-04T12:00:00Z"), 1).toISOString()).toBe("2031-01-06T12:00:00.000Z");
    expect(addBusinessDays(new Date("2031-01-06T12:00:00Z"), 2).toISOString()).toBe("2031-01-08T12:00:00.000Z");
  });
});
