import { z } from "zod";
import { Id, Text } from "#shared/fields";
import { Timestamp } from "#shared/time";
import { PricingType, Schedule } from "../contract";
import { DefineDeliverables } from "../deliverables/contract";
import { PersonRef } from "../views";

export const templateLimits = { name: 100, csvBytes: 1_048_576, csvRows: 500, perCompany: 500 } as const;

/**
 * Every column an import file may have, with what it holds. The OpenAPI description and the web page's column list
 * and template file are built from this table.
 */
// biome-ignore format: one column per line.
export const csvColumns = {
  title: "Required (unless a template gives it). Up to 120 characters.",
  description: "Markdown describing the work.",
  industry: "One of the industries of the create body.",
  skills: "Skills separated by semicolons, e.g. `POS installation; Networking`.",
  instructions: "Shown to the assigned worker only.",
  location_type: "`onsite` or `remote`.",
  address:
    "On-site address, e.g. `12 Main St, Charlotte, NC`; geocoded from the world's cities when the coordinates are empty. The location columns replace a template's location as a whole.",
  city: "City; optional when the address names it.",
  region: "State or region.",
  postal_code: "Postal code.",
  country: "Two-letter ISO country code, e.g. `US`; tells apart cities of one name.",
  latitude: "Decimal degrees; optional (with longitude, wins over the address).",
  longitude: "Decimal degrees; optional (with latitude, wins over the address).",
  contact_name: "On-site contact's name.",
  contact_phone: "On-site contact's phone.",
  contact_email: "On-site contact's email.",
  time_zone: "IANA time zone, e.g. `America/Chicago`.",
  schedule_type: "`fixed` (default) or `window`.",
  starts_at: "ISO 8601 date-time with offset, e.g. `2026-03-02T09:00:00-06:00`.",
  ends_at: "Expected end (fixed) or end of the arrival window (window).",
  deadline: "ISO 8601 date-time with offset.",
  pricing_type: "`flat`, `hourly`, `per_unit` or `blended`.",
  amount: "Flat (and blended) amount in major units, e.g. `150` or `150.50`.",
  rate: "Hourly or per-unit rate in major units.",
  max_hours: "Hourly and blended: the cap on hours.",
  flat_hours: "Blended: hours the flat amount covers.",
  unit_name: "Per unit: what a unit is, e.g. `screen`.",
  max_units: "Per unit: the cap on units.",
  currency: "ISO currency (company default when empty); amounts are read in it.",
  payment_terms_days: "Whole days after approval (company default when empty).",
  confirmation_hours: "Hours before the start the worker must confirm (0 = none).",
  routing_mode: "`first_to_accept` (default) or `applications`.",
} as const;
export type CsvColumn = keyof typeof csvColumns;

export const SaveTemplate = z.strictObject({
  /** The assignment to copy: its terms and deliverables, without its dates. */
  assignmentId: Id,
  name: Text(templateLimits.name),
});
export type SaveTemplate = z.infer<typeof SaveTemplate>;

/** What may differ from the template on the new draft: the dates (templates keep none) and the title. */
export const CreateFromTemplate = z.strictObject({
  title: Text(120).optional(),
  schedule: Schedule.nullable().optional(),
  deadline: Timestamp.nullable().optional(),
});
export type CreateFromTemplate = z.infer<typeof CreateFromTemplate>;

export const TemplateParams = z.strictObject({ id: Id });
export const ImportQuery = z.strictObject({
  /** Start each row from this template: its fields fill the cells a row leaves empty, its deliverables are copied. */
  templateId: Id.optional(),
});
export type ImportQuery = z.infer<typeof ImportQuery>;

export const TemplateSummary = z.object({
  id: Id,
  name: z.string(),
  title: z.string(),
  pricingType: PricingType,
  createdBy: PersonRef,
  createdAt: Timestamp,
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;

export const TemplateView = TemplateSummary.extend({
  /** The saved fields of a create-assignment body (POST /assignments), without schedule and deadline. */
  assignment: z.record(z.string(), z.unknown()),
  deliverables: DefineDeliverables,
});
export type TemplateView = z.infer<typeof TemplateView>;

export const TemplateList = z.object({ items: z.array(TemplateSummary) });
export type TemplateList = z.infer<typeof TemplateList>;

export const CellError = z.object({
  /** The CSV column the problem is in, or null for the row as a whole. */
  column: z.string().nullable(),
  message: z.string(),
});
export type CellError = z.infer<typeof CellError>;

/** Row by row: each row was created whole or not at all. */
export const ImportReport = z.object({
  rows: z.number().int(),
  created: z.array(z.object({ line: z.number().int(), assignmentId: Id, title: z.string() })),
  refused: z.array(z.object({ line: z.number().int(), errors: z.array(CellError) })),
});
export type ImportReport = z.infer<typeof ImportReport>;
