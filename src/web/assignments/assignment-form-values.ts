import type { UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import {
  type AssignmentDraftPreview,
  assignmentDraftFields,
  type CreateAssignment,
  type Pricing,
  type UpdateAssignment,
} from "#domains/assignments/contract";
import type { AssignmentView } from "#domains/assignments/views";
import type { Company } from "#domains/companies/contract";
import { browserZone } from "../ui/viewer-zone";

type Schema = typeof CreateAssignment;
export type AssignmentFormInput = z.input<Schema>;
export type AssignmentFormOutput = z.output<Schema>;
/** The create/edit form, bound to the CreateAssignment contract. */
export type AssignmentFormApi = UseFormReturn<AssignmentFormInput, unknown, AssignmentFormOutput>;

export const defaultPricing: Record<Pricing["type"], Pricing> = {
  flat: { type: "flat", amount: Number.NaN },
  hourly: { type: "hourly", rate: Number.NaN, maxHours: 8 },
  per_unit: { type: "per_unit", rate: Number.NaN, unitName: "unit", maxUnits: 10 },
  blended: { type: "blended", amount: Number.NaN, flatHours: 2, rate: Number.NaN, maxHours: 8 },
};

/** A new assignment starts from the company's defaults (currency, terms, confirmation, time zone). */
export function newAssignmentValues(company: Company | undefined): AssignmentFormInput {
  const settings = company?.settings;
  return {
    title: "",
    description: "",
    industry: company?.industry ?? null,
    skills: [],
    instructions: "",
    locationType: "onsite",
    location: null,
    onsiteContact: null,
    // Where the work is: the company's zone, else the browser's (where the person is), not the zone they read in.
    timeZone: company?.timeZone ?? browserZone,
    schedule: null,
    deadline: null,
    pricing: defaultPricing.flat,
    currency: settings?.defaultCurrency ?? "USD",
    paymentTermsDays: settings?.paymentTermsDays ?? 30,
    confirmationHours: settings?.confirmationHoursBeforeStart ?? 0,
    routingMode: "first_to_accept",
  };
}

export function valuesOfView(view: AssignmentView): AssignmentFormInput {
  return {
    title: view.title,
    description: view.description,
    industry: view.industry,
    skills: view.skills,
    instructions: view.instructions ?? "",
    locationType: view.locationType,
    location: view.location,
    onsiteContact: view.onsiteContact,
    timeZone: view.timeZone,
    schedule: view.schedule,
    deadline: view.deadline,
    pricing: view.pricing,
    currency: view.currency,
    paymentTermsDays: view.paymentTermsDays,
    confirmationHours: view.confirmationHours,
    routingMode: view.routingMode,
  };
}

/** An edit sends only what changed, with the version it was based on (the server refuses a stale one). */
export function changesOf(before: AssignmentFormInput, after: CreateAssignment, version: number): UpdateAssignment {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(value) !== JSON.stringify(before[key as keyof AssignmentFormInput])) {
      changes[key] = value;
    }
  }
  return { ...changes, version } as UpdateAssignment;
}

/**
 * What the live report sends while the form is typed: each field only once it is valid on its own (a half-typed
 * pricing or schedule counts as missing, as it would on a saved draft), with the deliverables a saved draft names.
 */
export function previewDraftOf(values: AssignmentFormInput, deliverableCount: number): AssignmentDraftPreview {
  const fields: Record<string, z.ZodType | undefined> = assignmentDraftFields;
  const draft: Record<string, unknown> = { deliverableCount };
  for (const [key, value] of Object.entries(values)) {
    const parsed = fields[key]?.safeParse(value);
    if (parsed?.success && parsed.data !== undefined) {
      draft[key] = parsed.data;
    }
  }
  return draft as AssignmentDraftPreview;
}
