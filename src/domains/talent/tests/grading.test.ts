import { describe, expect, it } from "vitest";
import { testCheck } from "../test-and-agreement-checks";
import type { Question } from "./contract";
import { markOne, passes, retakeAt, scoreOf } from "./grading";

const numeric: Question = { type: "numeric", prompt: "0.1 + 0.2", points: 2, answer: 0.3, tolerance: 0.1 };

describe("grading", () => {
  it("marks a numeric answer exactly at the tolerance right, and beyond it wrong (despite binary floats)", () => {
    expect(markOne(numeric, 0.1 + 0.1)).toBe(2);
    expect(markOne(numeric, 0.4)).toBe(2);
    expect(markOne(numeric, 0.40001)).toBe(0);
    expect(markOne(numeric, null)).toBe(0);
  });

  it("marks multiple choice all or nothing, in any order; leaves non-blank text to a person", () => {
    const multiple: Question = { type: "multiple", prompt: "?", points: 1, options: ["a", "b", "c"], correct: [0, 2] };
    expect(markOne(multiple, [2, 0])).toBe(1);
    expect(markOne(multiple, [0])).toBe(0);
    expect(markOne(multiple, [0, 1, 2])).toBe(0);
    const text: Question = { type: "text", prompt: "?", points: 1, guidance: null };
    expect(markOne(text, "because")).toBeNull();
    expect(markOne(text, "  ")).toBe(0);
  });

  it("rounds the score down, so 79.9 % does not pass an 80 % mark and exactly 80 % does", () => {
    const qs = Array.from({ length: 1000 }, () => ({ ...numeric, points: 1 }));
    expect(
      scoreOf(
        qs,
        qs.map((_, i) => (i < 799 ? 1 : 0)),
      ),
    ).toBe(79);
    expect(
      scoreOf(
        qs,
        qs.map((_, i) => (i < 800 ? 1 : 0)),
      ),
    ).toBe(80);
    expect(passes(80, 80)).toBe(true);
    expect(passes(79, 80)).toBe(false);
    expect(scoreOf(qs.slice(0, 2), [1, null])).toBeNull();
  });

  it("opens a retake the waiting period after the last attempt ended; none for one-attempt tests", () => {
    const endedAt = new Date("2026-12-01T10:00:00Z");
    expect(retakeAt({ endedAt }, 3)?.toISOString()).toBe("2026-12-04T10:00:00.000Z");
    expect(retakeAt({ endedAt }, null)).toBeNull();
  });

  it("explains the test requirement: a best score exactly at the minimum meets it", () => {
    const tests = [{ testId: "t", title: "Electrical safety", best: 65, grading: false }];
    expect(testCheck({ type: "test", testId: "t", minScore: 80 }, { tests })).toEqual([
      false,
      "test: Electrical safety, best score 65%, needs 80%",
    ]);
    expect(testCheck({ type: "test", testId: "t", minScore: 65 }, { tests })[0]).toBe(true);
  });
});
