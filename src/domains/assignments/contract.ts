import { z } from "zod";
import { Industry } from "#domains/companies/contract";
import { SendToPools } from "#domains/talent/matching/contract";
import { Email, Id, LocationInput, Markdown, Tags, Text } from "#shared/fields";
import { Currency, MinorUnits } from "#shared/money";
import type { ProblemCode } from "#shared/problems";
import { Timestamp, TimeZone } from "#shared/time";
import { deliverableLimits } from "./deliverables/contract";

/** The statuses (issue 3; `invoiced`: the invoice is open, issue 11), each move a row in lifecycle.ts. */
// biome-ignore format: one line per phase reads better than one value per line.
export const assignmentStatuses = [
  "draft", "sent", "declined", "assigned", "in_progress",
  "submitted", "approved", "invoiced", "paid", "cancelled", "void",
] as const;
export const AssignmentStatus = z.enum(assignmentStatuses);
export type AssignmentStatus = z.infer<typeof AssignmentStatus>;

/** The verbs of the lifecycle table; views carry the ones the caller may take now as `actions`. */
// biome-ignore format: grouped by phase: routing, work, ending.
export const assignmentActions = [
  "update", "send", "assign", "addRecipients", "withdraw",
  "accept", "apply", "selectApplication", "decline", "closeInvitations",
  "confirm", "checkIn", "checkOut", "submit", "approve", "return",
  "cancel", "abandon", "markNoShow", "hold", "resume", "void", "markInvoiced", "markPaid",
] as const;
export const AssignmentAction = z.enum(assignmentActions);

/** Every action's refusals (routes' `config.problems`): no right, 403; wrong moment, 409; commitments need policies. */
export const actionRefusals = ["forbidden", "invalid_transition"] as const satisfies readonly ProblemCode[];
export const commitmentRefusals = [...actionRefusals, "policy_acceptance_required"] as const;
/** Rules payments adds through hooks.ts: a company locked for past-due invoices cannot send; immediate terms need funds. */
export const sendingRefusals = [...commitmentRefusals, "company_locked"] as const;
export const approvalRefusals = [...actionRefusals, "insufficient_funds"] as const;
export type AssignmentAction = z.infer<typeof AssignmentAction>;

/** Who is acting, relative to one assignment: a client role, the assigned worker, an invited worker, or the system. */
export const parties = ["admin", "manager", "finance", "viewer", "assignee", "invitee", "system"] as const;
export const Party = z.enum(parties);
export type Party = z.infer<typeof Party>;

// biome-ignore format: one list (labels.ts; `question_open` from the count the messages domain keeps).
export const assignmentLabels = ["not_confirmed", "late", "on_hold", "request_pending", "deliverable_late", "question_open"] as const;
export const AssignmentLabel = z.enum(assignmentLabels);
export type AssignmentLabel = z.infer<typeof AssignmentLabel>;
export const locationTypes = ["onsite", "remote"] as const;
export const LocationType = z.enum(locationTypes);
export const scheduleTypes = ["fixed", "window"] as const;
export const pricingTypes = ["flat", "hourly", "per_unit", "blended"] as const;
export const PricingType = z.enum(pricingTypes);
export const routingModes = ["first_to_accept", "applications"] as const;
export const RoutingMode = z.enum(routingModes);
export type RoutingMode = z.infer<typeof RoutingMode>;
/**
 * An invitation's (recipient's) state. `withdrawn`: the client closed it (withdraw, cancel) or another worker got the
 * assignment; `abandoned` and `no_show`: the worker was on it and was taken off, by themself or by the client;
 * `taken`: another invitee accepted, or the client chose another applicant. New values go last: PostgreSQL adds enum
 * values in place (`ALTER TYPE … ADD VALUE`).
 */
// biome-ignore format: the values read as one list.
export const recipientStatuses = [
  "invited", "declined", "accepted", "withdrawn", "expired", "abandoned", "no_show", "taken",
] as const;
export const RecipientStatus = z.enum(recipientStatuses);
export type RecipientStatus = z.infer<typeof RecipientStatus>;
export const applicationStatuses = ["pending", "selected", "rejected", "withdrawn"] as const;
export const ApplicationStatus = z.enum(applicationStatuses);

/** Bounds that keep every product of rate × quantity an exact integer below 2^53 (see pricing.ts). */
export const limits = {
  maxFlat: 1_000_000_000_000,
  maxRate: 1_000_000_000,
  maxHours: 10_000,
  maxUnits: 1_000_000,
  maxRecipients: 500,
  maxScheduleDays: 366,
  title: 120,
  description: 20_000,
  instructions: 10_000,
  reason: 1_000,
} as const;

const twoDecimals = (value: number) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
/** Hours or units: positive, at most two decimals (quarter hours, 2.5 metres). */
export const Quantity = (max: number) =>
  z
    .number({ error: "Give a number." })
    .positive("Use a number above zero.")
    .max(max, `Use at most ${max}.`)
    .refine(twoDecimals, "Use at most two decimals.");
const Amount = (max: number) => MinorUnits.max(max, "The amount is too large.");

export const Pricing = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("flat"), amount: Amount(limits.maxFlat) }),
  z.strictObject({ type: z.literal("hourly"), rate: Amount(limits.maxRate), maxHours: Quantity(limits.maxHours) }),
  z.strictObject({
    type: z.literal("per_unit"),
    rate: Amount(limits.maxRate),
    unitName: Text(40),
    maxUnits: Quantity(limits.maxUnits),
  }),
  /** A flat amount covers the first `flatHours`; then `rate` per hour, up to `maxHours` in total. */
  z.strictObject({
    type: z.literal("blended"),
    amount: Amount(limits.maxFlat),
    flatHours: Quantity(limits.maxHours),
    rate: Amount(limits.maxRate),
    maxHours: Quantity(limits.maxHours),
  }),
]);
export type Pricing = z.infer<typeof Pricing>;

const refinePricing = (pricing: Pricing, ctx: z.RefinementCtx, path: (string | number)[]) => {
  if (pricing.type === "blended" && pricing.maxHours < pricing.flatHours) {
    ctx.addIssue({ code: "custom", path: [...path, "maxHours"], message: "The maximum covers the flat hours too." });
  }
};

/** Times are instants (ISO with offset); the location's time zone says how to show them. */
export const Schedule = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("fixed"), startsAt: Timestamp, endsAt: Timestamp.nullable().default(null) }),
  /** "Arrive between startsAt and endsAt." */
  z.strictObject({ type: z.literal("window"), startsAt: Timestamp, endsAt: Timestamp }),
]);
export type Schedule = z.infer<typeof Schedule>;

const refineSchedule = (schedule: Schedule, ctx: z.RefinementCtx, path: (string | number)[]) => {
  if (schedule.endsAt === null) {
    return;
  }
  const span = Date.parse(schedule.endsAt) - Date.parse(schedule.startsAt);
  if (span <= 0) {
    ctx.addIssue({ code: "custom", path: [...path, "endsAt"], message: "The end must come after the start." });
  } else if (span > limits.maxScheduleDays * 86_400_000) {
    ctx.addIssue({ code: "custom", path: [...path, "endsAt"], message: "Keep the schedule within a year." });
  }
};

export const OnsiteContact = z.strictObject({
  name: Text(100),
  phone: Text(40).nullable().default(null),
  email: Email.nullable().default(null),
});
export type OnsiteContact = z.infer<typeof OnsiteContact>;

const assignmentFields = {
  title: Text(limits.title),
  /** Markdown; the web renders it safely (sanitised), the server stores it verbatim. */
  description: Markdown(limits.description),
  industry: Industry.nullable(),
  skills: Tags(30, 60),
  /** Shown to the worker only once they are assigned (access codes, site details). */
  instructions: Markdown(limits.instructions),
  locationType: LocationType,
  location: LocationInput.nullable(),
  onsiteContact: OnsiteContact.nullable(),
  timeZone: TimeZone,
  schedule: Schedule.nullable(),
  deadline: Timestamp.nullable(),
  pricing: Pricing,
  currency: Currency,
  paymentTermsDays: z.number().int("Use whole days.").min(0).max(120),
  /** 0 = no confirmation asked; otherwise the worker confirms at least this many hours before the start. */
  confirmationHours: z.number().int("Use whole hours.").min(0).max(168),
  routingMode: RoutingMode,
};

function refineAssignment(value: Partial<CreateAssignment>, ctx: z.RefinementCtx): void {
  if (value.pricing) {
    refinePricing(value.pricing, ctx, ["pricing"]);
  }
  if (value.schedule) {
    refineSchedule(value.schedule, ctx, ["schedule"]);
  }
  if (value.deadline && value.schedule && Date.parse(value.deadline) < Date.parse(value.schedule.startsAt)) {
    ctx.addIssue({ code: "custom", path: ["deadline"], message: "The deadline cannot come before the start." });
  }
  if (value.locationType === "remote" && (value.location || value.onsiteContact)) {
    ctx.addIssue({ code: "custom", path: ["location"], message: "A remote assignment has no site location." });
  }
}

const CreateShape = z.strictObject({
  ...assignmentFields,
  description: assignmentFields.description.default(""),
  industry: assignmentFields.industry.default(null),
  skills: assignmentFields.skills.default([]),
  instructions: assignmentFields.instructions.default(""),
  location: assignmentFields.location.default(null),
  onsiteContact: assignmentFields.onsiteContact.default(null),
  schedule: assignmentFields.schedule.default(null),
  deadline: assignmentFields.deadline.default(null),
  /** Defaults come from the company settings. */
  currency: Currency.optional(),
  paymentTermsDays: assignmentFields.paymentTermsDays.optional(),
  confirmationHours: assignmentFields.confirmationHours.optional(),
  routingMode: RoutingMode.default("first_to_accept"),
});
export const CreateAssignment = CreateShape.superRefine(refineAssignment);
export type CreateAssignment = z.infer<typeof CreateShape>;

/** Every field optional; `version` is the one the edit was based on (optimistic concurrency). */
export const UpdateAssignment = z
  .strictObject({ ...assignmentFields, version: z.number().int().min(1) })
  .partial()
  .required({ version: true })
  .superRefine((value, ctx) => {
    refineAssignment(value, ctx);
    if (Object.keys(value).length < 2) {
      ctx.addIssue({ code: "custom", path: [], message: "Change at least one field." });
    }
  });
export type UpdateAssignment = z.infer<typeof UpdateAssignment>;

/**
 * The create form mid-edit (POST /assignments/preview): every create field optional, each bounded as on create.
 * Pricing and schedule count once whole (the form leaves them out until then). A saved draft's deliverables are
 * edited elsewhere, so the form says how many are named.
 */
export const assignmentDraftFields = {
  ...z.strictObject(assignmentFields).partial().shape,
  deliverableCount: z.number().int().min(0).max(deliverableLimits.requirements).optional(),
};
export const AssignmentDraftPreview = z.strictObject(assignmentDraftFields).superRefine(refineAssignment);
export type AssignmentDraftPreview = z.infer<typeof AssignmentDraftPreview>;

const workerList = z
  .array(Id)
  .max(limits.maxRecipients, `Send to at most ${limits.maxRecipients} workers at once.`)
  .refine((ids) => new Set(ids).size === ids.length, "Name each worker once.");
const WorkerIds = workerList.refine((ids) => ids.length >= 1, "Name at least one worker.");
export const SendAssignment = z
  .strictObject({
    workerIds: workerList.default([]),
    assignDirectly: z.boolean().default(false), // assign the one named worker instead of inviting
    invitationsExpireAt: Timestamp.nullable().default(null),
    pools: SendToPools.nullable().default(null), // and the pools' members near the site who meet the set (issue 12)
  })
  .refine((v) => v.workerIds.length > 0 || v.pools, { path: ["workerIds"], message: "Name a worker or pools." })
  .refine((v) => !v.assignDirectly || (v.workerIds.length === 1 && !v.pools), {
    path: ["workerIds"],
    message: "Assign directly to exactly one worker.",
  });
export type SendAssignment = z.infer<typeof SendAssignment>;

/** More invitees; a new expiry replaces the old one (otherwise a lapsed expiry is lifted so they can answer). */
export const AddRecipients = z.strictObject({
  workerIds: WorkerIds,
  invitationsExpireAt: Timestamp.nullable().optional(),
});
export type AddRecipients = z.infer<typeof AddRecipients>;

export const Reason = z.strictObject({ reason: Text(limits.reason) });
export type Reason = z.infer<typeof Reason>;

export const ApplyForAssignment = z
  .strictObject({
    message: Text(2000).nullable().default(null),
    counterOffer: z
      .strictObject({ pricing: Pricing.nullable().default(null), schedule: Schedule.nullable().default(null) })
      .nullable()
      .default(null),
  })
  .superRefine((value, ctx) => {
    if (value.counterOffer?.pricing) {
      refinePricing(value.counterOffer.pricing, ctx, ["counterOffer", "pricing"]);
    }
    if (value.counterOffer?.schedule) {
      refineSchedule(value.counterOffer.schedule, ctx, ["counterOffer", "schedule"]);
    }
  });
export type ApplyForAssignment = z.infer<typeof ApplyForAssignment>;

export const CheckIn = z.strictObject({ note: Text(500).nullable().default(null) });
export type CheckIn = z.infer<typeof CheckIn>;

export const SubmitAssignment = z.strictObject({
  hours: Quantity(limits.maxHours).nullable().default(null),
  units: Quantity(limits.maxUnits).nullable().default(null),
  /** Out-of-pocket costs in the assignment's currency, within the maximum spend. */
  expenses: Amount(limits.maxFlat).default(0),
  notes: Markdown(5000).default(""),
});
export type SubmitAssignment = z.infer<typeof SubmitAssignment>;

export const CancelAssignment = z.strictObject({
  reason: Text(limits.reason),
  /**
   * Under 24 h with a worker assigned the client may record a fee up to the price; null = chose not to pay one. A fee
   * is an amount above zero: "no fee" is said one way only (null), so the record never guesses what 0 meant.
   */
  fee: Amount(limits.maxFlat)
    .min(1, "A fee is above zero; to pay none, choose no fee (null).")
    .nullable()
    .default(null),
});
export type CancelAssignment = z.infer<typeof CancelAssignment>;

export const ApplicationParams = z.strictObject({ id: Id, applicationId: Id });
