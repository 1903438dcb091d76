import { eq } from "drizzle-orm";
import { userActor } from "#domains/accounts/index";
import { resolveOptionalLocation } from "#domains/places/index";
import type { Ctx } from "#platform/context";
import { diffFields, recordEvent } from "#platform/history";
import type { Location } from "#shared/fields";
import type { UpdateWorkerProfile, WorkerProfile } from "./contract";
import { getMyWorkerProfile } from "./queries";
import { skillKeysOf } from "./skill-keys";
import { workerProfiles } from "./tables";

type ProfileColumns = Partial<typeof workerProfiles.$inferInsert>;

function homeColumns(home: Location | null): ProfileColumns {
  return {
    homeAddress: home?.address ?? null,
    homeCity: home?.city ?? null,
    homeRegion: home?.region ?? null,
    homePostalCode: home?.postalCode ?? null,
    homeCountry: home?.country ?? null,
    homeLatitude: home?.latitude ?? null,
    homeLongitude: home?.longitude ?? null,
  };
}

/** Keeps the first spelling of each skill, ignoring case, so "HVAC" and "hvac" are one skill. */
export function uniqueSkills(skills: readonly string[]): string[] {
  const seen = new Set<string>();
  return skills.filter((skill) => {
    const key = skill.toLocaleLowerCase("en");
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}

function toColumns(input: UpdateWorkerProfile): ProfileColumns {
  const { homeLocation, hourlyRate, skills, industries, ...plain } = input;
  return {
    ...plain,
    // skill_keys is written with skills, always: search and matching read only the keys.
    ...(skills !== undefined ? { skills: uniqueSkills(skills), skillKeys: skillKeysOf(skills) } : {}),
    ...(industries !== undefined ? { industries: [...new Set(industries)] } : {}),
    ...(homeLocation !== undefined ? homeColumns(resolveOptionalLocation(homeLocation, "/body/homeLocation")) : {}),
    ...(hourlyRate !== undefined
      ? { hourlyRateAmount: hourlyRate?.amount ?? null, hourlyRateCurrency: hourlyRate?.currency ?? null }
      : {}),
  };
}

/** The worker edits their own profile; the row is created on first edit. */
export async function updateWorkerProfile(ctx: Ctx, input: UpdateWorkerProfile): Promise<WorkerProfile> {
  const actor = userActor(ctx);
  return ctx.transaction(async (tx) => {
    await tx.insert(workerProfiles).values({ userId: actor.userId, updatedAt: ctx.now }).onConflictDoNothing();
    await tx.select().from(workerProfiles).where(eq(workerProfiles.userId, actor.userId)).for("update");
    const before = await getMyWorkerProfile(ctx, tx);
    await tx
      .update(workerProfiles)
      .set({ ...toColumns(input), updatedAt: ctx.now })
      .where(eq(workerProfiles.userId, actor.userId));
    const after = await getMyWorkerProfile(ctx, tx);
    const edited = Object.fromEntries(Object.keys(input).map((key) => [key, after[key as keyof WorkerProfile]]));
    const change = diffFields(before, edited as Partial<WorkerProfile>);
    if (change.changed) {
      await recordEvent(tx, ctx, {
        action: "worker_profile.updated",
        subject: { type: "worker_profile", id: actor.userId },
        data: { before: change.before, after: change.after },
      });
    }
    return after;
  });
}
