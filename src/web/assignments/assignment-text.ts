import type { AssignmentLabel, AssignmentStatus, Pricing, RoutingMode } from "#domains/assignments/contract";
import type { RequestKind } from "#domains/assignments/requests/contract";
import { type Currency, formatMoney } from "#shared/money";

type Tone = "neutral" | "info" | "success" | "warning" | "danger";

/** Status words and tones for StatusBadge: the badge always says the status in words, colour only adds to it. */
export const statusText: Record<AssignmentStatus, { label: string; tone: Tone }> = {
  draft: { label: "Draft", tone: "neutral" },
  sent: { label: "Sent", tone: "info" },
  declined: { label: "Declined by all", tone: "warning" },
  assigned: { label: "Assigned", tone: "info" },
  in_progress: { label: "In progress", tone: "info" },
  submitted: { label: "Submitted", tone: "warning" },
  approved: { label: "Approved", tone: "success" },
  invoiced: { label: "Payment pending", tone: "info" },
  paid: { label: "Paid", tone: "success" },
  cancelled: { label: "Cancelled", tone: "danger" },
  void: { label: "Void", tone: "neutral" },
};

/** The "exceptions" beside the status (WorkMarket's name for the view that filters on them). */
export const labelText: Record<AssignmentLabel, { label: string; tone: Tone }> = {
  not_confirmed: { label: "Not confirmed", tone: "warning" },
  late: { label: "Late", tone: "danger" },
  on_hold: { label: "On hold", tone: "warning" },
  request_pending: { label: "Request pending", tone: "info" },
  deliverable_late: { label: "Deliverable late", tone: "danger" },
  question_open: { label: "Question open", tone: "info" },
};

export const routingText: Record<RoutingMode, { label: string; description: string }> = {
  first_to_accept: {
    label: "First to accept",
    description: "The first invited worker who accepts gets the assignment.",
  },
  applications: {
    label: "Applications",
    description: "Invited workers apply, optionally with a counter-offer; you compare and choose.",
  },
};

export const pricingTypeText: Record<Pricing["type"], string> = {
  flat: "Flat fee",
  hourly: "Hourly",
  per_unit: "Per unit",
  blended: "Blended (flat, then hourly)",
};

/** "$50.00 per hour, up to 8 hours": the terms in words for people. */
export function pricingSummary(pricing: Pricing, currency: Currency): string {
  const money = (amount: number) => formatMoney({ amount, currency });
  switch (pricing.type) {
    case "flat":
      return `${money(pricing.amount)} flat fee`;
    case "hourly":
      return `${money(pricing.rate)} an hour, at most ${pricing.maxHours} h`;
    case "per_unit":
      return `${money(pricing.rate)} a ${pricing.unitName}, at most ${pricing.maxUnits}`;
    case "blended":
      return `${money(pricing.amount)} for ${pricing.flatHours} h, then ${money(pricing.rate)} an hour to ${pricing.maxHours} h`;
  }
}

/** "Kansas City, MO" or "Remote". */
export function placeText(locationType: "onsite" | "remote", city: string | null, region?: string | null): string {
  if (locationType === "remote") {
    return "Remote";
  }
  if (!city) {
    return "On site, place not given";
  }
  return region ? `${city}, ${region}` : city;
}

export const requestKindText: Record<RequestKind, string> = {
  budget_increase: "Budget increase",
  reschedule: "Reschedule",
  expense: "Expense reimbursement",
  bonus: "Bonus",
};
