/**
 * Finding candidates in SQL (issue 12, item 6): the home inside a bounding box (the GiST index on
 * point(longitude, latitude)), the exact haversine distance on those rows, skills through the GIN index on the
 * lower-cased skills, and each requirement of a set that SQL can rule on as a necessary condition (skill, industry,
 * country, pool membership, a credential of the kind on file and not expired). The full evaluator then runs on the
 * page alone. The figures behind these choices are in the bench (bench/scenarios/matching.ts).
 */
import { type SQL, sql } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import { skillKeysOf } from "#domains/workers/index";
import { workerProfiles } from "#domains/workers/tables";
import type { Executor } from "#platform/db";
import type { Requirement } from "../contract";
import { talentPoolMembers, talentPools } from "../pools/tables";
import { dayOf, monthsBefore } from "../requirements";
import { credentials } from "../tables";

const EARTH_RADIUS_MILES = 3958.8;
const MILES_PER_DEGREE = (EARTH_RADIUS_MILES * Math.PI) / 180;

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
const point = sql`point(${p.homeLongitude}, ${p.homeLatitude})`;

/**
 * Great-circle miles from the centre, rounded to a millionth of a mile: the evaluator rounds the same way, so a worker
 * exactly at the radius is inside it for both.
 */
export const milesFrom = (c: Centre) =>
  sql<number>`round((2 * ${sql.raw(String(EARTH_RADIUS_MILES))} * asin(least(1, sqrt(
    power(sin(radians(${p.homeLatitude} - ${c.latitude}::float8) / 2), 2)
    + cos(radians(${c.latitude}::float8)) * cos(radians(${p.homeLatitude}))
      * power(sin(radians(${p.homeLongitude} - ${c.longitude}::float8) / 2), 2)))))::numeric, 6)::float8`;

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
    ([w, s, e, n]) => sql`${point} <@ box(point(${w}::float8, ${s}::float8), point(${e}::float8, ${n}::float8))`,
  );
  return sql`(${sql.join(boxes, sql` OR `)}) AND ${milesFrom(centre)} <= ${miles}::float8`;
}

export const hasSkills = (skills: readonly string[]) =>
  skills.length === 0 ? sql`true` : sql`${skillKeys} @> ${textArray(skills)}`;

export const activeWorker = sql`${users.accountType} = 'worker' AND ${users.suspendedAt} IS NULL`;

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
      return sql`EXISTS (SELECT 1 FROM ${talentPoolMembers} JOIN ${talentPools} ON ${talentPools.id} = ${talentPoolMembers.poolId}
        WHERE ${talentPoolMembers.workerId} = ${p.userId} AND ${talentPoolMembers.poolId} = ${requirement.poolId}
        AND ${talentPools.companyId} = ${companyId} AND ${talentPoolMembers.status} IN ('member', 'flagged'))`;
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

export interface CandidateRow {
  id: string;
  name: string;
  headline: string | null;
  skills: string[];
  industries: string[];
  city: string | null;
  region: string | null;
  country: string | null;
  rateAmount: number | null;
  rateCurrency: string | null;
  miles: number | null;
  matched: string[];
  [key: string]: unknown;
}

/**
 * One page of candidates: `where` filters, `order` sorts (keyset after `after`, compared as a row), `limit + 1` rows.
 * The order's expressions are selected as k0, k1, … so the cursor is the row's own values.
 */
export async function candidates(
  tx: Executor,
  input: {
    where: SQL[];
    centre: Centre | null;
    skills: readonly string[];
    order: { expr: SQL; desc?: boolean }[];
    after: unknown[] | null;
    limit: number;
  },
): Promise<CandidateRow[]> {
  const keys = input.order.map((o, i) => sql`${o.expr} AS ${sql.raw(`k${i}`)}`);
  // Keyset across mixed directions: a descending key is compared negated (all keys here are numbers or ids).
  const left = input.order.map((o, i) => (o.desc ? sql.raw(`-k${i}`) : sql.raw(`k${i}`)));
  const right = (input.after ?? []).map((v, i) => (input.order[i]?.desc ? sql`-${v}::float8` : sql`${v}`));
  const after = input.after ? sql`WHERE (${sql.join(left, sql`, `)}) > (${sql.join(right, sql`, `)})` : sql``;
  const orderBy = input.order.map((o, i) => sql.raw(`k${i} ${o.desc ? "DESC" : "ASC"}`));
  const result = await tx.execute(sql`
    SELECT * FROM (
      SELECT ${p.userId} AS id, ${users.name} AS name, ${p.headline} AS headline, ${p.skills} AS skills,
        ${p.industries}::text[] AS industries, ${p.homeCity} AS city, ${p.homeRegion} AS region, ${p.homeCountry} AS country,
        ${p.hourlyRateAmount} AS "rateAmount", ${p.hourlyRateCurrency} AS "rateCurrency",
        ${input.centre ? milesFrom(input.centre) : sql`NULL::float8`} AS miles,
        ${skillsMatched(input.skills)} AS matched, ${sql.join(keys, sql`, `)}
      FROM ${p} JOIN ${users} ON ${users.id} = ${p.userId}
      WHERE ${sql.join([activeWorker, ...input.where], sql` AND `)}
    ) AS c ${after}
    ORDER BY ${sql.join(orderBy, sql`, `)}
    LIMIT ${input.limit + 1}`);
  return (result as unknown as { rows: CandidateRow[] }).rows;
}
