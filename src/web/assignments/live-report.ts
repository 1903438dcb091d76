/**
 * The completeness report and maximum spend of an assignment being typed, recomputed on every keystroke.
 *
 * Why a copy: the rules live in src/domains/assignments/completeness.ts and pricing.ts, which src/web may not import
 * (architecture rule: contract files only), and the API has no side-effect-free preview endpoint. So the form shows
 * this copy while typing, the saved draft shows the server's own report, and live-report.test.ts feeds both the same
 * generated assignments so the copy cannot drift. Delete this file when POST /assignments/preview exists.
 */
import type { Pricing } from "#domains/assignments/contract";
import type { Completeness, Finding } from "#domains/assignments/views/contract";

export interface LiveInput {
  title: string;
  description: string;
  instructions: string;
  industry: string | null;
  skills: string[];
  locationType: "onsite" | "remote";
  hasLocation: boolean;
  hasOnsiteContact: boolean;
  schedule: { type: "fixed" | "window"; startsAt: Date; endsAt: Date | null } | null;
  deadline: Date | null;
  pricing: Pricing;
  deliverableCount: number;
  now: Date;
}

type Rule = Omit<Finding, "message"> & { message: string; when: (a: LiveInput) => boolean };

export const MIN_DESCRIPTION_WORDS = 25;
const MIN_LEAD_HOURS = 4;
const hour = 3_600_000;
const words = (text: string) => text.split(/\s+/).filter((w) => /\w/.test(w)).length;
const lastMoment = (a: LiveInput) => a.schedule && (a.schedule.endsAt ?? a.schedule.startsAt);
const scheduledHours = (a: LiveInput) =>
  a.schedule?.type === "fixed" && a.schedule.endsAt
    ? (a.schedule.endsAt.getTime() - a.schedule.startsAt.getTime()) / hour
    : null;
const capHours = (p: Pricing) => (p.type === "hourly" || p.type === "blended" ? p.maxHours : null);
const isOnsite = (a: LiveInput) => a.locationType === "onsite";
const startsSoon = (a: LiveInput) =>
  a.schedule !== null &&
  a.schedule.startsAt > a.now &&
  (a.schedule.startsAt.getTime() - a.now.getTime()) / hour < MIN_LEAD_HOURS;
const capTooHigh = (a: LiveInput) => {
  const hours = scheduledHours(a);
  const cap = capHours(a.pricing);
  return hours !== null && cap !== null && cap > hours * 1.5 + 1;
};

// biome-ignore format: one rule per line, in the server's order, reads like its table.
const rules: readonly Rule[] = [
  { code: "location_missing", severity: "blocker", field: "location", when: (a) => isOnsite(a) && !a.hasLocation, message: "Give the site's address: workers cannot judge the trip without it." },
  { code: "schedule_missing", severity: "blocker", field: "schedule", when: (a) => !a.schedule, message: "Say when the work happens: a fixed start or an arrival window." },
  { code: "window_passed", severity: "blocker", field: "schedule", when: (a) => { const last = lastMoment(a); return last !== null && last <= a.now; }, message: "The schedule is already in the past." },
  { code: "deadline_passed", severity: "blocker", field: "deadline", when: (a) => a.deadline !== null && a.deadline <= a.now, message: "The deadline has already passed." },
  { code: "description_too_short", severity: "blocker", field: "description", when: (a) => words(a.description) < MIN_DESCRIPTION_WORDS, message: `Describe the work in at least ${MIN_DESCRIPTION_WORDS} words: what to do, with what, and what "done" looks like.` },
  { code: "start_too_soon", severity: "warning", field: "schedule", when: (a) => isOnsite(a) && startsSoon(a), message: `The start is under ${MIN_LEAD_HOURS} hours away: few workers can reach the site that quickly.` },
  { code: "deliverables_missing", severity: "warning", field: "deliverables", when: (a) => a.deliverableCount === 0, message: "Name what the worker must hand in (photos, a signed form, a report)." },
  { code: "skills_missing", severity: "warning", field: "skills", when: (a) => a.skills.length === 0, message: "List the skills the work needs so the right workers recognise it." },
  { code: "contact_missing", severity: "warning", field: "onsiteContact", when: (a) => isOnsite(a) && !a.hasOnsiteContact, message: "Name someone on site the worker can ask for." },
  { code: "cap_beyond_schedule", severity: "tip", field: "pricing", when: capTooHigh, message: "The hour cap is far above the scheduled time; a tighter cap tells workers what you expect." },
  { code: "end_missing", severity: "tip", field: "schedule", when: (a) => a.schedule?.type === "fixed" && a.schedule.endsAt === null, message: "Give an expected end so workers can plan their day." },
  { code: "instructions_missing", severity: "tip", field: "instructions", when: (a) => isOnsite(a) && a.instructions.trim() === "", message: "Add instructions for the assigned worker: access, parking, who to ask for." },
  { code: "industry_missing", severity: "tip", field: "industry", when: (a) => a.industry === null, message: "Choose an industry." },
  { code: "title_vague", severity: "tip", field: "title", when: (a) => words(a.title) < 3, message: "A title of a few words (what and where) reads better in workers' inboxes." },
];

const cost: Record<Finding["severity"], number> = { blocker: 20, warning: 10, tip: 3 };

export function liveCompleteness(input: LiveInput): Completeness {
  const findings = rules
    .filter((rule) => rule.when(input))
    .map(({ code, severity, field, message }) => ({ code, severity, field, message }));
  return { score: Math.max(0, 100 - findings.reduce((sum, f) => sum + cost[f.severity], 0)), findings };
}

/** rate × quantity on integers in hundredths of a quantity, rounded half up to a minor unit. */
const times = (rate: number, quantity: number) => Math.floor((rate * Math.round(quantity * 100) + 50) / 100);

export function liveMaximumSpend(pricing: Pricing): number {
  switch (pricing.type) {
    case "flat":
      return pricing.amount;
    case "hourly":
      return times(pricing.rate, pricing.maxHours);
    case "per_unit":
      return times(pricing.rate, pricing.maxUnits);
    case "blended":
      return pricing.amount + times(pricing.rate, Math.max(0, pricing.maxHours - pricing.flatHours));
  }
}
