import { describe, expect, it } from "vitest";
import { CreateAssignment } from "../contract";
import { bodyOf, cellErrors, readCsv } from "./csv-rows";

const row = (cells: Record<string, string>, line = 2) => ({ line, cells, overflow: false });

describe("readCsv", () => {
  it("reads a header of known columns (any case, spaces or dashes) and numbers rows by line", () => {
    const rows = readCsv('\uFEFFTitle,Pricing Type,max-hours\n"Two\nlines",hourly,3\n\nNext,flat,\n', {
      needsTitle: true,
    });
    expect(rows).toEqual([
      { line: 3, cells: { title: "Two\nlines", pricing_type: "hourly", max_hours: "3" }, overflow: false },
      { line: 5, cells: { title: "Next", pricing_type: "flat", max_hours: "" }, overflow: false },
    ]);
  });

  it("marks rows with more values than the header", () => {
    expect(readCsv("title\nA,B\n", { needsTitle: true })[0]?.overflow).toBe(true);
  });
});

describe("bodyOf", () => {
  it("builds a create body the contract accepts, amounts read in major units of the row's currency", () => {
    const { body, errors } = bodyOf(
      row({
        title: "Mount screens",
        location_type: "remote",
        time_zone: "Asia/Tokyo",
        pricing_type: "per_unit",
        rate: "1500",
        unit_name: "screen",
        max_units: "4",
        currency: "jpy",
        skills: "Mounting; Cabling;",
      }),
      {},
      "USD",
    );
    expect(errors).toEqual([]);
    expect(body).toMatchObject({
      currency: "JPY",
      skills: ["Mounting", "Cabling"],
      pricing: { type: "per_unit", rate: 1500, unitName: "screen", maxUnits: 4 },
    });
    expect(CreateAssignment.safeParse(body).success).toBe(true);
  });

  it("keeps a template's values for empty cells and replaces the location as a whole", () => {
    const base = { title: "T", pricing: { type: "flat", amount: 100 }, location: { city: "Austin" } };
    const { body } = bodyOf(row({ title: "", city: "Dallas", country: "us", amount: "" }), base, "USD");
    expect(body.title).toBe("T");
    expect(body.pricing).toEqual({ type: "flat", amount: 100 });
    expect(body.location).toMatchObject({ city: "Dallas", country: "US", address: null });
  });

  it("reports amounts it cannot read against their column", () => {
    const { errors } = bodyOf(row({ pricing_type: "flat", amount: "12.345" }), {}, "USD");
    expect(errors).toEqual([{ column: "amount", message: "Write the amount like 150 or 150.50 (in USD)." }]);
  });
});

describe("cellErrors", () => {
  it("names the CSV column each contract finding comes from", () => {
    const body = {
      title: "",
      locationType: "onsite",
      timeZone: "Nowhere/Else",
      location: {
        address: null,
        city: "A",
        region: null,
        postalCode: null,
        country: "usa",
        latitude: 91,
        longitude: 0,
      },
      schedule: { type: "window", startsAt: "2026-01-01T10:00:00Z", endsAt: "2026-01-01T09:00:00Z" },
      pricing: { type: "hourly", rate: 100, maxHours: -1 },
    };
    const parsed = CreateAssignment.safeParse(body);
    const columns = parsed.success ? [] : cellErrors(parsed.error.issues, body).map((e) => e.column);
    expect(columns.sort()).toEqual(["country", "ends_at", "latitude", "max_hours", "time_zone", "title"]);
  });

  it("words amount findings in the major units a file is written in", () => {
    const body = { pricing: { type: "hourly", rate: 1.5, maxHours: 2 } };
    const parsed = CreateAssignment.safeParse(body);
    const rate = parsed.success ? [] : cellErrors(parsed.error.issues, body).filter((e) => e.column === "rate");
    expect(rate).toEqual([{ column: "rate", message: "Give an amount like 150 or 150.50." }]);
  });

  it("says a column is required when the row leaves it empty, in the same words for every column", () => {
    const empty = { title: "", location_type: "onsite", city: "Denver", pricing_type: "flat", amount: "" };
    const { body } = bodyOf(row(empty), {}, "USD");
    const parsed = CreateAssignment.safeParse(body);
    const errors = parsed.success ? [] : cellErrors(parsed.error.issues, body);
    expect(errors.sort((a, b) => String(a.column).localeCompare(String(b.column)))).toEqual(
      // A city alone is enough for the location: the server geocodes it (country and coordinates are optional).
      ["amount", "time_zone", "title"].map((column) => ({
        column,
        message: "This column is required.",
      })),
    );
  });
});
