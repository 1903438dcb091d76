import { z } from "zod";
import { Industry, industries } from "#domains/companies/contract";
import { LocationInput } from "#domains/places/contract";
import { Place } from "#shared/cities";
import { Id, Location, Markdown, Tags, Text } from "#shared/fields";
import { Money } from "#shared/money";
import { Timestamp, TimeZone } from "#shared/time";

export const MAX_SKILLS = 50;
export const MAX_TRAVEL_RADIUS_KM = 1000;
export const DEFAULT_TRAVEL_RADIUS_KM = 40;

/** The worker's own view: everything, including the exact home address and coordinates. */
export const WorkerProfile = z.object({
  userId: Id,
  name: z.string(),
  headline: z.string().nullable(),
  bio: z.string(),
  skills: z.array(z.string()),
  industries: z.array(Industry),
  homeLocation: Location.nullable(),
  travelRadiusKm: z.number().int(),
  hourlyRate: Money.nullable(),
  timeZone: z.string().nullable(),
  memberSince: Timestamp,
  updatedAt: Timestamp.nullable(),
});
export type WorkerProfile = z.infer<typeof WorkerProfile>;

export const UpdateWorkerProfile = z
  .strictObject({
    headline: Text(120).nullable(),
    bio: Markdown(10_000),
    /** Duplicates (ignoring case) are dropped, first spelling kept. */
    skills: Tags(MAX_SKILLS, 60),
    industries: z.array(Industry).max(industries.length, "Each industry can be chosen once."),
    /** An address (optionally with city and country) geocoded by the server; coordinates optional. */
    homeLocation: LocationInput.nullable(),
    travelRadiusKm: z
      .number({ error: "Give the travel radius in whole kilometres." })
      .int("Give the travel radius in whole kilometres.")
      .min(0, "The travel radius cannot be negative.")
      .max(MAX_TRAVEL_RADIUS_KM, `Use at most ${MAX_TRAVEL_RADIUS_KM} km.`),
    hourlyRate: Money.nullable(),
    timeZone: TimeZone.nullable(),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, "Change at least one field.");
export type UpdateWorkerProfile = z.infer<typeof UpdateWorkerProfile>;

/** What anyone may see: the home as city, region and country only, never the address or coordinates. */
export const PublicWorker = z.object({
  id: Id,
  name: z.string(),
  headline: z.string().nullable(),
  bio: z.string(),
  skills: z.array(z.string()),
  industries: z.array(Industry),
  location: Place.nullable(),
  travelRadiusKm: z.number().int(),
  hourlyRate: Money.nullable(),
  timeZone: z.string().nullable(),
  memberSince: Timestamp,
});
export type PublicWorker = z.infer<typeof PublicWorker>;

/**
 * Skills workers commonly list per industry, drawn from field-service work (installs, break/fix, surveys).
 * Kept in the contract because the web suggests them (worker profile, assignment form) and the demo picks from them;
 * they are suggestions only: a skill is free text, checked by `Tags` alone.
 */
export const skillsByIndustry: Record<Industry, readonly string[]> = {
  "Information Technology": [
    "Desktop Support",
    "Network Cabling",
    "Server Rack Installation",
    "Windows Imaging",
    "Printer Repair",
    "Wi-Fi Site Survey",
    "Laptop Deployment",
    "Active Directory",
  ],
  Telecommunications: [
    "Fiber Splicing",
    "OTDR Testing",
    "Cat6 Termination",
    "VoIP Phone Setup",
    "Demarc Extension",
    "Cell Tower Climbing",
    "Structured Cabling",
  ],
  Retail: ["Store Resets", "Fixture Installation", "Planogram Execution", "Merchandising", "Shelf Labelling"],
  Construction: ["Drywall", "Carpentry", "Blueprint Reading", "OSHA 30", "Concrete Anchoring", "Site Surveys"],
  "Energy & Utilities": [
    "Smart Meter Installation",
    "Solar Panel Installation",
    "EV Charger Installation",
    "Battery Storage",
    "Meter Reading",
  ],
  Healthcare: ["Medical Device Setup", "Nurse Call Systems", "HIPAA Compliance", "Biomedical Equipment Repair"],
  Logistics: ["Barcode Scanner Setup", "Warehouse Racking", "Forklift Certified", "RFID Installation"],
  "Audio/Visual": [
    "Projector Installation",
    "Video Conferencing",
    "Crestron Programming",
    "Speaker Mounting",
    "TV Wall Mounting",
    "Control Systems",
  ],
  "Security Systems": [
    "CCTV Installation",
    "Access Control",
    "Alarm Panels",
    "IP Camera Configuration",
    "Intercom Systems",
  ],
  Electrical: ["Low Voltage Wiring", "Conduit Bending", "Panel Upgrades", "Lighting Retrofits", "Licensed Electrician"],
  HVAC: ["HVAC Maintenance", "Refrigerant Handling (EPA 608)", "Thermostat Installation", "Ductwork", "Boiler Service"],
  "Point of Sale": [
    "POS Terminal Installation",
    "Receipt Printer Setup",
    "Payment Terminal Swap",
    "Kiosk Installation",
    "Cash Drawer Repair",
  ],
  "Digital Signage": ["Display Mounting", "Media Player Setup", "Menu Board Installation", "Video Wall Calibration"],
  Other: ["Site Photography", "Inventory Counts", "Furniture Assembly", "Equipment Pickup", "Mystery Shopping"],
};

/** Skills that go with any trade. */
export const generalSkills = [
  "Customer Service",
  "Troubleshooting",
  "Own Vehicle",
  "Own Tools",
  "Ladder Safety",
  "Background Checked",
  "Bilingual (English/Spanish)",
  "Photo Documentation",
] as const;

/**
 * What to suggest for these industries: their trade skills in industry order, then the general ones, each once.
 * No industry chosen yet gives the general skills alone.
 */
export function suggestedSkills(chosen: readonly Industry[]): string[] {
  return [...new Set([...chosen.flatMap((industry) => skillsByIndustry[industry]), ...generalSkills])];
}
