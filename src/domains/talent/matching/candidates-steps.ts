/**
 * One page of candidates for worker search and matching (issue 12, item 6), in three levels so the costly checks run
 * on a page, not on a city:
 *   1. the narrow scan: the home inside the radius (bounding box on the covering GiST index, then the float8
 *      haversine), the skill keys, sorted by the ranking; all of it read from the index (an index-only scan);
 *   2. the checks, walked in that order until the page is full: an active worker, and what else the caller asks
 *      (a set's requirements SQL can rule on, the search's industry, words and blocks);
 *   3. the page's rows joined to the profile and the user for what is shown.
 * In a dense city the radius still holds tens of thousands of workers, all scanned and sorted; with `nearest`, the
 * same statement first finds a page among the nearest (a GiST nearest-neighbour scan, which stops early) and narrows
 * the scan to the box it proves is enough. The plans and figures are in bench/matching.ts (BENCH_PROFILE=1) and docs/architecture.md.
 */
import { type SQL, sql } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import { workerProfiles } from "#domains/workers/tables";
import type { Executor } from "#platform/db";
import {
  activeWorker,
  type Centre,
  EDGE_MILES,
  homePoint,
  MILES_PER_DEGREE,
  roundedMilesFrom,
  skillsMatched,
  withinRadius,
} from "./steps";

const p = workerProfiles;

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

export interface CandidateQuery {
  /** Conditions on the scan: read from the covering index when they name only the home, the skill keys and the id. */
  narrow: SQL[];
  /** Conditions run on the sorted rows one at a time until the page is full (they may read users and the profile). */
  checks: SQL[];
  /** Joins users into the scan, for an order by name. */
  joinUsers?: boolean;
  /** The radius around a centre, and the centre the shown miles are measured from. */
  within: { centre: Centre; miles: number } | null;
  /**
   * Allows the nearest-first narrowing when the order is: whatever ranks `tier` rows first, then the distance (the key
   * at `distanceKey`, unrounded miles from the centre), then the id. `tier` holds exactly the rows that sort first.
   */
  nearest?: { tier: SQL; distanceKey: number };
  skills: readonly string[];
  order: { expr: SQL; desc?: boolean }[];
  after: unknown[] | null;
  limit: number;
}

/** The pieces both statements share: the keys selected as k0, k1, …, the keyset after the cursor, the checks. */
function partsOf(input: CandidateQuery) {
  const keys = input.order.map((o, i) => sql`${o.expr} AS ${sql.raw(`k${i}`)}`);
  // Keyset across mixed directions: a descending key is compared negated (all keys here are numbers or ids).
  const left = input.order.map((o, i) => (o.desc ? sql.raw(`-k${i}`) : sql.raw(`k${i}`)));
  const right = (input.after ?? []).map((v, i) => (input.order[i]?.desc ? sql`-${v}::float8` : sql`${v}`));
  const after = input.after ? [sql`(${sql.join(left, sql`, `)}) > (${sql.join(right, sql`, `)})`] : [];
  // The checks as one scalar subquery, not an EXISTS: the planner keeps it a filter run on each sorted row until the
  // limit, where an EXISTS would become a join over every row of the scan (it guesses that a box holds 0.1% of the
  // table whatever the box, so it cannot see the limit stop early). The keyset, free of subqueries, is pushed down.
  const checked = sql`(SELECT true FROM ${p} JOIN ${users} ON ${users.id} = ${p.userId}
    WHERE ${p.userId} = n.id AND ${sql.join([activeWorker, ...input.checks], sql` AND `)} LIMIT 1)`;
  const from = input.joinUsers ? sql`${p} JOIN ${users} ON ${users.id} = ${p.userId}` : sql`${p}`;
  return { keys, filter: sql.join([...after, checked], sql` AND `), from };
}

const whereAll = (conditions: SQL[]) => (conditions.length > 0 ? sql.join(conditions, sql` AND `) : sql`true`);

/**
 * A box that provably holds the page, for the scan's index condition (computed once, before the scan): around the
 * farthest of the first `limit + 1` tier rows in nearest-neighbour order (a GiST scan that stops there) that pass
 * the checks. Those rows sort before every other row, so every row of the page is at most that far. The whole world
 * (no narrowing; the radius's own boxes still apply) when the tier cannot fill a page, when the narrowed radius is
 * not clearly inside the asked one (its rounded edge decides there), or near a pole or the antimeridian.
 */
function pageBox(input: CandidateQuery, centre: Centre, miles: number, tier: SQL): SQL {
  const { keys, filter, from } = partsOf(input);
  const key = sql.raw(`k${input.nearest?.distanceKey ?? 0}`);
  const x = sql`${centre.longitude}::float8`;
  const y = sql`${centre.latitude}::float8`;
  const nearest = sql`SELECT * FROM (
      SELECT ${p.userId} AS id, ${sql.join(keys, sql`, `)} FROM ${from}
      WHERE ${whereAll([withinRadius(centre, miles), tier, ...input.narrow])}
      ORDER BY ${homePoint} <-> point(${x}, ${y})
    ) AS n
    WHERE ${filter}
    LIMIT ${input.limit + 1}`;
  // The same margins as boxesAround: a hair beyond the farthest, widened by 1.001.
  return sql`(SELECT CASE
      WHEN found < ${input.limit + 1}::int OR farthest + ${2 * EDGE_MILES}::float8 >= ${miles - 2 * EDGE_MILES}::float8
        OR south <= -90 OR north >= 90 OR ${x} - dlng < -180 OR ${x} + dlng > 180
      THEN box(point(-180, -90), point(180, 90))
      ELSE box(point(${x} - dlng, south), point(${x} + dlng, north)) END
    FROM (SELECT found, farthest, south, north, dlat / cos(radians(greatest(abs(south), abs(north)))) AS dlng
      FROM (SELECT found, farthest, dlat, ${y} - dlat AS south, ${y} + dlat AS north
        FROM (SELECT count(*) AS found, max(${key}) AS farthest,
            (max(${key}) + ${2 * EDGE_MILES}::float8) / ${MILES_PER_DEGREE}::float8 * 1.001 AS dlat
          FROM (${nearest}) AS page) AS a) AS b) AS c)`;
}

/** One page of candidates, `limit + 1` rows, in the order asked (the cursor is the row's k0, k1, … values). */
export async function candidates(tx: Executor, input: CandidateQuery): Promise<CandidateRow[]> {
  const within = input.within;
  const radius = within ? [withinRadius(within.centre, within.miles)] : [];
  if (within && input.nearest) {
    radius.push(sql`${homePoint} <@ ${pageBox(input, within.centre, within.miles, input.nearest.tier)}`);
  }
  const { keys, filter, from } = partsOf(input);
  const names = input.order.map((_, i) => sql.raw(`k${i}`));
  const orderBy = (prefix: string) =>
    sql.join(
      input.order.map((o, i) => sql.raw(`${prefix}k${i} ${o.desc ? "DESC" : "ASC"}`)),
      sql`, `,
    );
  const result = await tx.execute(sql`
    SELECT ${p.userId} AS id, ${users.name} AS name, ${p.headline} AS headline, ${p.skills} AS skills,
      ${p.industries}::text[] AS industries, ${p.homeCity} AS city, ${p.homeRegion} AS region, ${p.homeCountry} AS country,
      ${p.hourlyRateAmount} AS "rateAmount", ${p.hourlyRateCurrency} AS "rateCurrency",
      ${within ? roundedMilesFrom(within.centre) : sql`NULL::float8`} AS miles,
      ${skillsMatched(input.skills)} AS matched, ${sql.join(
        names.map((k) => sql`c.${k}`),
        sql`, `,
      )}
    FROM (
      SELECT * FROM (
        SELECT ${p.userId} AS id, ${sql.join(keys, sql`, `)} FROM ${from}
        WHERE ${whereAll([...radius, ...input.narrow])}
        ORDER BY ${orderBy("")}
      ) AS n
      WHERE ${filter}
      ORDER BY ${orderBy("n.")}
      LIMIT ${input.limit + 1}
    ) AS c JOIN ${p} ON ${p.userId} = c.id JOIN ${users} ON ${users.id} = c.id
    ORDER BY ${orderBy("c.")}`);
  return (result as unknown as { rows: CandidateRow[] }).rows;
}
