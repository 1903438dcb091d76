/**
 * The completeness report (issue 3, "Be transparent"; seed: "Provide clear and complete assignment descriptions").
 * Every rule is one row below. The client can still send; the score and findings travel with the assignment and the
 * worker sees them in the inbox.
 */
import type { Party, Pricing } from "./contract";
import { isClientParty } from "./party";
import { pricingOf } from "./schedule";
import type { AssignmentRow } from "./scope";
import type { Completeness, Finding } from "./views";

export interface CompletenessInput {
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
  /** Null while a draft's pricing is still being typed (preview): no cap to compare yet. */
  pricing: Pricing | null;
  /** Named deliverables (photos, documents, signature, report); the deliverables sub-area supplies the count. */
  deliverableCount: number;
  now: Date;
}

type Severity = Finding["severity"];
interface Rule {
  code: string;
  severity: Severity;
  field: string | null;
  /** True when the assignment has this gap. */
  when: (a: CompletenessInput) => boolean;
  message: string;
}

export const MIN_DESCRIPTION_WORDS = 25;
/** An on-site start sooner than this rarely finds a worker who can get there. */
export const MIN_LEAD_HOURS = 4;
const hour = 3_600_000;
const words = (text: string) => text.split(/\s+/).filter((w) => /\w/.test(w)).length;
const hoursUntil = (a: CompletenessInput, when: Date) => (when.getTime() - a.now.getTime()) / hour;
const lastMoment = (a: CompletenessInput) => a.schedule && (a.schedule.endsAt ?? a.schedule.startsAt);
const scheduledHours = (a: CompletenessInput) =>
  a.schedule?.type === "fixed" && a.schedule.endsAt
    ? (a.schedule.endsAt.getTime() - a.schedule.startsAt.getTime()) / hour
    : null;
const capHours = (p: Pricing | null) => (p?.type === "hourly" || p?.type === "blended" ? p.maxHours : null);

// biome-ignore format: one rule per line keeps the table readable.
export const completenessRules: readonly Rule[] = [
  { code: "location_missing", severity: "blocker", field: "location", when: (a) => a.locationType === "onsite" && !a.hasLocation, message: "Give the site's address: workers cannot judge the trip without it." },
  { code: "schedule_missing", severity: "blocker", field: "schedule", when: (a) => !a.schedule, message: "Say when the work happens: a fixed start or an arrival window." },
  { code: "window_passed", severity: "blocker", field: "schedule", when: (a) => { const last = lastMoment(a); return last !== null && last <= a.now; }, message: "The schedule is already in the past." },
  { code: "deadline_passed", severity: "blocker", field: "deadline", when: (a) => a.deadline !== null && a.deadline <= a.now, message: "The deadline has already passed." },
  { code: "description_too_short", severity: "blocker", field: "description", when: (a) => words(a.description) < MIN_DESCRIPTION_WORDS, message: `Describe the work in at least ${MIN_DESCRIPTION_WORDS} words: what to do, with what, and what "done" looks like.` },
  { code: "start_too_soon", severity: "warning", field: "schedule", when: (a) => a.locationType === "onsite" && a.schedule !== null && a.schedule.startsAt > a.now && hoursUntil(a, a.schedule.startsAt) < MIN_LEAD_HOURS, message: `The start is under ${MIN_LEAD_HOURS} hours away: few workers can reach the site that quickly.` },
  { code: "deliverables_missing", severity: "warning", field: "deliverables", when: (a) => a.deliverableCount === 0, message: "Name what the worker must hand in (photos, a signed form, a report)." },
  { code: "skills_missing", severity: "warning", field: "skills", when: (a) => a.skills.length === 0, message: "List the skills the work needs so the right workers recognise it." },
  { code: "contact_missing", severity: "warning", field: "onsiteContact", when: (a) => a.locationType === "onsite" && !a.hasOnsiteContact, message: "Name someone on site the worker can ask for." },
  { code: "cap_beyond_schedule", severity: "tip", field: "pricing", when: (a) => { const hours = scheduledHours(a); const cap = capHours(a.pricing); return hours !== null && cap !== null && cap > hours * 1.5 + 1; }, message: "The hour cap is far above the scheduled time; a tighter cap tells workers what you expect." },
  { code: "end_missing", severity: "tip", field: "schedule", when: (a) => a.schedule?.type === "fixed" && a.schedule.endsAt === null, message: "Give an expected end so workers can plan their day." },
  { code: "instructions_missing", severity: "tip", field: "instructions", when: (a) => a.locationType === "onsite" && a.instructions.trim() === "", message: "Add instructions for the assigned worker: access, parking, who to ask for." },
  { code: "industry_missing", severity: "tip", field: "industry", when: (a) => a.industry === null, message: "Choose an industry." },
  { code: "title_vague", severity: "tip", field: "title", when: (a) => words(a.title) < 3, message: "A title of a few words (what and where) reads better in workers' inboxes." },
];

/** Points each finding costs out of 100. */
export const severityCost: Record<Severity, number> = { blocker: 20, warning: 10, tip: 3 };

export function completeness(input: CompletenessInput): Completeness {
  const findings = completenessRules
    .filter((rule) => rule.when(input))
    .map(({ code, severity, field, message }) => ({ code, severity, field, message }));
  const cost = findings.reduce((sum, f) => sum + severityCost[f.severity], 0);
  return { score: Math.max(0, 100 - cost), findings };
}

/**
 * Drafts are scored live; once sent, the snapshot taken at sending is what travels with the assignment. A live score
 * needs how many deliverables are named, which the caller counts (the view reads the deliverables anyway).
 */
export function reportFor(row: AssignmentRow, deliverableCount: number, now: Date): Completeness {
  if (row.status !== "draft" && row.completenessScore !== null && row.completenessFindings) {
    return { score: row.completenessScore, findings: row.completenessFindings };
  }
  return completeness({
    title: row.title,
    description: row.description,
    instructions: row.instructions,
    industry: row.industry,
    skills: row.skills,
    locationType: row.locationType,
    hasLocation: row.location !== null,
    hasOnsiteContact: row.onsiteContact !== null,
    schedule:
      row.scheduleType && row.startsAt ? { type: row.scheduleType, startsAt: row.startsAt, endsAt: row.endsAt } : null,
    deadline: row.deadline,
    pricing: pricingOf(row),
    deliverableCount,
    now,
  });
}

/**
 * What the worker side sees of the report: the score frozen at send time. A worker sees a draft only after coming off
 * it (abandon, no-show, withdrawal), and its live score, still being edited, is the client's business.
 */
export function completenessFor(
  row: AssignmentRow,
  party: Party | null,
  deliverableCount: number,
  now: Date,
): Completeness | null {
  const companySide = party !== null && (isClientParty(party) || party === "system");
  return row.status === "draft" && !companySide ? null : reportFor(row, deliverableCount, now);
}
