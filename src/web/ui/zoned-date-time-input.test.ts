import { describe, expect, it } from "vitest";
import { isoToWallTime, wallTimeToIso } from "./zoned-date-time-input";

const chicago = "America/Chicago";

describe("wall time in a zone", () => {
  it("reads an ordinary time with the zone's offset, both ways", () => {
    expect(wallTimeToIso("2026-07-01T09:30", chicago)).toBe("2026-07-01T14:30:00Z");
    expect(wallTimeToIso("2026-01-15T09:30", chicago)).toBe("2026-01-15T15:30:00Z");
    expect(isoToWallTime("2026-07-01T14:30:00Z", chicago)).toBe("2026-07-01T09:30");
    expect(isoToWallTime("2026-01-15T15:30:00.000Z", chicago)).toBe("2026-01-15T09:30");
  });

  it("moves a time the spring-forward jump skips forward by the jump", () => {
    // 2026-03-08 02:00 CST becomes 03:00 CDT: 02:30 never shows on a Chicago clock.
    expect(wallTimeToIso("2026-03-08T02:30", chicago)).toBe("2026-03-08T08:30:00Z");
    expect(isoToWallTime("2026-03-08T08:30:00Z", chicago)).toBe("2026-03-08T03:30");
    expect(wallTimeToIso("2026-03-08T01:59", chicago)).toBe("2026-03-08T07:59:00Z");
    expect(wallTimeToIso("2026-03-08T03:00", chicago)).toBe("2026-03-08T08:00:00Z");
  });

  it("takes the first of a time the clocks pass twice when they go back", () => {
    // 2026-11-01 02:00 CDT becomes 01:00 CST: 01:30 happens at 06:30Z and again at 07:30Z.
    expect(wallTimeToIso("2026-11-01T01:30", chicago)).toBe("2026-11-01T06:30:00Z");
    expect(isoToWallTime("2026-11-01T06:30:00Z", chicago)).toBe("2026-11-01T01:30");
    expect(isoToWallTime("2026-11-01T07:30:00Z", chicago)).toBe("2026-11-01T01:30");
    expect(wallTimeToIso("2026-11-01T02:00", chicago)).toBe("2026-11-01T08:00:00Z");
  });

  it("handles a southern-hemisphere zone and a half-hour offset", () => {
    // Sydney leaves daylight saving on 2026-04-05 at 03:00 AEDT (back to 02:00 AEST).
    expect(wallTimeToIso("2026-04-05T02:30", "Australia/Sydney")).toBe("2026-04-04T15:30:00Z");
    expect(wallTimeToIso("2026-06-01T12:00", "Asia/Kolkata")).toBe("2026-06-01T06:30:00Z");
  });

  it("refuses what is not a time", () => {
    expect(wallTimeToIso("", chicago)).toBeNull();
    expect(wallTimeToIso("2026-02-30T09:00", chicago)).toBeNull();
    expect(wallTimeToIso("2026-07-01T25:00", chicago)).toBeNull();
    expect(wallTimeToIso("2026-07-01T09:00", "Mars/Olympus")).toBeNull();
    expect(isoToWallTime("yesterday", chicago)).toBe("");
    expect(isoToWallTime(null, chicago)).toBe("");
  });
});
