import { z } from "zod";
import { LocationInput } from "#domains/places/contract";
import { Place } from "#shared/cities";
import { planNames } from "#shared/fees";
import { Id, Location, Markdown, Text, Url } from "#shared/fields";
import { Currency } from "#shared/money";
import { Timestamp, TimeZone } from "#shared/time";

/** The fixed list of industries companies and workers choose from (filters and matching rely on stable values). */
export const industries = [
  "Information Technology",
  "Telecommunications",
  "Retail",
  "Construction",
  "Energy & Utilities",
  "Healthcare",
  "Logistics",
  "Audio/Visual",
  "Security Systems",
  "Electrical",
  "HVAC",
  "Point of Sale",
  "Digital Signage",
  "Other",
] as const;
export const Industry = z.enum(industries, { error: "Choose an industry from the list." });
export type Industry = z.infer<typeof Industry>;

/**
 * Bounds and defaults of the settings the assignments issue reads. The late-cancellation fee is only a suggestion
 * the client may choose to pay (seed: cancelling with less than 24 hours' notice); nothing forces it.
 */
export const settingsBounds = {
  paymentTermsDays: { min: 0, max: 120 },
  autoApprovalHours: { min: 1, max: 720 },
  lateCancellationFeePercent: { min: 0, max: 100 },
  confirmationHoursBeforeStart: { min: 1, max: 168 },
} as const;

const whole = (name: string, bounds: { min: number; max: number }) =>
  z
    .number({ error: `Give ${name} as a whole number.` })
    .int(`Give ${name} as a whole number.`)
    .min(bounds.min, `Use at least ${bounds.min}.`)
    .max(bounds.max, `Use at most ${bounds.max}.`);

export const CompanySettings = z.object({
  /** Days after approval by which the client pays. */
  paymentTermsDays: whole("payment terms", settingsBounds.paymentTermsDays),
  /** Submitted work is approved automatically after this many hours unless the client acts or escalates. */
  autoApprovalHours: whole("auto-approval hours", settingsBounds.autoApprovalHours),
  /** Suggested late-cancellation fee, as a percentage of the assignment price. */
  lateCancellationFeePercent: whole("the fee percentage", settingsBounds.lateCancellationFeePercent),
  /** Hours before the start at which the worker is asked to confirm; null = not asked. */
  confirmationHoursBeforeStart: whole("confirmation hours", settingsBounds.confirmationHoursBeforeStart).nullable(),
  defaultCurrency: Currency,
});
export type CompanySettings = z.infer<typeof CompanySettings>;

export const defaultCompanySettings: CompanySettings = {
  paymentTermsDays: 30,
  autoApprovalHours: 72,
  lateCancellationFeePercent: 25,
  confirmationHoursBeforeStart: 24,
  defaultCurrency: "USD",
};

const atLeastOne = (value: Record<string, unknown>) => Object.keys(value).length > 0;

export const UpdateCompanySettings = CompanySettings.partial()
  .strict()
  .refine(atLeastOne, "Change at least one setting.");
export type UpdateCompanySettings = z.infer<typeof UpdateCompanySettings>;

/**
 * How the company pays (issue 11 item 2), changed by admins and finance members (the assignment rules above are the
 * admins'). `securedFunds`: each assignment's maximum spend is moved from the available funds to committed funds
 * when a worker is assigned, so workers see the money is there; assigning is refused without the funds.
 */
export const PaymentSettings = z.object({ securedFunds: z.boolean() });
export type PaymentSettings = z.infer<typeof PaymentSettings>;
export const UpdatePaymentSettings = z.strictObject({
  securedFunds: z.boolean({ error: "Give securedFunds as true or false." }),
});
export type UpdatePaymentSettings = z.infer<typeof UpdatePaymentSettings>;

/** A company plan: staff set it; it sets the platform fee every new invoice adds (issue 11 item 3). */
export const PlanName = z.enum(planNames, { error: `Give plan as one of: ${planNames.join(", ")}.` });
/**
 * The company's plan and its platform fee now, in basis points (1000 = 10%): the assignment form shows this figure
 * before sending, and each invoice opened from then on charges it (an invoice keeps the rate it was opened with).
 */
export const CompanyPlan = z.object({ name: PlanName, feeBasisPoints: z.number().int().min(0).max(10_000) });
export type CompanyPlan = z.infer<typeof CompanyPlan>;
/** A staff admin puts a company on a plan. */
export const SetCompanyPlan = z.strictObject({ plan: PlanName });
export type SetCompanyPlan = z.infer<typeof SetCompanyPlan>;
/** The answer to setting a plan: the company and its plan now. */
export const StaffCompanyPlan = z.object({ companyId: Id, plan: CompanyPlan });
export type StaffCompanyPlan = z.infer<typeof StaffCompanyPlan>;

/** The verbs the current member may take on their company now; the web shows buttons from this list only. */
export const companyActions = ["update", "update_settings", "update_payment_settings"] as const;
export const CompanyAction = z.enum(companyActions);

/** The company as its own members see it. */
export const Company = z.object({
  id: Id,
  name: z.string(),
  about: z.string(),
  industry: Industry.nullable(),
  website: z.string().nullable(),
  headquarters: Location.nullable(),
  timeZone: z.string().nullable(),
  memberSince: Timestamp,
  settings: CompanySettings,
  paymentSettings: PaymentSettings,
  plan: CompanyPlan,
  actions: z.array(CompanyAction),
});
export type Company = z.infer<typeof Company>;

export const UpdateCompany = z
  .strictObject({
    name: Text(120),
    about: Markdown(10_000),
    industry: Industry.nullable(),
    website: Url.nullable(),
    /** An address (optionally with city and country) geocoded by the server; coordinates optional. */
    headquarters: LocationInput.nullable(),
    timeZone: TimeZone.nullable(),
  })
  .partial()
  .refine(atLeastOne, "Change at least one field.");
export type UpdateCompany = z.infer<typeof UpdateCompany>;

/** The public profile page: headquarters as city, region and country only. */
export const PublicCompany = z.object({
  id: Id,
  name: z.string(),
  about: z.string(),
  industry: Industry.nullable(),
  website: z.string().nullable(),
  headquarters: Place.nullable(),
  timeZone: z.string().nullable(),
  memberSince: Timestamp,
});
export type PublicCompany = z.infer<typeof PublicCompany>;

/**
 * A company as staff find it (GET /staff/companies): what decides its fees and when its invoices fall due. Its
 * balance and past-due standing belong to the payments domain, above this one, and are not part of it.
 */
export const StaffCompany = z.object({
  id: Id,
  name: z.string(),
  memberSince: Timestamp,
  plan: CompanyPlan,
  /** Days after approval by which its invoices fall due (the default new assignments start from). */
  paymentTermsDays: z.number().int().min(0),
  paymentSettings: PaymentSettings,
});
export type StaffCompany = z.infer<typeof StaffCompany>;
export const StaffCompanyList = z.object({ items: z.array(StaffCompany), nextCursor: z.string().nullable() });
export type StaffCompanyList = z.infer<typeof StaffCompanyList>;
/** One company for staff (GET /staff/companies/{id}), with the plans a staff admin may put it on and their fee now. */
export const StaffCompanyDetail = StaffCompany.extend({ plans: z.array(CompanyPlan) });
export type StaffCompanyDetail = z.infer<typeof StaffCompanyDetail>;
/** Search by part of the name (or the exact company id), by name A to Z, a page at a time. */
export const StaffCompanyQuery = z.strictObject({
  q: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(500).optional(),
});
export type StaffCompanyQuery = z.infer<typeof StaffCompanyQuery>;
