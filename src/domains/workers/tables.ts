import { sql } from "drizzle-orm";
import { bigint, check, doublePrecision, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "#domains/accounts/tables";
import { industry } from "#domains/companies/tables";
import { DEFAULT_TRAVEL_RADIUS_KM } from "./contract";

const at = () => timestamp({ withTimezone: true, mode: "date" });

/**
 * A worker's profile, created on first edit (reads fall back to defaults). The home location is kept as columns,
 * not one JSON value, because distance and travel-radius matching will query the coordinates in SQL.
 */
export const workerProfiles = pgTable(
  "worker_profiles",
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id),
    headline: text(),
    bio: text().notNull().default(""),
    skills: text().array().notNull().default(sql`'{}'::text[]`),
    /**
     * `skills` lower-cased and de-duplicated (skillKeysOf), written with every change of skills. Search and matching
     * compare this column directly: the former expression index on a SQL function was evaluated per candidate row.
     * Measured at 1M workers (PostgreSQL, shared machine): the matches row filter went 463 -> 160 ms, matches p95
     * 1613 -> 451 ms, search p95 971 -> 330 ms. The haversine filter is now most of what is left.
     */
    skillKeys: text().array().notNull().default(sql`'{}'::text[]`),
    industries: industry().array().notNull().default(sql`'{}'`),
    /** Exact address and coordinates: shown only to the worker; the public sees city, region and country. */
    homeAddress: text(),
    homeCity: text(),
    homeRegion: text(),
    homePostalCode: text(),
    homeCountry: text(),
    homeLatitude: doublePrecision(),
    homeLongitude: doublePrecision(),
    travelRadiusKm: integer().notNull().default(DEFAULT_TRAVEL_RADIUS_KM),
    hourlyRateAmount: bigint({ mode: "number" }),
    hourlyRateCurrency: text(),
    timeZone: text(),
    updatedAt: at().notNull(),
  },
  (t) => [
    check("worker_profiles_travel_radius", sql`${t.travelRadiusKm} BETWEEN 0 AND 1000`),
    check(
      "worker_profiles_home",
      sql`(${t.homeCity} IS NULL) = (${t.homeLatitude} IS NULL) AND (${t.homeCity} IS NULL) = (${t.homeLongitude} IS NULL) AND (${t.homeCity} IS NULL) = (${t.homeCountry} IS NULL)`,
    ),
    check("worker_profiles_latitude", sql`${t.homeLatitude} BETWEEN -90 AND 90`),
    check("worker_profiles_longitude", sql`${t.homeLongitude} BETWEEN -180 AND 180`),
    check(
      "worker_profiles_rate",
      sql`(${t.hourlyRateAmount} IS NULL) = (${t.hourlyRateCurrency} IS NULL) AND (${t.hourlyRateAmount} IS NULL OR ${t.hourlyRateAmount} BETWEEN 0 AND 9007199254740991)`,
    ),
    check("worker_profiles_skills", sql`cardinality(${t.skills}) <= 50`),
    // Worker search and matching (talent, issue 12): a bounding box on the home as a core `point` (GiST, no
    // extension, so PGlite and PostgreSQL plan it alike), then the exact haversine on the few rows inside it.
    // Migration 0032 rebuilds it by hand with INCLUDE (user_id, home_latitude, home_longitude, skill_keys), which
    // drizzle cannot declare: talent's matching scan reads only the index (talent/matching/steps.ts).
    index("worker_profiles_home_point").using("gist", sql`point(${t.homeLongitude}, ${t.homeLatitude})`),
    // Skills match ignoring case, as the requirement evaluator does, through the stored lower-cased keys.
    index("worker_profiles_skill_keys_gin").using("gin", t.skillKeys),
  ],
);
