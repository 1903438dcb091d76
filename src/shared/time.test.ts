import { describe, expect, it } from "vitest";
import { TimeZone } from "./time";

describe("TimeZone", () => {
  it("takes the names browsers offer, whichever one this runtime lists for the zone", () => {
    for (const zone of ["America/Chicago", "UTC", "Asia/Kolkata", "Asia/Calcutta", "Europe/Kyiv", "America/Nuuk"]) {
      expect(TimeZone.safeParse(zone).success, zone).toBe(true);
    }
  });

  it("refuses what is not a zone, and spellings a browser may not know: abbreviations, lower case", () => {
    const refused = ["Europe/Atlantis", "+02:00", "", "../etc/passwd", "America/Chicago/x/y", "a".repeat(65)];
    for (const zone of [...refused, "PST", "IST", "asia/kolkata"]) {
      expect(TimeZone.safeParse(zone).success, zone).toBe(false);
    }
  });
});
