/**
 * The SQL pieces worker search and matching are made of (issue 12, item 6): the bounding box and the haversine
 * distance, the skills, and each requirement of a set that SQL can rule on as a necessary condition.
 * candidates-steps.ts puts them together into one page.
 */
import { type SQL, sql } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import { skillKeysOf } from "#domains/workers/index";
import { workerProfiles } from "#domains/workers/tables";
import type { Requirement } from "../contract";
import { talentPoolMembers, talentPools } from "../pools/tables";
import { dayOf, monthsBefore } from "../requirements";
import { credentialReviews, credentials } from "../tables";
import type { SearchWorkersQuery } from "./contract";

const EARTH_RADIUS_MILES = 3958.8;
export const MILES_PER_DEGREE = (EARTH_RADIUS_MILES * Math.PI) / 180;

export interface Centre {
  latitude: number;
  longitude: number;
}

/** The boxes (one, or two across the antimeridian) that hold every point within `miles` of the centre. */
export function boxesAround(centre: Centre, miles: number): [number, number, number, number][] {
  // A hair wider than exact, so rounding never drops a point on the circle; the haversine decides.
  const dLat = (miles / MILES_PER_DEGREE) * 1.001;
  const south = centre.latitude - dLat;
  const north = centre.latitude + dLat;
  if (south <= -90 || north >= 90) {
    return [[-180, Math.max(-90, south), 180, Math.min(90, north)]];
  }
  const widest = Math.max(Math.abs(south), Math.abs(north));
  const dLng = dLat / Math.cos((widest * Math.PI) / 180);
  if (dLng >= 180) {
    return [[-180, south, 180, north]];
  }
  const west = centre.longitude - dLng;
  const east = centre.longitude + dLng;
  if (west < -180) {
    return [
      [west + 360, south, 180, north],
      [-180, south, east, north],
    ];
  }
  if (east > 180) {
    return [
      [west, south, 180, north],
      [-180, south, east - 360, north],
    ];
  }
  return [[west, south, east, north]];
}

const p = workerProfiles;
/** The home as the core point the GiST index (covering, migration 0032) is built on. */
export const homePoint = sql`point(${p.homeLongitude}, ${p.homeLatitude})`;

/**
 * Great-circle miles from the centre as float8, unrounded: what the narrow scan computes on every row in the box and
 * sorts by (a numeric round there cost more than the rest of the scan).
 */
export const milesFrom = (c: Centre) =>
  sql<number>`(2 * ${sql.raw(String(EARTH_RADIUS_MILES))} * asin(least(1, sqrt(
    power(sin(radians(${p.homeLatitude} - ${c.latitude}::float8) / 2), 2)
    + cos(radians(${c.latitude}::float8)) * cos(radians(${p.homeLatitude}))
      * power(sin(radians(${p.homeLongitude} - ${c.longitude}::float8) / 2), 2)))))`;

/**
 * The same miles rounded to a millionth of a mile, as the evaluator rounds them, so a worker exactly at the radius is
 * inside it for both: shown on the page's rows and decided on the rows within a hair of the radius only.
 */
export const roundedMilesFrom = (c: Centre) => sql<number>`round(${milesFrom(c)}::numeric, 6)::float8`;

/** Float8 is exact to far better than this; inside it the rounded comparison decides. */
export const EDGE_MILES = 1e-5;

/** The searched skills keyed as the stored skill_keys are (lower-cased, once each). */
export const textArray = (values: readonly string[]) =>
  sql`ARRAY[${sql.join(
    skillKeysOf(values).map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

export const skillKeys = sql`${p.skillKeys}`;

/** The searched skills this worker has, in the searcher's spelling. */
export const skillsMatched = (skills: readonly string[]) =>
  skills.length === 0
    ? sql<string[]>`'{}'::text[]`
    : sql<string[]>`ARRAY(SELECT s FROM unnest(${textArray(skills)}) AS s WHERE s = ANY(${skillKeys}))`;

export function withinRadius(centre: Centre, miles: number): SQL {
  const boxes = boxesAround(centre, miles).map(
    ([w, s, e, n]) => sql`${homePoint} <@ box(point(${w}::float8, ${s}::float8), point(${e}::float8, ${n}::float8))`,
  );
  // Clearly inside or outside by the float8 miles; only a row within EDGE_MILES of the radius pays for the rounding.
  const d = milesFrom(centre);
  return sql`(${sql.join(boxes, sql` OR `)}) AND (${d} <= ${miles - EDGE_MILES}::float8
    OR (${d} <= ${miles + EDGE_MILES}::float8 AND ${roundedMilesFrom(centre)} <= ${miles}::float8))`;
}

/** How many of the skills the worker has (each once), as a sum the scan computes without a subquery per row. */
export const skillsCount = (skills: readonly string[]) => {
  const keys = skillKeysOf(skills);
  return keys.length === 0
    ? sql<number>`0`
    : sql<number>`(${sql.join(
        keys.map((k) => sql`(${k}::text = ANY(${skillKeys}))::int`),
        sql` + `,
      )})`;
};

export const hasSkills = (skills: readonly string[]) =>
  skills.length === 0 ? sql`true` : sql`${skillKeys} @> ${textArray(skills)}`;

export const activeWorker = sql`${users.accountType} = 'worker' AND ${users.suspendedAt} IS NULL`;

/** A member (flagged members included) of this pool of this company. */
const poolMember = (poolId: string, companyId: string) =>
  sql`EXISTS (SELECT 1 FROM ${talentPoolMembers} JOIN ${talentPools} ON ${talentPools.id} = ${talentPoolMembers.poolId}
    WHERE ${talentPoolMembers.workerId} = ${p.userId} AND ${talentPoolMembers.poolId} = ${poolId}
    AND ${talentPools.companyId} = ${companyId} AND ${talentPoolMembers.status} IN ('member', 'flagged'))`;

const credentialExists = (where: SQL) =>
  sql`EXISTS (SELECT 1 FROM ${credentials} WHERE ${credentials.workerId} = ${p.userId} AND ${where})`;

/**
 * What SQL can rule on for one requirement, as a condition every worker who meets it satisfies (the evaluator still
 * decides): a credential's review, the scorecard and the distance (already the radius) are left to the evaluator.
 */
export function necessaryFor(requirement: Requirement, companyId: string, now: Date): SQL | null {
  const today = dayOf(now);
  const current = sql`(${credentials.expiresOn} IS NULL OR ${credentials.expiresOn} >= ${today})`;
  const named = (name: string) => sql`lower(${credentials.name}) = ${name.trim().toLocaleLowerCase("en")}`;
  switch (requirement.type) {
    case "skill":
      return hasSkills([requirement.skill.trim()]);
    case "industry":
      return sql`${requirement.industry} = ANY(${p.industries})`;
    case "country":
      return sql`${p.homeCountry} = ${requirement.country}`;
    case "pool":
      return poolMember(requirement.poolId, companyId);
    case "certification":
      return credentialExists(sql`${credentials.kind} = 'certification' AND ${named(requirement.name)} AND ${current}`);
    case "licence":
      return credentialExists(
        sql`${credentials.kind} = 'licence' AND ${named(requirement.name)} AND ${current}${
          requirement.region
            ? sql` AND lower(${credentials.region}) = ${requirement.region.trim().toLocaleLowerCase("en")}`
            : sql``
        }`,
      );
    case "insurance":
      return credentialExists(
        sql`${credentials.kind} = 'insurance' AND ${current} AND ${credentials.coverageCurrency} = ${requirement.minCoverage.currency}
          AND ${credentials.coverageAmount} >= ${requirement.minCoverage.amount}${requirement.name ? sql` AND ${named(requirement.name)}` : sql``}`,
      );
    case "screening":
      return credentialExists(
        sql`${credentials.kind} = 'screening' AND ${credentials.name} = ${requirement.screening}
          AND ${credentials.performedOn} >= ${monthsBefore(today, requirement.withinMonths)}`,
      );
    default:
      return null;
  }
}

/**
 * The search's own filters (issue 12 item 6: credentials, pools and rate), as checks on the sorted rows. A credential
 * counts as the evaluator counts it for the company: current, and its counting review (the company's own, else
 * staff's) a verification.
 */
export function searchFilters(
  query: Pick<SearchWorkersQuery, "credentialKind" | "credentialName" | "poolId" | "maxRate" | "rateCurrency">,
  companyId: string | null,
  now: Date,
): SQL[] {
  const filters: SQL[] = [];
  if (query.credentialKind) {
    const r = credentialReviews;
    const decision = (reviewer: SQL) =>
      sql`(SELECT ${r.decision} FROM ${r} WHERE ${r.credentialId} = ${credentials.id} AND ${reviewer})`;
    const verified = sql`coalesce(${companyId ? decision(sql`${r.companyId} = ${companyId}`) : sql`NULL`}, ${decision(sql`${r.companyId} IS NULL`)}) = 'verified'`;
    const named = query.credentialName
      ? sql` AND lower(${credentials.name}) = ${query.credentialName.trim().toLocaleLowerCase("en")}`
      : sql``;
    filters.push(
      credentialExists(
        sql`${credentials.kind} = ${query.credentialKind}${named} AND (${credentials.expiresOn} IS NULL OR ${credentials.expiresOn} >= ${dayOf(now)}) AND ${verified}`,
      ),
    );
  }
  if (query.poolId) {
    filters.push(companyId ? poolMember(query.poolId, companyId) : sql`false`);
  }
  if (query.maxRate !== undefined) {
    filters.push(
      sql`${p.hourlyRateCurrency} = ${query.rateCurrency ?? "USD"} AND ${p.hourlyRateAmount} <= ${query.maxRate}`,
    );
  }
  return filters;
}

/**
 * A set's necessary conditions, split by where they run: a skill reads the skill keys the covering index holds, so it
 * narrows the scan; the others read other tables or profile columns, so they are checks on the sorted rows.
 */
export function necessaryConditions(requirements: readonly Requirement[], companyId: string, now: Date) {
  const narrow: SQL[] = [];
  const checks: SQL[] = [];
  for (const requirement of requirements) {
    const condition = necessaryFor(requirement, companyId, now);
    if (condition) {
      (requirement.type === "skill" ? narrow : checks).push(condition);
    }
  }
  return { narrow, checks };
}
