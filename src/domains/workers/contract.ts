import { z } from "zod";
import { Industry, industries } from "#domains/companies/contract";
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
    homeLocation: Location.nullable(),
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
