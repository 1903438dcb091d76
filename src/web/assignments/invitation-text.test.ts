import { describe, expect, it } from "vitest";
import { workerOutcomes } from "#domains/assignments/views";
import { outcomeNote, outcomeText } from "./invitation-text";

describe("a worker's outcome in words", () => {
  it("gives every outcome a status of its own, none of them the assignment's", () => {
    const labels = workerOutcomes.map((outcome) => outcomeText[outcome].label);
    expect(new Set(labels).size).toBe(workerOutcomes.length);
    expect(labels).not.toContain("Draft");
  });

  it("tells an abandon, a no-show and a withdrawal apart, with the worker's own reason", () => {
    expect(outcomeNote("abandoned", "My van broke down.")).toBe("You left this assignment: My van broke down.");
    expect(outcomeNote("no_show", null)).toMatch(/^The client recorded you as a no-show/);
    expect(outcomeNote("withdrawn", null)).toMatch(/^The client withdrew this assignment/);
    expect(outcomeNote("declined", null)).toBe("You declined this assignment.");
    expect(outcomeNote("cancelled", null)).toBeNull();
  });
});
