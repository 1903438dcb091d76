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
  it("reads the action as a sentence", () => {
    expect(eventTitle("company.profile_updated")).toBe("Company profile updated");
    expect(eventTitle("invitation.revoked")).toBe("Invitation revoked");
  });

  it("shows before → after per changed field", () => {
    const details = eventDetails(
      event({
        before: { name: "Acme", headquarters: null },
        after: { name: "Acme Ltd", headquarters: { city: "Chicago" } },
      }),
    );
    expect(details).toEqual(["name: Acme → Acme Ltd", "headquarters: empty → Chicago"]);
  });

  it("shows a renamed value and hides raw ids", () => {
    expect(eventDetails(event({ before: "Acme", after: "Acme Ltd" }))).toEqual(["Acme → Acme Ltd"]);
    expect(eventDetails(event({ role: "finance", userId: "7f1c2c3e-0b1a-4c55-9e1d-2f0a4b6c8d9e" }))).toEqual([
      "role: finance",
    ]);
  });
});
