import { SingleBar } from "cli-progress";
import { sql } from "drizzle-orm";
import { firstDemoLogins } from "#domains/accounts/index";
import { DEMO_PASSWORD } from "#domains/companies/index";
import { domains } from "#domains/index";
import type { Db } from "#platform/db";
import { boot } from "../main";

/** A small seeded generator (mulberry32): the same seed builds the same marketplace. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Seeds the demo and prints the sign-in details last. `worklane start --demo` passes `quiet` and prints the returned
 * details itself once the server listens, so the start-up log does not follow them either (issue 9).
 */
export async function runDemo(options: {
  seed: number;
  scale: number;
  skipIfPresent?: boolean;
  quiet?: boolean;
}): Promise<string> {
  const say = (text: string) => {
    if (!options.quiet) {
      process.stdout.write(text);
    }
    return text;
  };
  const { ctx, database } = await boot();
  try {
    const existing = await ctx.db.execute(sql`SELECT count(*)::int AS n FROM users`);
    const count = Number((existing as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
    if (options.skipIfPresent && count > 0) {
      return say(`The database already has data; demo data not added.\n${await demoLogins(ctx.db)}`);
    }
    const bar = new SingleBar({ format: "{label} [{bar}] {value}/{total}", hideCursor: true });
    let current = "";
    bar.start(1, 0, { label: "demo" });
    const random = seededRandom(options.seed);
    for (const domain of domains) {
      await domain.demo?.(ctx, {
        random,
        scale: options.scale,
        progress: (label, done, total) => {
          if (label !== current) {
            current = label;
            bar.setTotal(total);
          }
          bar.update(done, { label: label.padEnd(12) });
        },
      });
    }
    bar.stop();
    // The demo's invitations and notices go to made-up `.example` addresses: counted as delivered here, so the dev
    // transport does not log hundreds of them after the sign-in details below (issue 9).
    await ctx.db.execute(
      sql`UPDATE mail_outbox SET status = 'sent', sent_at = now() WHERE status = 'queued' AND "to" LIKE '%.example'`,
    );
    return say(`Demo data ready.\n${await demoLogins(ctx.db)}`);
  } finally {
    await database.close();
  }
}

const staffLabels = { escalations: "Escalations Team", trust_safety: "Trust & Safety" } as const;

/**
 * The accounts to sign in with right away, one per side (a client admin, a worker, each staff team the demo staffed),
 * and the password every demo account shares.
 */
export async function demoLogins(db: Db): Promise<string> {
  const logins = await firstDemoLogins(db);
  if (!logins) {
    return "";
  }
  // The worker to print is the one with the most work at that admin's company (every state of it), not merely the
  // first one created, who may live far from every demo job (issue 9).
  const busiest = await db.execute(sql`
    SELECT w.email FROM users a
    JOIN memberships m ON m.user_id = a.id
    JOIN assignments x ON x.company_id = m.company_id
    JOIN users w ON w.id = x.assigned_worker_id
    WHERE a.email = ${logins.admin.email}
    GROUP BY w.email ORDER BY count(*) DESC, w.email LIMIT 1`);
  const worker = (busiest as unknown as { rows: { email: string }[] }).rows[0]?.email ?? logins.worker.email;
  return [
    `  client admin of ${logins.admin.company}: ${logins.admin.email}`,
    `  worker:  ${worker}`,
    ...(["escalations", "trust_safety"] as const).flatMap((role) =>
      logins.staff.filter((s) => s.role === role).map((s) => `  ${staffLabels[role]} (staff): ${s.email}`),
    ),
    `  password (every demo account): ${DEMO_PASSWORD}`,
    "",
  ].join("\n");
}
