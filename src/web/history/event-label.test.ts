import { describe, expect, it } from "vitest";
import type { EventView } from "#domains/history/contract";
import { eventDetails, eventTitle } from "./event-label";

const event = (data: Record<string, unknown>): EventView => ({
  id: "7f1c2c3e-0b1a-4c55-9e1d-2f0a4b6c8d9e",
  at: "2026-01-01T00:00:00.000Z",
  action: "company.profile_updated",
  subject: { type: "company", id: "7f1c2c3e-0b1a-4c55-9e1d-2f0a4b6c8d9e" },
  actor: { kind: "user", id: null, name: "Dana" },
  data,
});

describe("event labels", () => {
  it("reads the action as a sentence, unless the table gives it words", () => {
    expect(eventTitle("company.profile_updated")).toBe("Company profile updated");
    expect(eventTitle("invitation.revoked")).toBe("Invitation revoked");
    expect(eventTitle("assignment.no_show_marked")).toBe("Marked as a no-show");
    expect(eventTitle("assignment.abandoned")).toBe("Abandoned by the worker");
  });

  it("shows before → after per changed field", () => {
    const details = eventDetails(
      event({
        before: { name: "Acme", headquarters: null },
        after: { name: "Acme Ltd", headquarters: { city: "Chicago" } },
      }),
    );
    expect(details).toEqual(["Name: Acme → Acme Ltd", "Headquarters: empty → Chicago"]);
  });

  it("shows a renamed value and hides raw ids", () => {
    expect(eventDetails(event({ before: "Acme", after: "Acme Ltd" }))).toEqual(["Acme → Acme Ltd"]);
    expect(eventDetails(event({ role: "finance", userId: "7f1c2c3e-0b1a-4c55-9e1d-2f0a4b6c8d9e" }))).toEqual([
      "Role: finance",
    ]);
  });

  it("shows money in a before/after pair as money, never as minor units", () => {
    const details = eventDetails(
      event({
        before: { fee: { amount: 1_500, currency: "USD" } },
        after: { fee: { amount: 2_050, currency: "EUR" } },
      }),
    );
    expect(details).toEqual(["Cancellation fee: $15.00 → €20.50"]);
  });
});
