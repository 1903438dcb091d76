import { sql } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import { notBlocked } from "#domains/companies/index";
import { resolveLocation } from "#domains/places/index";
import { workerProfiles } from "#domains/workers/tables";
import type { Ctx } from "#platform/context";
import { decodeKeyset } from "#platform/pagination";
import { Problem } from "#shared/problems";
import { candidates } from "./candidates-steps";
import type { SearchWorkersQuery, WorkerSearchPage } from "./contract";
import { hitsOf } from "./hooks";
import { type Centre, hasSkills, milesFrom, searchFilters } from "./steps";

/** `%` and `_` in the words searched are taken literally. */
const likeOf = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The centre of a search: coordinates as given, or the place geocoded like any address (422 when not found). */
function centreOf(query: SearchWorkersQuery): (Centre & { label: string }) | null {
  if (query.latitude !== undefined && query.longitude !== undefined) {
    return {
      latitude: query.latitude,
      longitude: query.longitude,
      label: `${query.latitude}, ${query.longitude}`,
    };
  }
  if (!query.near) {
    return null;
  }
  const place = resolveLocation(
    {
      address: null,
      city: query.near,
      region: null,
      postalCode: null,
      country: query.country ?? null,
      latitude: null,
      longitude: null,
    },
    "/querystring",
  );
  const label = [place.city, place.region, place.country].filter(Boolean).join(", ");
  return { latitude: place.latitude, longitude: place.longitude, label };
}

/**
 * Worker search for company members (issue 12, item 6): skills (all of them, ignoring case), industry, words in the
 * name or headline, within a radius of a place; nearest first with a place, by name without one.
 */
export async function searchWorkers(ctx: Ctx, query: SearchWorkersQuery): Promise<WorkerSearchPage> {
  const actor = ctx.actor;
  if (actor.kind !== "user" || actor.accountType !== "client") {
    throw new Problem("forbidden", "Worker search is for company members.");
  }
  const centre = centreOf(query);
  const skills = query.skills ?? [];
  const p = workerProfiles;
  // Skills (and the radius) narrow the index scan; the rest are checked on its sorted rows (candidates-steps.ts).
  const narrow = [hasSkills(skills)];
  const checks = [
    query.industry ? sql`${query.industry} = ANY(${p.industries})` : sql`true`,
    query.q ? sql`(${users.name} ILIKE ${likeOf(query.q)} OR ${p.headline} ILIKE ${likeOf(query.q)})` : sql`true`,
    // A worker in a block with the company, whichever side blocked, is not offered (issue 15 item 10).
    actor.companyId ? notBlocked(actor.companyId, p.userId) : sql`true`,
    ...searchFilters(query, actor.companyId, ctx.now),
  ];
  const order = centre
    ? [{ expr: milesFrom(centre) }, { expr: sql`${p.userId}` }]
    : [{ expr: sql`${users.name}` }, { expr: sql`${p.userId}` }];
  const rows = await candidates(ctx.db, {
    narrow,
    checks,
    joinUsers: !centre,
    within: centre ? { centre, miles: query.radiusMiles } : null,
    // Nearest first: a page of the nearest bounds the radius the page needs.
    nearest: { tier: sql`true`, distanceKey: 0 },
    skills,
    order,
    after: decodeKeyset(query.cursor, [centre ? "number" : "text", "id"]),
    limit: query.limit,
  });
  const page = await hitsOf(ctx.db, ctx.now, rows, query.limit);
  return { ...page, centre };
}
