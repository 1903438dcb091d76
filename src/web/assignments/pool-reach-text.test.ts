import { describe, expect, it } from "vitest";
import { poolReachText } from "./pool-reach-text";

const pools = [
  { id: "00000000-0000-4000-8000-000000000001", name: "Surveyors" },
  { id: "00000000-0000-4000-8000-000000000002", name: "Night crew" },
];

describe("what a send to pools reached, in words", () => {
  it("counts the reached, the too far and the left out, each requirement with its own count", () => {
    const text = poolReachText({
      pools,
      radiusMiles: 20,
      members: 4,
      outsideRadius: 1,
      reached: 1,
      leftOut: 2,
      leftOutBy: [
        { requirement: "skill: Printer Repair", count: 2 },
        { requirement: "licence: Electrician, CO", count: 1 },
      ],
    });
    expect(text.headline).toBe("1 worker reached from the pools");
    expect(text.lines).toEqual([
      "Surveyors, Night crew: 4 members in all.",
      "1 worker farther than 20 miles, or without a home city on their profile.",
      "2 workers within the radius left out for not meeting the requirements:",
    ]);
    expect(text.missing).toEqual(["skill: Printer Repair: 2 workers", "licence: Electrician, CO: 1 worker"]);
  });

  it("says when nobody was too far or left out", () => {
    const text = poolReachText({
      pools: pools.slice(0, 1),
      radiusMiles: 60,
      members: 1,
      outsideRadius: 0,
      reached: 1,
      leftOut: 0,
      leftOutBy: [],
    });
    expect(text.lines).toEqual([
      "Surveyors: 1 member in all.",
      "Every member lives within 60 miles of the site.",
      "Nobody within the radius was left out.",
    ]);
    expect(text.missing).toEqual([]);
  });
});
