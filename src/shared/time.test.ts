import { describe, expect, it } from "vitest";
import { TimeZone } from "./time";

describe("TimeZone", () => {
  it("takes the names browsers offer, whichever one this runtime lists for the zone", () => {
    for (const zone of ["America/Chicago", "UTC", "Asia/Kolkata", "Asia/Calcutta", "Europe/Kyiv", "Etc/GMT+2"]) {
      expect(TimeZone.safeParse(zone).success, zone).toBe(true);
    }
  });

  it("refuses what is not a zone: unknown places, offsets, paths and empty text", () => {
    for (const zone of ["Europe/Atlantis", "+02:00", "", "../etc/passwd", "America/Chicago/x/y", "a".repeat(65)]) {
      expect(TimeZone.safeParse(zone).success, zone).toBe(false);
    }
  });
});
