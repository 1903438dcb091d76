import { describe, expect, it } from "vitest";
import { industries } from "#domains/companies/contract";
import { generalSkills, skillsByIndustry, suggestedSkills } from "#domains/workers/contract";
import { openSuggestions } from "./skills-input";

describe("suggestedSkills", () => {
  it("has a list for every industry", () => {
    for (const industry of industries) {
      expect(skillsByIndustry[industry].length, industry).toBeGreaterThan(0);
    }
  });

  it("gives the chosen industries' skills in order, then the general ones, each once", () => {
    const suggested = suggestedSkills(["Point of Sale", "Telecommunications"]);
    expect(suggested.slice(0, 2)).toEqual(["POS Terminal Installation", "Receipt Printer Setup"]);
    expect(suggested.indexOf("Fiber Splicing")).toBeGreaterThan(suggested.indexOf("Cash Drawer Repair"));
    expect(suggested.slice(-generalSkills.length)).toEqual([...generalSkills]);
    expect(new Set(suggested).size).toBe(suggested.length);
  });

  it("suggests the general skills alone while no industry is chosen", () => {
    expect(suggestedSkills([])).toEqual([...generalSkills]);
  });
});

describe("openSuggestions", () => {
  it("leaves out skills already chosen, ignoring case as the tag input does", () => {
    const open = openSuggestions(["Point of Sale"], ["pos terminal installation", "Own Tools", "Plumbing"]);
    expect(open).not.toContain("POS Terminal Installation");
    expect(open).not.toContain("Own Tools");
    expect(open).toContain("Receipt Printer Setup");
    expect(open).toContain("Customer Service");
  });

  it("offers nothing once every suggestion is chosen", () => {
    expect(openSuggestions([], [...generalSkills])).toEqual([]);
  });
});
