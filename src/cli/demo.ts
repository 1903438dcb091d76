import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import { and, asc, eq, sql } from "drizzle-orm";
import { companies, memberships, users } from "#domains/accounts/tables";
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

export async function runDemo(options: { seed: number; scale: number; skipIfPresent?: boolean }): Promise<void> {
  const { ctx, database } = await boot();
  try {
    const existing = await ctx.db.execute(sql`SELECT count(*)::int AS n FROM users`);
    const count = Number((existing as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
    if (options.skipIfPresent && count > 0) {
      process.stdout.write("The database already has data; demo data not added.\n");
      process.stdout.write(await demoLogins(ctx.db));
      return;
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
    process.stdout.write(`Demo data ready.\n${await demoLogins(ctx.db)}`);
  } finally {
    await database.close();
  }
}

/** Two accounts to sign in with right away (the first demo company admin and worker: demo emails end in .example). */
async function demoLogins(db: Db): Promise<string> {
  const [admin] = await db
    .select({ email: users.email, company: companies.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(companies, eq(companies.id, memberships.companyId))
    .where(and(eq(memberships.role, "admin"), sql`${users.email} LIKE '%.example'`))
    .orderBy(asc(users.createdAt))
    .limit(1);
  const [worker] = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.accountType, "worker"), sql`${users.email} LIKE '%.example'`))
    .orderBy(asc(users.createdAt))
    .limit(1);
  if (!admin || !worker) {
    return "";
  }
  return [
    `  client admin of ${admin.company}: ${admin.email}`,
    `  worker:  ${worker.email}`,
    `  password (every demo account): ${DEMO_PASSWORD}`,
    "",
  ].join("\n");
}

export function registerDemo(program: Command): void {
  program
    .command("demo")
    .description("Fill the database with a believable demo marketplace")
    .option("--seed <n>", "random seed (same seed, same data)", "1")
    .option("--scale <n>", "multiplies the amount of data", "1")
    .action(async (options: { seed: string; scale: string }) => {
      await runDemo({ seed: Number(options.seed) || 1, scale: Math.max(0.1, Number(options.scale) || 1) });
    });
}
