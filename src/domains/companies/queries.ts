import { and, asc, eq, ilike, or, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { companyActor } from "#domains/accounts/index";
import { companies } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import { containing, type Executor } from "#platform/db";
import { decodeCursor, toPage } from "#platform/pagination";
import { placeOf } from "#shared/cities";
import { type Plan, planNames } from "#shared/fees";
import { Id } from "#shared/fields";
import { Currency } from "#shared/money";
import { Problem } from "#shared/problems";
import type {
  Company,
  CompanySettings,
  PublicCompany,
  StaffCompany,
  StaffCompanyDetail,
  StaffCompanyList,
  StaffCompanyQuery,
} from "./contract";
import { defaultCompanySettings } from "./contract";
import { feeBasisPointsOf } from "./plans";
import { companyProfiles } from "./tables";

type ProfileRow = typeof companyProfiles.$inferSelect;

export function settingsOf(profile: ProfileRow | null): CompanySettings {
  if (!profile) {
    return { ...defaultCompanySettings };
  }
  return {
    paymentTermsDays: profile.paymentTermsDays,
    autoApprovalHours: profile.autoApprovalHours,
    lateCancellationFeePercent: profile.lateCancellationFeePercent,
    confirmationHoursBeforeStart: profile.confirmationHoursBeforeStart,
    defaultCurrency: Currency.catch(defaultCompanySettings.defaultCurrency).parse(profile.defaultCurrency),
  };
}

async function companyWithProfile(tx: Executor, companyId: string) {
  const [row] = await tx
    .select({ company: companies, profile: companyProfiles })
    .from(companies)
    .leftJoin(companyProfiles, eq(companyProfiles.companyId, companies.id))
    .where(eq(companies.id, companyId));
  return row ?? null;
}

/**
 * Whether the company secures funds, as a scalar SQL expression another statement can carry (issue 10); the company
 * is a value or a prepared statement's placeholder.
 */
export function securesFundsSql(companyId: string | SQLWrapper): SQL<boolean> {
  const p = companyProfiles;
  return sql<boolean>`coalesce((SELECT ${p.securedFunds} FROM ${p} WHERE ${p.companyId} = ${companyId}), false)`;
}

/** The settings the assignments domain applies (payment terms, auto-approval, fees, confirmations), with defaults. */
export async function getCompanySettings(tx: Executor, companyId: string): Promise<CompanySettings> {
  const row = await companyWithProfile(tx, companyId);
  if (!row) {
    throw new Problem("not_found", "This company does not exist.");
  }
  return settingsOf(row.profile);
}

/** The company as its own members see it; `actions` lists what this member may change. */
export async function getMyCompany(ctx: Ctx, tx: Executor = ctx.db): Promise<Company> {
  const actor = companyActor(ctx);
  const row = await companyWithProfile(tx, actor.companyId);
  if (!row) {
    throw new Problem("not_found", "Your company no longer exists.");
  }
  const { company, profile } = row;
  const isAdmin = actor.companyRole === "admin";
  const paysBills = isAdmin || actor.companyRole === "finance";
  return {
    id: company.id,
    name: company.name,
    about: profile?.about ?? "",
    industry: profile?.industry ?? null,
    website: profile?.website ?? null,
    headquarters: profile?.headquarters ?? null,
    timeZone: profile?.timeZone ?? null,
    memberSince: company.createdAt.toISOString(),
    settings: settingsOf(profile),
    paymentSettings: { securedFunds: profile?.securedFunds ?? false },
    plan: { name: profile?.plan ?? "standard", feeBasisPoints: feeBasisPointsOf(profile?.plan ?? "standard") },
    actions: [
      ...(isAdmin ? (["update", "update_settings"] as const) : []),
      ...(paysBills ? (["update_payment_settings"] as const) : []),
    ],
  };
}

/** The public profile page: anyone may read it, logged in or not. */
export async function getPublicCompany(ctx: Ctx, companyId: string): Promise<PublicCompany> {
  const row = await companyWithProfile(ctx.db, companyId);
  if (!row) {
    throw new Problem("not_found", "No company has this id.");
  }
  const { company, profile } = row;
  return {
    id: company.id,
    name: company.name,
    about: profile?.about ?? "",
    industry: profile?.industry ?? null,
    website: profile?.website ?? null,
    headquarters: profile?.headquarters ? placeOf(profile.headquarters) : null,
    timeZone: profile?.timeZone ?? null,
    memberSince: company.createdAt.toISOString(),
  };
}

/** The company's plan: standard until a staff admin sets another (a company without a profile row is standard). */
export async function planOf(tx: Executor, companyId: string): Promise<Plan> {
  const [row] = await tx
    .select({ plan: companyProfiles.plan })
    .from(companyProfiles)
    .where(eq(companyProfiles.companyId, companyId));
  return row?.plan ?? "standard";
}

/** The company's plan and the fee it charges now, as one lookup for the callers that need both. */
export async function companyFee(tx: Executor, companyId: string): Promise<{ plan: Plan; feeBasisPoints: number }> {
  const plan = await planOf(tx, companyId);
  return { plan, feeBasisPoints: feeBasisPointsOf(plan) };
}

/** A company row and its profile (or none yet: the defaults) as staff see it. */
function staffCompanyOf(company: typeof companies.$inferSelect, profile: ProfileRow | null): StaffCompany {
  const plan = profile?.plan ?? "standard";
  return {
    id: company.id,
    name: company.name,
    memberSince: company.createdAt.toISOString(),
    plan: { name: plan, feeBasisPoints: feeBasisPointsOf(plan) },
    paymentTermsDays: settingsOf(profile).paymentTermsDays,
    paymentSettings: { securedFunds: profile?.securedFunds ?? false },
  };
}

/** The cursor's key (name, id), or a 400 for one this list never made (a bad id would reach SQL as a cast error). */
function staffCursor(cursor: string | undefined): [string, string] | null {
  const after = decodeCursor(cursor);
  if (!after) {
    return null;
  }
  const [name, id] = after;
  if (typeof name !== "string" || !Id.safeParse(id).success) {
    throw new Problem("validation_failed", "The cursor is not valid; start again from the first page.", {}, [
      { pointer: "/querystring/cursor", message: "Invalid cursor." },
    ]);
  }
  return [String(name), String(id)];
}

/** Staff find any company by part of its name or its exact id, A to Z, a page at a time. */
export async function listCompaniesForStaff(ctx: Ctx, query: StaffCompanyQuery): Promise<StaffCompanyList> {
  const after = staffCursor(query.cursor);
  const text = query.q?.trim();
  const byId = text && Id.safeParse(text).success ? eq(companies.id, text) : undefined;
  const rows = await ctx.db
    .select({ company: companies, profile: companyProfiles })
    .from(companies)
    .leftJoin(companyProfiles, eq(companyProfiles.companyId, companies.id))
    .where(
      and(
        text ? or(ilike(companies.name, containing(text)), byId) : undefined,
        after ? sql`(${companies.name}, ${companies.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(companies.name), asc(companies.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (row) => [row.company.name, row.company.id]);
  return {
    items: page.items.map(({ company, profile }) => staffCompanyOf(company, profile)),
    nextCursor: page.nextCursor,
  };
}

/** One company for staff, with every plan a staff admin may choose and the fee each charges now. */
export async function getCompanyForStaff(ctx: Ctx, companyId: string): Promise<StaffCompanyDetail> {
  const row = await companyWithProfile(ctx.db, companyId);
  if (!row) {
    throw new Problem("not_found", "No company has this id.");
  }
  return {
    ...staffCompanyOf(row.company, row.profile),
    plans: planNames.map((name) => ({ name, feeBasisPoints: feeBasisPointsOf(name) })),
  };
}
