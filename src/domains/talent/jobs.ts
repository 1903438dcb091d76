/**
 * The credentials clock (issue 12, item 1), run every hour by the queue: a credential past its expiry day turns
 * expired (an event and a notice, once), and one expiring within 30 days reminds its worker (once). Whether a credential
 * counts never waits for this job: the evaluator reads the expiry date itself.
 */
import { and, eq, gte, isNotNull, isNull, lt, lte } from "drizzle-orm";
import { z } from "zod";
import type { Ctx } from "#platform/context";
import type { Tx } from "#platform/db";
import { recordEvent } from "#platform/history";
import { defineJob } from "#platform/jobs";
import { tellWorkers } from "./notice-steps";
import { poolsClockJob } from "./pools/jobs";
import { dayOf } from "./requirements";
import { credentials } from "./tables";
import { closeTestAttemptJob } from "./tests/jobs";

export const REMINDER_DAYS = 30;
/** Rows per run, so one run stays a short transaction; the next run picks up the rest. */
const BATCH = 500;

function plusDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

async function expire(tx: Tx, ctx: Ctx, today: string): Promise<void> {
  const due = await tx
    .select({ credential: credentials })
    .from(credentials)
    .where(and(isNotNull(credentials.expiresOn), lt(credentials.expiresOn, today), isNull(credentials.expiredAt)))
    .limit(BATCH)
    .for("update", { of: credentials, skipLocked: true });
  for (const { credential } of due) {
    await tx.update(credentials).set({ expiredAt: ctx.now }).where(eq(credentials.id, credential.id));
    await recordEvent(tx, ctx, {
      action: "credential.expired",
      subject: { type: "credential", id: credential.id },
      data: { workerId: credential.workerId, expiresOn: credential.expiresOn },
    });
    await tellWorkers(tx, ctx, [credential.workerId], {
      title: `Your ${credential.kind} "${credential.name}" has expired`,
      text: `Your ${credential.kind} "${credential.name}" expired on ${credential.expiresOn}. Work that requires it is closed to you until you add a current one.`,
      link: "/credentials",
      subject: { type: "credential", id: credential.id },
    });
  }
}

async function remind(tx: Tx, ctx: Ctx, today: string): Promise<void> {
  const due = await tx
    .select({ credential: credentials })
    .from(credentials)
    .where(
      and(
        gte(credentials.expiresOn, today),
        lte(credentials.expiresOn, plusDays(today, REMINDER_DAYS)),
        isNull(credentials.reminderSentAt),
      ),
    )
    .limit(BATCH)
    .for("update", { of: credentials, skipLocked: true });
  for (const { credential } of due) {
    await tx.update(credentials).set({ reminderSentAt: ctx.now }).where(eq(credentials.id, credential.id));
    await recordEvent(tx, ctx, {
      action: "credential.expiry_reminded",
      subject: { type: "credential", id: credential.id },
      data: { workerId: credential.workerId, expiresOn: credential.expiresOn },
    });
    await tellWorkers(tx, ctx, [credential.workerId], {
      title: `Your ${credential.kind} "${credential.name}" expires on ${credential.expiresOn}`,
      text: `Your ${credential.kind} "${credential.name}" expires on ${credential.expiresOn}. Add the renewed one before then to keep work that requires it open to you.`,
      link: "/credentials",
      subject: { type: "credential", id: credential.id },
    });
  }
}

export const credentialsClockJob = defineJob({
  name: "talent.credentials_clock",
  payload: z.object({}),
  everySeconds: 3600,
  async run(ctx) {
    const today = dayOf(ctx.now);
    await ctx.transaction(async (tx) => {
      await expire(tx, ctx, today);
      await remind(tx, ctx, today);
    });
  },
});

export const jobs = [credentialsClockJob, poolsClockJob, closeTestAttemptJob];
