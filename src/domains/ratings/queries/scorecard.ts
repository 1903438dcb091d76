import { and, eq } from "drizzle-orm";
import { companies, users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { Problem } from "#shared/problems";
import { companyFigures, type ScorecardSubject, workerFigures } from "../contract";
import { figureView } from "../figures";
import { liveFigures, readSums } from "../scorecard-steps";
import type { Scorecard } from "../views";

async function nameOf(tx: Executor, subject: ScorecardSubject, id: string): Promise<string | null> {
  if (subject === "company") {
    const [row] = await tx.select({ name: companies.name }).from(companies).where(eq(companies.id, id));
    return row?.name ?? null;
  }
  const [row] = await tx
    .select({ name: users.name })
    .from(users)
    .where(and(eq(users.id, id), eq(users.accountType, "worker")));
  return row?.name ?? null;
}

/**
 * A scorecard, last 90 days and all time, read from the kept sums (never from the history); open to every logged-in
 * user, since workers decide with it. 404 for an unknown company or worker.
 */
export async function getScorecard(ctx: Ctx, subject: ScorecardSubject, id: string): Promise<Scorecard> {
  const tx = ctx.db;
  const name = await nameOf(tx, subject, id);
  if (name === null) {
    throw new Problem("not_found", `No ${subject} with this id.`, { subjectType: subject });
  }
  const sums = await readSums(tx, subject, id, ctx.now);
  const live = await liveFigures(tx, subject, id, ctx.now);
  const figures = subject === "company" ? companyFigures : workerFigures;
  const last90Days = figures.map((f) => figureView(subject, id, f, "last90Days", sums.last90Days, live.last90Days));
  const allTime = figures.map((f) => figureView(subject, id, f, "allTime", sums.allTime, live.allTime));
  return {
    subject: { type: subject, id, name },
    last90Days,
    allTime,
    red: last90Days.filter((f) => f.red).map((f) => f.label),
  };
}
