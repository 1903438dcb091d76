import { describe, expect, it } from "vitest";
import { AssignmentDraftPreview } from "#domains/assignments/contract";
import { newAssignmentValues, previewDraftOf } from "./assignment-form-values";

describe("the draft the live report sends", () => {
  it("leaves out what is half typed, keeps what is whole, and always passes the preview contract", () => {
    const values = {
      ...newAssignmentValues(undefined),
      title: "  ",
      pricing: { type: "hourly" as const, rate: 5_000, maxHours: Number.NaN },
      schedule: { type: "window" as const, startsAt: "2030-06-01T09:00:00Z", endsAt: "" },
      onsiteContact: { name: "", phone: null, email: "dana@" },
    };
    const draft = previewDraftOf(values, 2);
    expect(draft).not.toHaveProperty("title");
    expect(draft).not.toHaveProperty("pricing");
    expect(draft).not.toHaveProperty("schedule");
    expect(draft).not.toHaveProperty("onsiteContact");
    expect(draft).toMatchObject({ deliverableCount: 2, locationType: "onsite", currency: "USD", location: null });
    expect(AssignmentDraftPreview.safeParse(draft).success).toBe(true);

    const priced = previewDraftOf({ ...values, pricing: { type: "hourly", rate: 5_000, maxHours: 4 } }, 0);
    expect(priced.pricing).toEqual({ type: "hourly", rate: 5_000, maxHours: 4 });
  });
});
