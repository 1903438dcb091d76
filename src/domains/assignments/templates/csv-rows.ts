/**
 * Bulk create from CSV (issue 3, Templates: "Bulk create from a CSV file with a row-by-row report of what was refused
 * and why"). One row = one create body, validated by the same CreateAssignment contract as POST /assignments; this
 * module only turns cells into that body and the contract's findings back into column names. Pure.
 */
import { parse } from "csv-parse/sync";
import type { z } from "zod";
import { type Currency, currencies, parseMajorUnits } from "#shared/money";
import { Problem } from "#shared/problems";
import { type CellError, type CsvColumn, csvColumns, templateLimits } from "./contract";

export interface CsvRow {
  line: number;
  cells: Partial<Record<CsvColumn, string>>;
  /** The row has more values than the header names. */
  overflow: boolean;
}

const normalize = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
const known = (name: string): name is CsvColumn => Object.hasOwn(csvColumns, name);
const fileProblem = (message: string) => new Problem("validation_failed", message, {}, [{ pointer: "/body", message }]);

/** Reads the file: a header row of known columns, then at most 500 rows. A malformed file is refused whole (400). */
export function readCsv(text: string, options: { needsTitle: boolean }): CsvRow[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (error) {
    throw fileProblem(`The file is not valid CSV: ${(error as Error).message}`.slice(0, 500));
  }
  const [header, ...body] = records;
  if (!header) {
    throw fileProblem("The file is empty: start with a header row naming the columns.");
  }
  const columns = header.record.map(normalize);
  const unknown = columns.filter((c) => !known(c));
  if (unknown.length > 0) {
    throw fileProblem(`Unknown columns: ${unknown.join(", ")}. Known: ${Object.keys(csvColumns).join(", ")}.`);
  }
  if (new Set(columns).size !== columns.length) {
    throw fileProblem("A column is named twice in the header.");
  }
  if (options.needsTitle && !columns.includes("title")) {
    throw fileProblem("The header needs a title column (or import over a template).");
  }
  if (body.length > templateLimits.csvRows) {
    throw fileProblem(`At most ${templateLimits.csvRows} rows per file; this one has ${body.length}.`);
  }
  return body.map(({ record, info }) => ({
    line: info.lines,
    cells: Object.fromEntries(columns.map((column, i) => [column, record[i] ?? ""])) as CsvRow["cells"],
    overflow: record.length > columns.length,
  }));
}

type Body = Record<string, unknown>;

const number = (text: string | undefined) => (text === undefined || text === "" ? undefined : Number(text));
const orNull = (text: string | undefined) => (text === undefined || text === "" ? null : text);
const given = (cells: CsvRow["cells"], ...names: CsvColumn[]) => names.some((n) => (cells[n] ?? "") !== "");

function money(cells: CsvRow["cells"], column: CsvColumn, currency: string, errors: CellError[]): number | undefined {
  const text = cells[column];
  if (text === undefined || text === "") {
    return undefined;
  }
  const known = Object.hasOwn(currencies, currency) ? (currency as Currency) : "USD";
  const amount = parseMajorUnits(text, known);
  if (amount === null) {
    errors.push({ column, message: `Write the amount like 150 or 150.50 (in ${known}).` });
  }
  return amount ?? undefined;
}

function pricingOf(cells: CsvRow["cells"], base: Body, currency: string, errors: CellError[]): unknown {
  if (!given(cells, "pricing_type", "amount", "rate", "max_hours", "flat_hours", "unit_name", "max_units")) {
    return base.pricing;
  }
  const type = cells.pricing_type || (base.pricing as { type?: string } | undefined)?.type;
  const amount = money(cells, "amount", currency, errors);
  const rate = money(cells, "rate", currency, errors);
  const maxHours = number(cells.max_hours);
  switch (type) {
    case "flat":
      return { type, amount };
    case "hourly":
      return { type, rate, maxHours };
    case "per_unit":
      return { type, rate, unitName: cells.unit_name, maxUnits: number(cells.max_units) };
    case "blended":
      return { type, amount, flatHours: number(cells.flat_hours), rate, maxHours };
    default:
      return { type };
  }
}

/** The location, contact and schedule columns, each group replacing the template's value as a whole. */
function placeAndTime(cells: CsvRow["cells"]): Body {
  const body: Body = {};
  if (given(cells, "address", "city", "region", "postal_code", "country", "latitude", "longitude")) {
    body.location = {
      address: orNull(cells.address),
      city: orNull(cells.city),
      region: orNull(cells.region),
      postalCode: orNull(cells.postal_code),
      country: orNull(cells.country)?.toUpperCase() ?? null,
      latitude: number(cells.latitude) ?? null,
      longitude: number(cells.longitude) ?? null,
    };
  }
  if (given(cells, "contact_name", "contact_phone", "contact_email")) {
    body.onsiteContact = {
      name: cells.contact_name ?? "",
      phone: orNull(cells.contact_phone),
      email: orNull(cells.contact_email),
    };
  }
  if (given(cells, "schedule_type", "starts_at", "ends_at")) {
    body.schedule = {
      type: cells.schedule_type || "fixed",
      startsAt: cells.starts_at ?? "",
      endsAt: orNull(cells.ends_at),
    };
  }
  return body;
}

/** One row as a create body over the template's fields (or none); empty cells keep the template's value. */
export function bodyOf(row: CsvRow, base: Body, defaultCurrency: string): { body: Body; errors: CellError[] } {
  const { cells } = row;
  const errors: CellError[] = [];
  const body: Body = { ...base };
  const text = { title: "title", description: "description", industry: "industry", instructions: "instructions" };
  for (const [column, key] of Object.entries(text)) {
    if (given(cells, column as CsvColumn)) {
      body[key] = cells[column as CsvColumn];
    }
  }
  const scalar: [CsvColumn, string, (s: string) => unknown][] = [
    [
      "skills",
      "skills",
      (s) =>
        s
          .split(";")
          .map((x) => x.trim())
          .filter(Boolean),
    ],
    ["location_type", "locationType", (s) => s],
    ["time_zone", "timeZone", (s) => s],
    ["deadline", "deadline", (s) => s],
    ["currency", "currency", (s) => s.toUpperCase()],
    ["payment_terms_days", "paymentTermsDays", Number],
    ["confirmation_hours", "confirmationHours", Number],
    ["routing_mode", "routingMode", (s) => s],
  ];
  for (const [column, key, read] of scalar) {
    if (given(cells, column)) {
      body[key] = read(cells[column] ?? "");
    }
  }
  Object.assign(body, placeAndTime(cells));
  body.pricing = pricingOf(cells, base, String(body.currency ?? defaultCurrency), errors);
  return { body, errors };
}

// biome-ignore format: one field per line.
const fieldColumns: Record<string, CsvColumn | Record<string, CsvColumn>> = {
  title: "title", description: "description", industry: "industry", skills: "skills", instructions: "instructions",
  locationType: "location_type", timeZone: "time_zone", deadline: "deadline", currency: "currency",
  paymentTermsDays: "payment_terms_days", confirmationHours: "confirmation_hours", routingMode: "routing_mode",
  location: { "": "location_type", address: "address", city: "city", region: "region", postalCode: "postal_code", country: "country", latitude: "latitude", longitude: "longitude" },
  onsiteContact: { "": "contact_name", name: "contact_name", phone: "contact_phone", email: "contact_email" },
  schedule: { "": "starts_at", type: "schedule_type", startsAt: "starts_at", endsAt: "ends_at" },
  pricing: { "": "pricing_type", type: "pricing_type", amount: "amount", rate: "rate", maxHours: "max_hours", flatHours: "flat_hours", unitName: "unit_name", maxUnits: "max_units" },
};

/** A file gives amounts in major units; the contract's wording for them speaks of the JSON body's minor units. */
const moneyColumns: ReadonlySet<string> = new Set<CsvColumn>(["amount", "rate"]);

/** What the body holds at a finding's path: nothing there means the row (and its template) left the column empty. */
function valueAt(body: Body, path: PropertyKey[]): unknown {
  let value: unknown = body;
  for (const key of path) {
    value = typeof value === "object" && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return value;
}

/**
 * The contract's findings, each named by the CSV column it comes from. A missing value reads as "required" rather
 * than the JSON body's type wording ("Give a text value."), which means nothing to someone writing a spreadsheet.
 */
export function cellErrors(issues: z.core.$ZodIssue[], body: Body): CellError[] {
  return issues.map((issue) => {
    const [top, sub] = issue.path.map(String);
    const mapped = top === undefined ? undefined : fieldColumns[top];
    const column = typeof mapped === "string" ? mapped : mapped ? (mapped[sub ?? ""] ?? mapped[""] ?? null) : null;
    const value = valueAt(body, issue.path);
    const message =
      value === undefined || value === ""
        ? "This column is required."
        : column && moneyColumns.has(column)
          ? "Give an amount like 150 or 150.50."
          : issue.message;
    return { column: column ?? null, message };
  });
}
