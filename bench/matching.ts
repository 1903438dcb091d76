/**
 * Issue 12's matching benchmark (`BENCH_SCENARIO=matching npm run bench`, or `npm run bench:matching`): BENCH_WORKERS
 * (1 000 000) workers on PostgreSQL, then BENCH_PGLITE_WORKERS (100 000) on PGlite, spread over 40 real cities with a
 * jitter of about 25 miles, three skills each from a list of 12, a licence for a third of them (half verified by staff).
 * Rows are raw SQL, one INSERT … SELECT FROM generate_series per table. Measured with the app's own code:
 *   1. `GET /assignments/{id}/matches` (getAssignmentMatches) within 100 miles with a set of 3 requirements (skill,
 *      licence, distance), target p95 < 100 ms;
 *   2. `GET /workers/search` (searchWorkers) by one skill within 50 miles, target p95 < 50 ms.
 * BENCH_PROFILE=1 prints the EXPLAIN (ANALYZE, BUFFERS) of each candidate statement (the bound, then the page).
 * BENCH_KEEP=1 keeps the databases for the next run instead of dropping them: PostgreSQL's `worklane_bench_matching`
 * stays on the server and PGlite's data directory in BENCH_PGLITE_DIR (default: worklane-bench-matching-pglite in the
 * temp folder). A run that finds the bench workers already there applies new migrations, runs VACUUM ANALYZE and measures
 * without generating them again (building 1M workers takes minutes); drop the database or the folder to start over.
 */
import { randomUUID } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { type SQL, sql } from "drizzle-orm";
import { createAccount } from "#domains/accounts/index";
// The registry, as the server loads it: ratings hands talent its scorecard reader, so each page pays for that read.
import "#domains/index";
import { createCtx } from "#platform/context";
import type { Db as Database } from "#platform/db";
import { createLogger } from "#platform/log";
import { createAssignment } from "../src/domains/assignments/actions/create";
import { attachRequirementSet } from "../src/domains/assignments/requirements/actions";
import { getAssignmentMatches } from "../src/domains/assignments/requirements/queries";
import { createRequirementSet } from "../src/domains/talent/actions/create-requirement-set";
import { searchWorkers } from "../src/domains/talent/matching/queries";
import { openPglite, openPostgres } from "./lib/databases";
import { assignmentBody } from "./payments-body";

const url = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1_000_000);
const PGLITE_WORKERS = Number(process.env.BENCH_PGLITE_WORKERS ?? 100_000);
const READS = Number(process.env.BENCH_READS ?? 200);
const profile = process.env.BENCH_PROFILE === "1";
const keep = process.env.BENCH_KEEP === "1";
const pgliteDir = process.env.BENCH_PGLITE_DIR ?? path.join(tmpdir(), "worklane-bench-matching-pglite");
const log = createLogger("silent");

const cities: [string, string, number, number][] = [
  ["New York", "US", 40.7128, -74.006],
  ["Los Angeles", "US", 34.0522, -118.2437],
  ["Chicago", "US", 41.8781, -87.6298],
  ["Houston", "US", 29.7604, -95.3698],
  ["Phoenix", "US", 33.4484, -112.074],
  ["Philadelphia", "US", 39.9526, -75.1652],
  ["San Antonio", "US", 29.4241, -98.4936],
  ["San Diego", "US", 32.7157, -117.1611],
  ["Dallas", "US", 32.7767, -96.797],
  ["Austin", "US", 30.2672, -97.7431],
  ["Jacksonville", "US", 30.3322, -81.6557],
  ["Columbus", "US", 39.9612, -82.9988],
  ["Charlotte", "US", 35.2271, -80.8431],
  ["Indianapolis", "US", 39.7684, -86.1581],
  ["Seattle", "US", 47.6062, -122.3321],
  ["Denver", "US", 39.7392, -104.9903],
  ["Washington", "US", 38.9072, -77.0369],
  ["Boston", "US", 42.3601, -71.0589],
  ["Nashville", "US", 36.1627, -86.7816],
  ["Detroit", "US", 42.3314, -83.0458],
  ["Portland", "US", 45.5152, -122.6784],
  ["Las Vegas", "US", 36.1699, -115.1398],
  ["Atlanta", "US", 33.749, -84.388],
  ["Miami", "US", 25.7617, -80.1918],
  ["Minneapolis", "US", 44.9778, -93.265],
  ["Kansas City", "US", 39.0997, -94.5786],
  ["St. Louis", "US", 38.627, -90.1994],
  ["Pittsburgh", "US", 40.4406, -79.9959],
  ["Toronto", "CA", 43.6532, -79.3832],
  ["Montreal", "CA", 45.5017, -73.5673],
  ["Vancouver", "CA", 49.2827, -123.1207],
  ["London", "GB", 51.5072, -0.1276],
  ["Manchester", "GB", 53.4808, -2.2426],
  ["Paris", "FR", 48.8566, 2.3522],
  ["Berlin", "DE", 52.52, 13.405],
  ["Madrid", "ES", 40.4168, -3.7038],
  ["Sydney", "AU", -33.8688, 151.2093],
  ["Melbourne", "AU", -37.8136, 144.9631],
  ["Mexico City", "MX", 19.4326, -99.1332],
  ["Auckland", "NZ", -36.8485, 174.7633],
];
const skills = [
  "Network Cabling",
  "Desktop Support",
  "POS Installation",
  "Printer Repair",
  "Wi-Fi Site Survey",
  "Low Voltage",
  "Fiber Splicing",
  "Electrical",
  "HVAC",
  "Plumbing",
  "Security Cameras",
  "Digital Signage",
];

const arr = (values: (string | number)[], type: string) =>
  sql.raw(
    `ARRAY[${values.map((v) => (typeof v === "number" ? String(v) : `'${v.replace(/'/g, "''")}'`)).join(",")}]::${type}[]`,
  );

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** One INSERT … SELECT generate_series per table: users, profiles, licences, staff reviews. */
async function generate(db: Database, count: number, reviewer: string) {
  const t0 = performance.now();
  await db.execute(sql`INSERT INTO users (email, name, account_type, password_hash, created_at)
    SELECT 'bench-w' || g || '@example.com', 'Worker ' || g, 'worker', 'x', now() FROM generate_series(1, ${count}::int) g`);
  const n = cities.length;
  // skill_keys as the workers' skillKeysOf writes them (lower-cased, once each), computed in SQL for speed.
  await db.execute(sql`INSERT INTO worker_profiles (user_id, skills, skill_keys, industries, home_city, home_country,
      home_latitude, home_longitude, travel_radius_km, updated_at)
    SELECT u.id, k.sk, ARRAY(SELECT DISTINCT lower(s) FROM unnest(k.sk) AS s),
      '{}', (${arr(
        cities.map((c) => c[0]),
        "text",
      )})[1 + (h % ${n}::int)], (${arr(
        cities.map((c) => c[1]),
        "text",
      )})[1 + (h % ${n}::int)],
      (${arr(
        cities.map((c) => c[2]),
        "float8",
      )})[1 + (h % ${n}::int)] + ((h / 7 % 1000) - 500) / 1400.0,
      (${arr(
        cities.map((c) => c[3]),
        "float8",
      )})[1 + (h % ${n}::int)] + ((h / 11 % 1000) - 500) / 1100.0,
      40, now()
    FROM (SELECT id, abs(hashtext(id::text)) AS h FROM users WHERE email LIKE 'bench-w%') u,
      LATERAL (SELECT ARRAY[(${arr(skills, "text")})[1 + (h % 12)], (${arr(skills, "text")})[1 + ((h / 12) % 12)],
        (${arr(skills, "text")})[1 + ((h / 144) % 12)]] AS sk) k`);
  await db.execute(sql`INSERT INTO credentials (worker_id, kind, name, number, region, country, expires_on, created_at)
    SELECT id, 'licence', 'Electrician', 'L-' || h, 'TX', 'US', (now() + ((h % 700) - 100) * interval '1 day')::date, now()
    FROM (SELECT id, abs(hashtext(id::text)) AS h FROM users WHERE email LIKE 'bench-w%') u WHERE h % 3 = 0`);
  await db.execute(sql`INSERT INTO credential_reviews (credential_id, company_id, decision, reviewed_by, reviewed_at)
    SELECT id, NULL, 'verified', ${reviewer}, now() FROM credentials WHERE number LIKE 'L-%' AND abs(hashtext(id::text)) % 2 = 0`);
  // As autovacuum would after a bulk load: fresh statistics and the visibility map the index-only scan of the
  // covering home index needs (this server runs with autovacuum off; PGlite has no autovacuum at all).
  await db.execute(sql`VACUUM ANALYZE`);
  return ((performance.now() - t0) / 1000).toFixed(1);
}

/** Generates the workers, or with BENCH_KEEP=1 reuses those a previous run left (refreshing the statistics). */
async function prepare(db: Database, count: number, reviewer: string): Promise<string> {
  if (keep) {
    const found = (await db.execute(
      sql`SELECT count(*)::int AS n FROM users WHERE email LIKE 'bench-w%'`,
    )) as unknown as { rows: { n: number }[] };
    const n = Number(found.rows[0]?.n ?? 0);
    if (n === count) {
      await db.execute(sql`VACUUM ANALYZE`);
      return "reused";
    }
    if (n !== 0) {
      throw new Error(`The kept database holds ${n} bench workers, not ${count}: drop it (or its folder) first.`);
    }
  }
  return `generated in ${await generate(db, count, reviewer)} s`;
}

/** Wraps the database so the last statements can be explained (BENCH_PROFILE=1). */
function spying(db: Database, seen: SQL[]): Database {
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === "execute") {
        return (query: SQL) => {
          seen.push(query);
          return target.execute(query);
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  }) as Database;
}

async function measure(label: string, db: Database, count: number): Promise<string[]> {
  const system = createCtx({ db, log, actor: { kind: "system" } });
  const account = await db.transaction((tx) =>
    createAccount(tx, system, {
      email: `bench-${randomUUID()}@example.com`,
      name: "Bench Client",
      accountType: "client",
      passwordHash: "x",
      company: { name: "Bench Co" },
    }),
  );
  if (!account?.companyId) {
    throw new Error("bench account not created");
  }
  const built = await prepare(db, count, account.userId);
  const seen: SQL[] = [];
  const actor = {
    kind: "user",
    userId: account.userId,
    accountType: "client",
    companyId: account.companyId,
    companyRole: "admin",
    staffRole: null,
    sessionId: null,
    apiKeyId: null,
  } as const;
  const ctx = createCtx({ db: spying(db, seen), log, actor });
  const set = await createRequirementSet(ctx, {
    name: "Bench set",
    description: null,
    requirements: [
      { type: "skill", skill: "Network Cabling" },
      { type: "licence", name: "Electrician", region: "TX" },
      { type: "distance", maxMiles: 100 },
    ],
  });
  const sites = cities.slice(0, 10);
  const ids: string[] = [];
  for (const [city, country, latitude, longitude] of sites) {
    const body = assignmentBody() as Record<string, unknown>;
    const draft = await createAssignment(ctx, {
      ...body,
      skills: ["Network Cabling", "Low Voltage"],
      locationType: "onsite",
      location: { address: null, city, region: null, postalCode: null, country, latitude, longitude },
    } as never);
    await attachRequirementSet(ctx, draft.id, { requirementSetId: set.id });
    ids.push(draft.id);
  }
  const matchTimes: number[] = [];
  const searchTimes: number[] = [];
  let found = 0;
  for (let i = 0; i < READS; i++) {
    const id = ids[i % ids.length] as string;
    let t0 = performance.now();
    const page = await getAssignmentMatches(ctx, id, { limit: 25 });
    matchTimes.push(performance.now() - t0);
    found += page.items.length;
    const [, , latitude, longitude] = sites[i % sites.length] as [string, string, number, number];
    t0 = performance.now();
    await searchWorkers(ctx, { skills: ["Network Cabling"], latitude, longitude, radiusMiles: 50, limit: 25 });
    searchTimes.push(performance.now() - t0);
  }
  const m = percentiles(matchTimes);
  const s = percentiles(searchTimes);
  const verdict = (p95: number, target: number) => (p95 < target ? "met" : "NOT met");
  const lines = [
    `${label}: ${count.toLocaleString("en")} workers ${built}; ${READS} reads each, ${(found / READS).toFixed(1)} matches a page`,
    `${label}: matches within 100 miles, set of 3 requirements: p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms, p99 ${m.p99.toFixed(1)} ms (target p95 < 100 ms: ${verdict(m.p95, 100)})`,
    `${label}: search by skill within 50 miles: p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms (target p95 < 50 ms: ${verdict(s.p95, 50)})`,
  ];
  if (profile) {
    // Every raw statement of one page (the candidates: the nearest-first bound, then the page), explained.
    seen.length = 0;
    await getAssignmentMatches(ctx, ids[0] as string, { limit: 25 });
    const matchQueries = [...seen];
    seen.length = 0;
    await searchWorkers(ctx, {
      skills: ["Network Cabling"],
      latitude: 40.7128,
      longitude: -74.006,
      radiusMiles: 50,
      limit: 25,
    });
    const searchQueries = [...seen];
    for (const [name, queries] of [
      ["matches", matchQueries],
      ["search", searchQueries],
    ] as const) {
      for (const [n, q] of queries.entries()) {
        const plan = (await db.execute(sql`EXPLAIN (ANALYZE, BUFFERS) ${q}`)) as unknown as {
          rows: { "QUERY PLAN": string }[];
        };
        lines.push(
          `${label}: EXPLAIN ${name} ${n + 1}/${queries.length}:`,
          ...plan.rows.map((r) => `    ${r["QUERY PLAN"]}`),
        );
      }
    }
  }
  return lines;
}

const lines: string[] = [];
if (process.env.BENCH_ONLY !== "pglite") {
  if (!process.env.BENCH_DATABASE?.startsWith("worklane_bench_matching")) {
    throw new Error("Run with BENCH_DATABASE=worklane_bench_matching (npm run bench:matching does).");
  }
  const opened = await openPostgres(url, { keep });
  if ("skipped" in opened) {
    lines.push(`! PostgreSQL ${opened.skipped}`);
  } else {
    try {
      lines.push(...(await measure("PostgreSQL", opened.database.db, WORKERS)));
    } finally {
      await opened.dispose();
    }
  }
}
if (process.env.BENCH_ONLY !== "postgres") {
  const pglite = await openPglite(keep ? { keepDir: pgliteDir } : {});
  try {
    lines.push(...(await measure("PGlite", pglite.database.db, PGLITE_WORKERS)));
  } finally {
    await pglite.dispose();
  }
}
process.stdout.write(`${lines.join("\n")}\n`);
