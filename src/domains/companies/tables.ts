import { sql } from "drizzle-orm";
import { boolean, check, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { companies } from "#domains/accounts/tables";
import { planNames } from "#shared/fees";
import type { Location } from "#shared/fields";
import { defaultCompanySettings as d, industries } from "./contract";

const at = () => timestamp({ withTimezone: true, mode: "date" });

export const industry = pgEnum("industry", industries);
/** The company's plan, which sets its platform fee (plans.ts); staff set it. */
export const companyPlan = pgEnum("company_plan", planNames);

/**
 * The company's profile and settings. A row exists only once the company first edits either: every read
 * left-joins it and falls back to the defaults in the contract, so sign-up (in accounts) needs nothing from here.
 */
export const companyProfiles = pgTable(
  "company_profiles",
  {
    companyId: uuid()
      .primaryKey()
      .references(() => companies.id),
    about: text().notNull().default(""),
    industry: industry(),
    website: text(),
    /** Shown to the public as city, region and country only. Nothing queries inside it, so one JSON value. */
    headquarters: jsonb().$type<Location>(),
    timeZone: text(),
    paymentTermsDays: integer().notNull().default(d.paymentTermsDays),
    autoApprovalHours: integer().notNull().default(d.autoApprovalHours),
    lateCancellationFeePercent: integer().notNull().default(d.lateCancellationFeePercent),
    confirmationHoursBeforeStart: integer().default(d.confirmationHoursBeforeStart ?? 24),
    defaultCurrency: text().notNull().default(d.defaultCurrency),
    /** Secured funds (issue 11 item 2): the payments domain commits each assignment's maximum spend on assignment. */
    securedFunds: boolean().notNull().default(false),
    plan: companyPlan().notNull().default("standard"),
    updatedAt: at().notNull(),
  },
  (t) => [
    check("company_profiles_payment_terms", sql`${t.paymentTermsDays} BETWEEN 0 AND 120`),
    check("company_profiles_auto_approval", sql`${t.autoApprovalHours} BETWEEN 1 AND 720`),
    check("company_profiles_fee_percent", sql`${t.lateCancellationFeePercent} BETWEEN 0 AND 100`),
    check("company_profiles_confirmation", sql`${t.confirmationHoursBeforeStart} BETWEEN 1 AND 168`),
  ],
);
