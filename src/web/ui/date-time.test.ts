import { describe, expect, it } from "vitest";
import { zoneName } from "./date-time";

describe("zoneName", () => {
  it("names the zone as it reads at that instant, daylight saving included", () => {
    expect(zoneName(new Date("2027-01-15T15:00:00Z"), "America/Denver")).toBe("MST");
    expect(zoneName(new Date("2027-07-15T15:00:00Z"), "America/Denver")).toBe("MDT");
    expect(zoneName(new Date("2027-07-15T15:00:00Z"), "Europe/Madrid")).toBe("GMT+2");
  });
});
