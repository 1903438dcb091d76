import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { userActor } from "#domains/accounts/index";
import { users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { placeOf } from "#shared/cities";
import type { Location } from "#shared/fields";
import { Currency } from "#shared/money";
import { Problem } from "#shared/problems";
import { DEFAULT_TRAVEL_RADIUS_KM, type PublicWorker, type WorkerProfile } from "./contract";
import { workerProfiles } from "./tables";

type ProfileRow = typeof workerProfiles.$inferSelect;
type UserRow = Pick<typeof users.$inferSelect, "id" | "name" | "createdAt">;

export function homeOf(row: ProfileRow | null): Location | null {
  if (!row?.homeCity || !row.homeCountry || row.homeLatitude === null || row.homeLongitude === null) {
    return null;
  }
  return {
    address: row.homeAddress,
    city: row.homeCity,
    region: row.homeRegion,
    postalCode: row.homePostalCode,
    country: row.homeCountry,
    latitude: row.homeLatitude,
    longitude: row.homeLongitude,
  };
}

function rateOf(row: ProfileRow | null): WorkerProfile["hourlyRate"] {
  const currency = Currency.safeParse(row?.hourlyRateCurrency);
  return row?.hourlyRateAmount != null && currency.success
    ? { amount: row.hourlyRateAmount, currency: currency.data }
    : null;
}

export function toWorkerProfile(user: UserRow, row: ProfileRow | null): WorkerProfile {
  return {
    userId: user.id,
    name: user.name,
    headline: row?.headline ?? null,
    bio: row?.bio ?? "",
    skills: row?.skills ?? [],
    industries: row?.industries ?? [],
    homeLocation: homeOf(row),
    travelRadiusKm: row?.travelRadiusKm ?? DEFAULT_TRAVEL_RADIUS_KM,
    hourlyRate: rateOf(row),
    timeZone: row?.timeZone ?? null,
    memberSince: user.createdAt.toISOString(),
    updatedAt: row ? row.updatedAt.toISOString() : null,
  };
}

/** Active worker accounts only: staff, clients and suspended workers have no worker profile to show. */
async function workerWithProfile(tx: Executor, userId: string) {
  const [row] = await tx
    .select({ user: { id: users.id, name: users.name, createdAt: users.createdAt }, profile: workerProfiles })
    .from(users)
    .leftJoin(workerProfiles, eq(workerProfiles.userId, users.id))
    .where(and(eq(users.id, userId), eq(users.accountType, "worker"), isNull(users.suspendedAt)));
  return row ?? null;
}

export async function getMyWorkerProfile(ctx: Ctx, tx: Executor = ctx.db): Promise<WorkerProfile> {
  const actor = userActor(ctx);
  const row = await workerWithProfile(tx, actor.userId);
  if (!row) {
    throw new Problem("not_found", "This worker account no longer exists.");
  }
  return toWorkerProfile(row.user, row.profile);
}

/** The public profile: the home as city, region and country, never the address or coordinates. */
export async function getPublicWorker(ctx: Ctx, userId: string): Promise<PublicWorker> {
  const row = await workerWithProfile(ctx.db, userId);
  if (!row) {
    throw new Problem("not_found", "No worker has this id.");
  }
  const { homeLocation, userId: id, updatedAt: _updatedAt, ...rest } = toWorkerProfile(row.user, row.profile);
  return { ...rest, id, location: homeLocation ? placeOf(homeLocation) : null };
}

export interface WorkerHome {
  latitude: number;
  longitude: number;
  travelRadiusKm: number;
}

/** Home coordinates and travel radius of the given workers, for distance checks; workers without a home are absent. */
export async function getWorkerHomes(tx: Executor, userIds: readonly string[]): Promise<Map<string, WorkerHome>> {
  if (userIds.length === 0) {
    return new Map();
  }
  const rows = await tx
    .select({
      userId: workerProfiles.userId,
      latitude: workerProfiles.homeLatitude,
      longitude: workerProfiles.homeLongitude,
      travelRadiusKm: workerProfiles.travelRadiusKm,
    })
    .from(workerProfiles)
    .where(and(inArray(workerProfiles.userId, [...userIds]), isNotNull(workerProfiles.homeLatitude)));
  const homes = new Map<string, WorkerHome>();
  for (const row of rows) {
    if (row.latitude !== null && row.longitude !== null) {
      homes.set(row.userId, { latitude: row.latitude, longitude: row.longitude, travelRadiusKm: row.travelRadiusKm });
    }
  }
  return homes;
}
