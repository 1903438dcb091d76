import { describe, expect, it } from "vitest";
import { allows } from "#platform/rules";
import type { AssignmentStatus, Party } from "../contract";
import { check } from "../lifecycle";
import { checkFieldValue, deliverableRules, earliestDue, missingItems } from "./rules";

/** Who may do what, status by status: the grid the rules table must agree with, cell by cell. */
// biome-ignore format: one row per status reads as a grid.
const grid: Record<keyof typeof deliverableRules, [AssignmentStatus[], Party[]]> = {
  define: [["draft", "sent", "declined", "assigned", "in_progress"], ["admin", "manager"]],
  handIn: [["assigned", "in_progress"], ["assignee"]],
  fillClientField: [["draft", "sent", "declined", "assigned", "in_progress", "submitted"], ["admin", "manager"]],
  attach: [["draft", "sent", "declined", "assigned", "in_progress"], ["admin", "manager"]],
};
const statuses: AssignmentStatus[] = [
  "draft",
  "sent",
  "declined",
  "assigned",
  "in_progress",
  "submitted",
  "approved",
  "paid",
  "cancelled",
  "void",
];
const parties: Party[] = ["admin", "manager", "finance", "viewer", "assignee", "invitee", "system"];

describe("the deliverables rules table", () => {
  for (const [name, [okStatuses, okParties]] of Object.entries(grid)) {
    it(`${name}: allowed exactly for ${okParties.join("/")} in ${okStatuses.join(", ")}`, () => {
      const rule = deliverableRules[name as keyof typeof deliverableRules];
      for (const status of statuses) {
        for (const party of parties) {
          const expected = okStatuses.includes(status) && okParties.includes(party);
          expect(allows(rule, { status, onHold: false }, party), `${status} × ${party}`).toBe(expected);
          const refusal = (() => {
            try {
              check(rule, { status, onHold: false }, party, name);
              return null;
            } catch (error) {
              return (error as { status: number }).status;
            }
          })();
          // The party before the status: a party who may never do it hears 403 in every status.
          expect(refusal, `${status} × ${party}`).toBe(expected ? null : okParties.includes(party) ? 409 : 403);
        }
      }
    });
  }

  it("pauses hand-ins while on hold with a 409", () => {
    expect(() => check(deliverableRules.handIn, { status: "in_progress", onHold: true }, "assignee", "x")).toThrow(
      expect.objectContaining({ code: "invalid_transition" }),
    );
  });
});

describe("custom field values", () => {
  const choice = { type: "choice" as const, choices: ["reused", "new"] };
  it("accepts values of the field's type and null", () => {
    expect(checkFieldValue({ type: "text", choices: [] }, "  PO-1 ")).toBe("PO-1");
    expect(checkFieldValue({ type: "number", choices: [] }, 2.5)).toBe(2.5);
    expect(checkFieldValue({ type: "date", choices: [] }, "2024-02-29")).toBe("2024-02-29");
    expect(checkFieldValue(choice, "new")).toBe("new");
    expect(checkFieldValue(choice, null)).toBeNull();
  });
  // biome-ignore format: one case per line.
  const bad: [Parameters<typeof checkFieldValue>[0], string | number][] = [
    [{ type: "text", choices: [] }, "   "],
    [{ type: "text", choices: [] }, "bell\u0007"],
    [{ type: "text", choices: [] }, 5],
    [{ type: "number", choices: [] }, "5"],
    [{ type: "number", choices: [] }, 1e13],
    [{ type: "date", choices: [] }, "2023-02-29"],
    [{ type: "date", choices: [] }, "29/02/2024"],
    [choice, "copper"],
  ];
  for (const [field, value] of bad) {
    it(`refuses ${JSON.stringify(value)} for a ${field.type} field`, () => {
      expect(() => checkFieldValue(field, value)).toThrow(expect.objectContaining({ code: "validation_failed" }));
    });
  }
});

describe("missing items and the late clock", () => {
  const at = (h: number) => new Date(Date.UTC(2026, 0, 1, h));
  const requirements = [
    { id: "a", kind: "photo" as const, title: "Photos", requiredCount: 2, dueAt: at(12), handedIn: 1 },
    { id: "b", kind: "report" as const, title: "Report", requiredCount: 1, dueAt: at(9), handedIn: 1 },
    { id: "c", kind: "signature" as const, title: "Sign-off", requiredCount: 1, dueAt: at(15), handedIn: 0 },
  ];

  it("lists requirements short of their count, required unticked items and required empty fields", () => {
    const missing = missingItems({
      requirements,
      checklist: [
        { id: "x", text: "Test", required: true, done: false },
        { id: "y", text: "Sweep", required: false, done: false },
      ],
      fields: [
        { id: "f", label: "PO", required: true, filledBy: "client", filled: false },
        { id: "g", label: "Notes", required: false, filledBy: "worker", filled: false },
      ],
    });
    expect(missing.map((m) => m.message)).toEqual([
      "Photos: 1 of 2 photos handed in.",
      "Sign-off: 0 of 1 signature handed in.",
      "Not ticked: Test",
      "PO is not filled in (by the client).",
    ]);
  });

  it("runs the late clock from the earliest incomplete requirement only", () => {
    expect(earliestDue(requirements)).toEqual(at(12));
    expect(earliestDue(requirements.map((r) => ({ ...r, handedIn: 2 })))).toBeNull();
  });
});
