import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { memberships, users } from "#domains/accounts/tables";
import { companyProfiles } from "#domains/companies/tables";
import { acceptPolicies } from "#domains/policies/index";
import { policyVersions } from "#domains/policies/tables";
import { talentPools } from "#domains/talent/pools/tables";
import { workerProfiles } from "#domains/workers/tables";
import { type Actor, type Ctx, personActor, systemActor } from "#platform/context";
import type { DemoOptions } from "#platform/domain";
import { cities } from "#shared/cities";
import type { Currency } from "#shared/money";
import { acceptAssignment } from "./actions/accept";
import { applyForAssignment } from "./actions/apply";
import { approveAssignment } from "./actions/approve";
import { cancelAssignment } from "./actions/cancel";
import { checkInAssignment } from "./actions/check-in";
import { checkOutAssignment } from "./actions/check-out";
import { confirmAssignment } from "./actions/confirm";
import { createAssignment } from "./actions/create";
import { declineAssignment } from "./actions/decline";
import { holdAssignment } from "./actions/hold";
import { sendAssignment } from "./actions/send";
import { submitAssignment } from "./actions/submit";
import { voidAssignment } from "./actions/void";
import { askForPhotos, handInPhotos } from "./demo-photos";
import { planAssignment, poolStory, reputationStories, type Site, type Step, stories } from "./demo-plans";
import { demoSites, homeStories } from "./demo-sites";
import { lockBeforeMoney, markInvoiced, markPaid } from "./hooks";
import { claimNeeds } from "./pricing";
import { getAssignment } from "./queries/get";
import { distanceKm } from "./schedule";
import { assignments } from "./tables";
import type { AssignmentView } from "./views";

export interface DemoWorker {
  id: string;
  latitude: number;
  longitude: number;
}

async function currentPolicyIds(ctx: Ctx): Promise<string[]> {
  const rows = await ctx.db
    .select({ id: policyVersions.id })
    .from(policyVersions)
    .where(
      sql`(${policyVersions.kind}, ${policyVersions.version}) IN (SELECT kind, max(version) FROM ${policyVersions} GROUP BY kind)`,
    );
  return rows.map((r) => r.id);
}

/** Companies with someone who may post and a headquarters to work near; those that already have work are left alone. */
async function demoCompanies(ctx: Ctx) {
  const rows = await ctx.db
    .select({
      companyId: memberships.companyId,
      userId: memberships.userId,
      role: memberships.role,
      headquarters: companyProfiles.headquarters,
      timeZone: companyProfiles.timeZone,
    })
    .from(memberships)
    .innerJoin(companyProfiles, eq(companyProfiles.companyId, memberships.companyId))
    .where(and(inArray(memberships.role, ["admin", "manager"]), isNotNull(companyProfiles.headquarters)))
    .orderBy(memberships.companyId, sql`${memberships.role} DESC`);
  const busy = new Set((await ctx.db.selectDistinct({ id: assignments.companyId }).from(assignments)).map((r) => r.id));
  const byCompany = new Map<string, (typeof rows)[number] & { adminIds: string[] }>();
  for (const row of rows) {
    if (!busy.has(row.companyId) && !byCompany.has(row.companyId)) {
      byCompany.set(row.companyId, { ...row, adminIds: [] });
    }
    if (row.role === "admin") {
      byCompany.get(row.companyId)?.adminIds.push(row.userId);
    }
  }
  return [...byCompany.values()];
}

async function demoWorkers(ctx: Ctx): Promise<DemoWorker[]> {
  const rows = await ctx.db
    .select({
      id: workerProfiles.userId,
      latitude: workerProfiles.homeLatitude,
      longitude: workerProfiles.homeLongitude,
    })
    .from(workerProfiles)
    .innerJoin(users, eq(users.id, workerProfiles.userId))
    .where(and(isNotNull(workerProfiles.homeLatitude), sql`${users.suspendedAt} IS NULL`));
  return rows.flatMap((r) =>
    r.latitude !== null && r.longitude !== null ? [{ id: r.id, latitude: r.latitude, longitude: r.longitude }] : [],
  );
}

interface Cast {
  ctx: Ctx;
  client: Actor;
  workers: string[];
  random: () => number;
  site: Site;
  /** The company's talent pools (the talent demo's), for the story sent to them. */
  poolIds: string[];
}

const HOUR = 3_600_000;

/** What a worker claims: a little under the cap, in the quantity the pricing is paid by. */
function claimFor(view: AssignmentView) {
  const p = view.pricing;
  const cap = p.type === "hourly" || p.type === "blended" ? p.maxHours : p.type === "per_unit" ? p.maxUnits : 0;
  const quantity = Math.max(1, cap - 1);
  const needs = claimNeeds(p);
  return {
    hours: needs === "hours" ? quantity : null,
    units: needs === "units" ? quantity : null,
    expenses: 0,
    notes: "Done; photos attached.",
  };
}

/** Runs one story's steps through the real actions, each at its own moment. */
async function play(cast: Cast, steps: Step[]): Promise<void> {
  const base = cast.ctx.now.getTime();
  const at = (hours: number, actor: Actor): Ctx => ({ ...cast.ctx, actor, now: new Date(base + hours * HOUR) });
  const worker = (n: number) => personActor(cast.workers[n % cast.workers.length] ?? "", null, null);
  let view: AssignmentView | null = null;
  for (const step of steps) {
    const id = view?.id ?? "";
    const asClient = at(step.at, cast.client);
    const asWorker = (n: number) => at(step.at, worker(n));
    switch (step.do) {
      case "create": {
        const plan = planAssignment(cast.random, cast.site, asClient.now, step.startsIn * HOUR);
        view = await createAssignment(asClient, { ...plan, ...step.overrides });
        break;
      }
      case "send":
        view = await sendAssignment(asClient, id, {
          workerIds: cast.workers.slice(0, step.to),
          assignDirectly: false,
          invitationsExpireAt: null,
          pools: step.pools && cast.poolIds.length > 0 ? { poolIds: cast.poolIds, radiusMiles: 100 } : null,
        });
        break;
      case "accept":
        view = await acceptAssignment(asWorker(step.worker), id);
        break;
      case "confirm":
        if (view?.confirmationHours) {
          view = await confirmAssignment(asWorker(step.worker), id);
        }
        break;
      default:
        view = view ? await playLater(step, { asClient, asWorker, random: cast.random }, view) : null;
    }
  }
}

interface Parties {
  asClient: Ctx;
  asWorker: (n: number) => Ctx;
  random: () => number;
}

async function playLater(step: Step, parties: Parties, view: AssignmentView): Promise<AssignmentView> {
  const { asClient, asWorker, random } = parties;
  const system = { ...asClient, actor: systemActor };
  switch (step.do) {
    case "apply": {
      const counterOffer = step.counterOffer
        ? { pricing: { type: "flat" as const, amount: Math.round(view.maximumSpend.amount * 0.9) }, schedule: null }
        : null;
      return applyForAssignment(asWorker(step.worker), view.id, {
        message: "I have done this kind of job many times nearby.",
        counterOffer,
      });
    }
    case "decline":
      return declineAssignment(asWorker(step.worker), view.id, { reason: step.reason });
    case "checkIn":
      return checkInAssignment(asWorker(step.worker), view.id, { note: null });
    case "checkOut":
      return checkOutAssignment(asWorker(step.worker), view.id, { note: null });
    case "submit":
      return submitAssignment(asWorker(step.worker), view.id, claimFor(view));
    case "approve":
      return approveAssignment(asClient, view.id);
    case "askForPhotos":
      await askForPhotos(asClient, view.id);
      return view;
    case "photos":
      await handInPhotos(asWorker(step.worker), view.id, random);
      return view;
    case "hold":
      return holdAssignment(asClient, view.id, { reason: step.reason });
    case "cancel": {
      // The offer depends on the moment: read the assignment as the client sees it now.
      const offer = (await getAssignment(asClient, view.id)).cancellationOffer;
      // A company suggesting 0 % still pays something here, so the demo shows a recorded fee.
      const fee = step.fee && offer ? offer.suggestedFee.amount || Math.round(offer.maximumFee.amount / 10) : null;
      return cancelAssignment(asClient, view.id, { reason: step.reason, fee });
    }
    case "void":
      return voidAssignment(asClient, view.id);
    case "markInvoiced":
      await system.transaction((tx) => markInvoiced(tx, system, view.id, { demo: true }));
      return view;
    case "markPaid":
      await system.transaction(async (tx) =>
        markPaid(tx, system, await lockBeforeMoney(tx, system, view.id), { demo: true }),
      );
      return view;
    default:
      return view;
  }
}

/** The site's city from the shared list when it is there, for its currency; else the headquarters as given. */
function siteOf(
  hq: { city: string; region: string | null; country: string; latitude: number; longitude: number },
  timeZone: string | null,
): Site {
  const city = cities.find((c) => c.name === hq.city && c.country === hq.country);
  return {
    city: hq.city,
    region: hq.region,
    country: hq.country,
    latitude: hq.latitude,
    longitude: hq.longitude,
    timeZone: city?.timeZone ?? timeZone ?? "UTC",
    currency: (city?.currency ?? "USD") as Currency,
  };
}

/**
 * ~15 assignments per demo company, one or more in every status, walked there through the real actions with the
 * clock moved (approved last week, submitted an hour ago, starting tomorrow), by nearby workers who accepted the
 * current policies first.
 */
export async function demo(ctx: Ctx, options: DemoOptions): Promise<void> {
  const companies = await demoCompanies(ctx);
  const workers = await demoWorkers(ctx);
  if (companies.length === 0 || workers.length < 4) {
    return;
  }
  const versionIds = await currentPolicyIds(ctx);
  const accepted = new Set<string>();
  const ready = async (actor: Actor) => {
    if (actor.kind === "user" && !accepted.has(actor.userId) && versionIds.length > 0) {
      await acceptPolicies({ ...ctx, actor }, { versionIds });
      accepted.add(actor.userId);
    }
  };
  for (const [index, company] of companies.entries()) {
    const hq = company.headquarters;
    if (!hq) {
      continue;
    }
    const client = personActor(company.userId, company.companyId, company.role);
    await ready(client);
    // The printed sign-in is a company's first admin: ready to use, no policy screens first (issue 9).
    for (const adminId of company.adminIds) {
      await ready(personActor(adminId, company.companyId, "admin"));
    }
    const nearby = [...workers].sort((a, b) => distanceKm(hq, a) - distanceKm(hq, b)).slice(0, 10);
    const found = demoSites(hq, workers);
    const sites = found.length > 0 ? found : [{ site: siteOf(hq, company.timeZone), workers: nearby }];
    for (const worker of sites.flatMap((s) => s.workers)) {
      await ready(personActor(worker.id, null, null));
    }
    const poolIds = (
      await ctx.db
        .select({ id: talentPools.id })
        .from(talentPools)
        .where(eq(talentPools.companyId, company.companyId))
        .orderBy(talentPools.name)
    ).map((p) => p.id);
    const castAt = (at: (typeof sites)[number] | undefined): Cast => ({
      ctx,
      client,
      workers: (at?.workers ?? nearby).map((w) => w.id),
      random: options.random,
      site: at?.site ?? siteOf(hq, company.timeZone),
      poolIds,
    });
    // The home site's stories give its nearest worker (the one printed) every interesting state; the rest spread.
    let spread = 0;
    for (const [name, steps] of Object.entries(stories)) {
      const at = homeStories.has(name) || sites.length === 1 ? sites[0] : sites[1 + (spread++ % (sites.length - 1))];
      await play(castAt(at), steps);
    }
    // The reputation stories (a slow approver, a late payer) at the home site, so its scorecard shows them at once.
    for (const steps of reputationStories[index] ?? []) {
      await play(castAt(sites[0]), steps);
    }
    if (poolIds.length > 0) {
      await play(castAt(sites[0]), poolStory);
    }
    options.progress("assignments", index + 1, companies.length);
  }
}
