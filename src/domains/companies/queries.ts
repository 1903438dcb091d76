import { eq, type SQL, sql } from "drizzle-orm";
import { companyActor } from "#domains/accounts/index";
import { companies } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { placeOf } from "#shared/cities";
import type { Plan } from "#shared/fees";
import { Currency } from "#shared/money";
import { Problem } from "#shared/problems";
import type { Company, CompanySettings, PublicCompany } from "./contract";
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

/** Whether the company secures its assignments' funds (payments reads it when a worker is assigned). */
/** Whether the company secures funds, as a scalar SQL expression another statement can carry (issue 10). */
export function securesFundsSql(companyId: string): SQL<boolean> {
  const p = companyProfiles;
  return sql<boolean>`coalesce((SELECT ${p.securedFunds} FROM ${p} WHERE ${p.companyId} = ${companyId}), false)`;
}

export async function securesFunds(tx: Executor, companyId: string): Promise<boolean> {
  const [row] = await tx
    .select({ securedFunds: companyProfiles.securedFunds })
    .from(companyProfiles)
    .where(eq(companyProfiles.companyId, companyId));
  return row?.securedFunds ?? false;
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
