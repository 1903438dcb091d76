/**
 * Worker search and matching (issue 12, item 6): a company finds workers by skills, industry, place and radius, and
 * sees the workers an assignment's requirement set would let through, ranked, with the reasons. Browser-safe.
 */
import { z } from "zod";
import { Industry } from "#domains/companies/contract";
import { Place } from "#shared/cities";
import { CountryCode, Cursor, Id, Limit, Page, Text } from "#shared/fields";
import { Currency, Money } from "#shared/money";
import { credentialKinds, RequirementCheck } from "../contract";

/** The widest radius a search or a send to pools may use, as WorkMarket does. */
export const MAX_RADIUS_MILES = 100;
export const DEFAULT_POOL_RADIUS_MILES = 60;

export const RadiusMiles = z.coerce
  .number({ error: "Give the radius in miles." })
  .positive("Use a radius above 0 miles.")
  .max(MAX_RADIUS_MILES, `Use at most ${MAX_RADIUS_MILES} miles.`);

const Coordinate = (min: number, max: number, name: string) =>
  z.coerce
    .number({ error: `Give the ${name} as a number.` })
    .min(min, `The ${name} is between ${min} and ${max}.`)
    .max(max, `The ${name} is between ${min} and ${max}.`);

/** Comma-separated skills, e.g. `Networking,POS installation`; each is matched ignoring case, all are required. */
const SkillList = z
  .string()
  .max(600)
  .transform((v) =>
    v
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  )
  .pipe(z.array(z.string().max(60, "Keep each skill under 60 characters.")).max(10, "Search at most 10 skills."));

export const SearchWorkersQuery = z
  .strictObject({
    skills: SkillList.optional(),
    industry: Industry.optional(),
    /** Words in the worker's name or headline. */
    q: Text(100).optional(),
    /** A city to search around ("Austin", "Austin, TX"), geocoded like every address; or give latitude/longitude. */
    near: Text(100).optional(),
    country: CountryCode.optional(),
    latitude: Coordinate(-90, 90, "latitude").optional(),
    longitude: Coordinate(-180, 180, "longitude").optional(),
    radiusMiles: RadiusMiles.default(DEFAULT_POOL_RADIUS_MILES),
    /** A current credential of this kind, verified for the searching company (its own review, else Worklane staff's). */
    credentialKind: z
      .enum(credentialKinds, { error: "Use certification, licence, insurance or screening." })
      .optional(),
    /** Its name ("Electrician"), ignoring case; needs `credentialKind`. */
    credentialName: Text(100).optional(),
    /** A member of this talent pool of the searching company (flagged members included). */
    poolId: Id.optional(),
    /** An hourly rate of at most this many minor units, in `rateCurrency` (workers who show no rate are left out). */
    maxRate: z.coerce
      .number({ error: "Give the rate in minor units (cents)." })
      .int("Give the rate as a whole number of minor units (cents).")
      .min(0, "The rate cannot be negative.")
      .max(Number.MAX_SAFE_INTEGER, "Give a smaller rate.")
      .optional(),
    /** The currency of `maxRate` (USD when not given). */
    rateCurrency: Currency.optional(),
    limit: Limit,
    cursor: Cursor,
  })
  .superRefine((v, ctx) => {
    if (v.credentialName !== undefined && v.credentialKind === undefined) {
      ctx.addIssue({ code: "custom", path: ["credentialKind"], message: "Choose the kind of credential to look for." });
    }
    if ((v.latitude === undefined) !== (v.longitude === undefined)) {
      const path = [v.latitude === undefined ? "latitude" : "longitude"];
      ctx.addIssue({ code: "custom", path, message: "Give both latitude and longitude, or neither." });
    }
    if (v.near !== undefined && v.latitude !== undefined) {
      ctx.addIssue({ code: "custom", path: ["near"], message: "Give a place or coordinates, not both." });
    }
  });
export type SearchWorkersQuery = z.infer<typeof SearchWorkersQuery>;

/** The scorecard figures of the last 90 days (shares 0..1; null while nothing counts towards them). */
export const WorkerScorecardFigures = z.object({
  satisfaction: z.number().nullable(),
  onTimeArrival: z.number().nullable(),
  /** Abandoned assignments plus no-shows. */
  abandons: z.number().int(),
  completed: z.number().int(),
});

export const WorkerHit = z.object({
  id: Id,
  name: z.string(),
  headline: z.string().nullable(),
  location: Place.nullable(),
  skills: z.array(z.string()),
  industries: z.array(Industry),
  hourlyRate: Money.nullable(),
  /** Great-circle miles from the place searched (or the assignment); null without a place. */
  distanceMiles: z.number().nullable(),
  /** The searched (or the assignment's) skills this worker has. */
  skillsMatched: z.array(z.string()),
  scorecard: WorkerScorecardFigures,
});
export type WorkerHit = z.infer<typeof WorkerHit>;

export const WorkerSearchPage = Page(WorkerHit).extend({
  /** The centre searched around, once geocoded; null without a place. */
  centre: z.object({ latitude: z.number(), longitude: z.number(), label: z.string() }).nullable(),
});
export type WorkerSearchPage = z.infer<typeof WorkerSearchPage>;

export const MatchesQuery = z.strictObject({
  /** Defaults to 100 miles; a distance requirement of the set narrows it. */
  radiusMiles: RadiusMiles.optional(),
  limit: Limit,
  cursor: Cursor,
});
export type MatchesQuery = z.infer<typeof MatchesQuery>;

export const WorkerMatch = WorkerHit.extend({
  /** 1 for the first worker of the first page. */
  rank: z.number().int(),
  /** Every requirement of the set met (or overridden for this worker); true without a set. */
  eligible: z.boolean(),
  checks: z.array(RequirementCheck),
});
export type WorkerMatch = z.infer<typeof WorkerMatch>;

export const MatchPage = Page(WorkerMatch).extend({
  requirementSet: z.object({ id: Id, name: z.string() }).nullable(),
  radiusMiles: z.number(),
  /** How the list is ordered, in words (shown on the page). */
  ranking: z.string(),
});
export type MatchPage = z.infer<typeof MatchPage>;

/** An assignment sent to talent pools (issue 12, item 5): their members within the radius who meet its set. */
export const SendToPools = z.strictObject({
  poolIds: z.array(Id).min(1, "Choose at least one pool.").max(10, "Choose at most 10 pools."),
  radiusMiles: z
    .number({ error: "Give the radius in miles." })
    .positive("Use a radius above 0 miles.")
    .max(MAX_RADIUS_MILES, `Use at most ${MAX_RADIUS_MILES} miles.`)
    .default(DEFAULT_POOL_RADIUS_MILES),
});
export type SendToPools = z.infer<typeof SendToPools>;

export const PoolReach = z.object({
  pools: z.array(z.object({ id: Id, name: z.string() })),
  radiusMiles: z.number(),
  /** Distinct members of the pools (members and flagged members). */
  members: z.number().int(),
  /** Members farther than the radius, or without a home on their profile. */
  outsideRadius: z.number().int(),
  /** Members within the radius who meet the assignment's set (or were let through): the ones invited. */
  reached: z.number().int(),
  /** Members within the radius left out because they do not meet the set. */
  leftOut: z.number().int(),
  /** For each requirement, how many of those left out do not meet it (one worker may miss several). */
  leftOutBy: z.array(z.object({ requirement: z.string(), count: z.number().int() })),
});
export type PoolReach = z.infer<typeof PoolReach>;
