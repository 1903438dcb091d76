import { describe, expect, it } from "vitest";
import type { AssignmentStatus, Party } from "../contract";
import { kindsMadeBy, verbsFor } from "./rules";

/** Who may ask for each kind, by status; and what the other side may do with a pending request. */
const facts = (status: AssignmentStatus) => ({ status, onHold: false });

describe("the requests rules table", () => {
  // biome-ignore format: one row per party.
  const asks: [Party, AssignmentStatus, string[]][] = [
    ["assignee", "assigned", ["budget_increase", "reschedule", "expense"]],
    ["assignee", "in_progress", ["budget_increase", "reschedule", "expense"]],
    ["assignee", "submitted", []],
    ["admin", "in_progress", ["bonus"]],
    ["finance", "submitted", ["bonus"]],
    ["manager", "approved", []],
    ["viewer", "in_progress", []],
    ["invitee", "sent", []],
  ];
  for (const [party, status, kinds] of asks) {
    it(`${party} in ${status} may ask for ${kinds.join(", ") || "nothing"}`, () => {
      expect(kindsMadeBy(facts(status), party)).toEqual(kinds);
    });
  }

  // biome-ignore format: one row per case.
  const answers: [string, Party, AssignmentStatus, string[]][] = [
    ["budget_increase", "finance", "in_progress", ["accept", "decline"]],
    ["budget_increase", "finance", "submitted", ["accept", "decline"]],
    ["budget_increase", "assignee", "in_progress", ["withdraw"]],
    ["reschedule", "finance", "assigned", []],
    ["reschedule", "manager", "assigned", ["accept", "decline"]],
    ["reschedule", "manager", "submitted", []],
    ["expense", "viewer", "in_progress", []],
    ["bonus", "assignee", "submitted", ["accept", "decline"]],
    ["bonus", "finance", "in_progress", ["withdraw"]],
    ["bonus", "assignee", "approved", []],
  ];
  for (const [kind, party, status, verbs] of answers) {
    it(`a pending ${kind}: ${party} in ${status} may ${verbs.join(", ") || "do nothing"}`, () => {
      expect(verbsFor({ kind: kind as "bonus", status: "pending" }, facts(status), party)).toEqual(verbs);
    });
  }

  it("offers nothing on an answered request", () => {
    expect(verbsFor({ kind: "bonus", status: "accepted" }, facts("in_progress"), "assignee")).toEqual([]);
  });
});
