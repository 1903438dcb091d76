import { eq } from "drizzle-orm";
import { companyActor, renameCompany } from "#domains/accounts/index";
import { companies } from "#domains/accounts/tables";
import { resolveOptionalLocation } from "#domains/places/index";
import type { Ctx } from "#platform/context";
import type { Tx } from "#platform/db";
import { diffFields, recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import type {
  Company,
  SetCompanyPlan,
  StaffCompanyPlan,
  UpdateCompany,
  UpdateCompanySettings,
  UpdatePaymentSettings,
} from "./contract";
import { feeBasisPointsOf } from "./plans";
import { getMyCompany, settingsOf } from "./queries";
import { companyProfiles } from "./tables";

/** Creates the profile row on first edit (with the defaults) and locks it for this transaction. */
async function lockProfile(tx: Tx, ctx: Ctx, companyId: string) {
  await tx.insert(companyProfiles).values({ companyId, updatedAt: ctx.now }).onConflictDoNothing();
  const [row] = await tx.select().from(companyProfiles).where(eq(companyProfiles.companyId, companyId)).for("update");
  if (!row) {
    throw new Error("company profile row missing after insert");
  }
  return row;
}

/** An admin edits the company's name and profile (about, industry, website, headquarters, time zone). */
export async function updateCompany(ctx: Ctx, input: UpdateCompany): Promise<Company> {
  const actor = companyActor(ctx);
  const { name, headquarters, ...rest } = input;
  const located = resolveOptionalLocation(headquarters, "/body/headquarters");
  const profile = located === undefined ? rest : { ...rest, headquarters: located };
  return ctx.transaction(async (tx) => {
    if (name !== undefined) {
      await renameCompany(tx, ctx, actor.companyId, name);
    }
    if (Object.keys(profile).length > 0) {
      const row = await lockProfile(tx, ctx, actor.companyId);
      const change = diffFields(row, profile);
      if (change.changed) {
        await tx
          .update(companyProfiles)
          .set({ ...change.after, updatedAt: ctx.now })
          .where(eq(companyProfiles.companyId, actor.companyId));
        await recordEvent(tx, ctx, {
          action: "company.profile_updated",
          subject: { type: "company", id: actor.companyId },
          data: { before: change.before, after: change.after },
        });
      }
    }
    return getMyCompany(ctx, tx);
  });
}

/** An admin changes the settings the assignments domain applies to the company's work. */
export async function updateCompanySettings(ctx: Ctx, input: UpdateCompanySettings): Promise<Company> {
  const actor = companyActor(ctx);
  return ctx.transaction(async (tx) => {
    const row = await lockProfile(tx, ctx, actor.companyId);
    const change = diffFields(settingsOf(row), input);
    if (change.changed) {
      await tx
        .update(companyProfiles)
        .set({ ...change.after, updatedAt: ctx.now })
        .where(eq(companyProfiles.companyId, actor.companyId));
      await recordEvent(tx, ctx, {
        action: "company.settings_updated",
        subject: { type: "company", id: actor.companyId },
        data: { before: change.before, after: change.after },
      });
    }
    return getMyCompany(ctx, tx);
  });
}

/** An admin or finance member turns secured funds on or off; it applies to workers assigned from then on. */
export async function updatePaymentSettings(ctx: Ctx, input: UpdatePaymentSettings): Promise<Company> {
  const actor = companyActor(ctx);
  return ctx.transaction(async (tx) => {
    const row = await lockProfile(tx, ctx, actor.companyId);
    if (row.securedFunds !== input.securedFunds) {
      await tx
        .update(companyProfiles)
        .set({ securedFunds: input.securedFunds, updatedAt: ctx.now })
        .where(eq(companyProfiles.companyId, actor.companyId));
      await recordEvent(tx, ctx, {
        action: "company.payment_settings_updated",
        subject: { type: "company", id: actor.companyId },
        data: { before: { securedFunds: row.securedFunds }, after: { securedFunds: input.securedFunds } },
      });
    }
    return getMyCompany(ctx, tx);
  });
}

/**
 * A staff admin puts a company on a plan (the route checks the role). Invoices already open keep the rate they were
 * opened with; the next invoice charges the new plan's rate. Setting the plan the company is on changes nothing and
 * records nothing, so a repeated PUT answers the same.
 */
export async function setCompanyPlan(ctx: Ctx, companyId: string, input: SetCompanyPlan): Promise<StaffCompanyPlan> {
  return ctx.transaction(async (tx) => {
    const [company] = await tx.select({ id: companies.id }).from(companies).where(eq(companies.id, companyId));
    if (!company) {
      throw new Problem("not_found", "No company has this id.");
    }
    const row = await lockProfile(tx, ctx, companyId);
    if (row.plan !== input.plan) {
      await tx
        .update(companyProfiles)
        .set({ plan: input.plan, updatedAt: ctx.now })
        .where(eq(companyProfiles.companyId, companyId));
      await recordEvent(tx, ctx, {
        action: "company.plan_changed",
        subject: { type: "company", id: companyId },
        data: { before: { plan: row.plan }, after: { plan: input.plan, feeBasisPoints: feeBasisPointsOf(input.plan) } },
      });
    }
    return { companyId, plan: { name: input.plan, feeBasisPoints: feeBasisPointsOf(input.plan) } };
  });
}
