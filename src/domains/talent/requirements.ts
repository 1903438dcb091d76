/**
 * THE requirement evaluator (issue 12, item 3): one pure function that the invitation, accept, apply and matching all
 * call, so a worker hears the same answer everywhere. Each requirement gives `met` and the sentence saying why
 * ("licence: Electrician, TX: expired on 2026-10-02"). No I/O: the facts are read by steps.ts.
 *
 * The edges, settled once: a credential expiring on day D is valid through the end of D (UTC); a screening "within N
 * months" counts from the same calendar day N months back (clamped to the month's end); a distance exactly at the
 * limit is within it.
 */
import { formatMoney, type Money } from "#shared/money";
import type { CredentialKind, Requirement, RequirementCheck, ReviewDecision } from "./contract";
import { checkKept, type ScorecardFacts } from "./kept-checks";

export type { ScorecardFacts } from "./kept-checks";

import { type AgreementFact, agreementCheck, type TestFact, testCheck } from "./test-and-agreement-checks";

export type { AgreementFact, TestFact };

export interface CredentialFact {
  kind: CredentialKind;
  name: string;
  region: string | null;
  coverage: Money | null;
  performedOn: string | null;
  expiresOn: string | null;
  /** The review that counts for the company asking (its own, else staff's); null while none. */
  review: { decision: ReviewDecision; reason: string | null } | null;
}

export interface WorkerFacts {
  credentials: readonly CredentialFact[];
  skills: readonly string[];
  industries: readonly string[];
  country: string | null;
  home: { latitude: number; longitude: number } | null;
  /** The asking company's published skill tests, with this worker's best final score (tests/steps.ts). */
  tests?: readonly TestFact[];
  /** The asking company's agreements, with what this worker signed (agreements/steps.ts). */
  agreements?: readonly AgreementFact[];
  /** The talent pools of the asking company the worker belongs to (members, and flagged members in their grace). */
  pools?: readonly { id: string; name: string; status: "member" | "flagged" }[];
  /** The worker's scorecard figures, last 90 days, from the ratings domain's provider (hooks.ts); null: none kept. */
  scorecard?: ScorecardFacts | null;
}

export type Site = { latitude: number; longitude: number } | null;

const EARTH_RADIUS_MILES = 3958.8;

/** Great-circle distance (haversine) in miles. */
export function milesBetween(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The UTC calendar day of an instant, `YYYY-MM-DD`. */
export const dayOf = (now: Date): string => now.toISOString().slice(0, 10);

/** The same calendar day `months` back, clamped to the end of a shorter month (31 March − 1 month = 28/29 Feb). */
export function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, last))).toISOString().slice(0, 10);
}

export const isExpired = (expiresOn: string | null, now: Date) => expiresOn !== null && expiresOn < dayOf(now);

export type EffectiveStatus = "verified" | "pending" | "rejected" | "expired";

/** What a credential counts as for one company now: expiry first, then the review that counts for it. */
export function effectiveStatus(fact: Pick<CredentialFact, "expiresOn" | "review">, now: Date): EffectiveStatus {
  if (isExpired(fact.expiresOn, now)) {
    return "expired";
  }
  return fact.review?.decision ?? "pending";
}

const same = (a: string | null, b: string | null) =>
  (a ?? "").trim().toLocaleLowerCase("en") === (b ?? "").trim().toLocaleLowerCase("en");

/** The short name of a requirement, the start of each reason. */
export function labelOf(requirement: Requirement): string {
  switch (requirement.type) {
    case "certification":
      return `certification: ${requirement.name}`;
    case "licence":
      return `licence: ${requirement.name}${requirement.region ? `, ${requirement.region}` : ""}`;
    case "insurance":
      return `insurance: ${requirement.name ?? "any cover"} of at least ${formatMoney(requirement.minCoverage)}`;
    case "screening":
      return `${requirement.screening} screening within ${requirement.withinMonths} months`;
    case "industry":
      return `industry: ${requirement.industry}`;
    case "skill":
      return `skill: ${requirement.skill}`;
    case "country":
      return `country: ${requirement.country}`;
    case "distance":
      return `within ${requirement.maxMiles} miles of the assignment`;
    case "test":
      return `test passed with at least ${requirement.minScore}%`;
    case "agreement":
      return "agreement signed";
    case "pool":
      return "talent pool membership";
    case "min_satisfaction":
      return `client satisfaction of at least ${requirement.minPercent}%`;
    case "min_on_time_arrival":
      return `on-time arrival of at least ${requirement.minPercent}%`;
    case "max_abandons":
      return `at most ${requirement.max} abandoned assignments or no-shows`;
  }
}

const rank: Record<EffectiveStatus, number> = { verified: 0, pending: 1, expired: 2, rejected: 3 };

/** The best of the worker's matching credentials, and the sentence for it. */
function credentialCheck(label: string, candidates: readonly CredentialFact[], now: Date): [boolean, string] {
  const best = [...candidates].sort(
    (a, b) =>
      rank[effectiveStatus(a, now)] - rank[effectiveStatus(b, now)] ||
      (b.expiresOn ?? "9").localeCompare(a.expiresOn ?? "9"),
  )[0];
  if (!best) {
    return [false, `${label}: none on file`];
  }
  switch (effectiveStatus(best, now)) {
    case "verified":
      return [true, `${label}: verified${best.expiresOn ? `, valid through ${best.expiresOn}` : ""}`];
    case "pending":
      return [false, `${label}: awaiting verification`];
    case "expired":
      return [false, `${label}: expired on ${best.expiresOn}`];
    case "rejected":
      return [false, `${label}: rejected${best.review?.reason ? ` (${best.review.reason})` : ""}`];
  }
}

function insuranceCheck(
  requirement: Extract<Requirement, { type: "insurance" }>,
  facts: WorkerFacts,
  now: Date,
): [boolean, string] {
  const label = labelOf(requirement);
  const ofType = facts.credentials.filter(
    (c) => c.kind === "insurance" && (requirement.name === null || same(c.name, requirement.name)),
  );
  const enough = ofType.filter(
    (c) =>
      c.coverage?.currency === requirement.minCoverage.currency && c.coverage.amount >= requirement.minCoverage.amount,
  );
  const [met, reason] = credentialCheck(label, enough, now);
  const valid = ofType.find((c) => effectiveStatus(c, now) === "verified" && c.coverage);
  if (!met && enough.length === 0 && valid?.coverage) {
    return [false, `${label}: coverage ${formatMoney(valid.coverage)} is below it`];
  }
  return [met, reason];
}

function screeningCheck(
  requirement: Extract<Requirement, { type: "screening" }>,
  facts: WorkerFacts,
  now: Date,
): [boolean, string] {
  const label = labelOf(requirement);
  const cutoff = monthsBefore(dayOf(now), requirement.withinMonths);
  const screenings = facts.credentials.filter((c) => c.kind === "screening" && c.name === requirement.screening);
  const recent = screenings.filter((c) => (c.performedOn ?? "") >= cutoff);
  const [met, reason] = credentialCheck(label, recent, now);
  const latest = screenings
    .filter((c) => effectiveStatus(c, now) === "verified")
    .sort((a, b) => (b.performedOn ?? "").localeCompare(a.performedOn ?? ""))[0];
  if (met) {
    return [
      true,
      `${label}: verified, done on ${recent
        .map((c) => c.performedOn)
        .sort()
        .at(-1)}`,
    ];
  }
  if (recent.length === 0 && latest) {
    return [false, `${label}: the last was on ${latest.performedOn}, before ${cutoff}`];
  }
  return [met, reason];
}

function checkOne(requirement: Requirement, facts: WorkerFacts, now: Date, site: Site): [boolean, string] {
  const label = labelOf(requirement);
  switch (requirement.type) {
    case "certification":
      return credentialCheck(
        label,
        facts.credentials.filter((c) => c.kind === "certification" && same(c.name, requirement.name)),
        now,
      );
    case "licence":
      return credentialCheck(
        label,
        facts.credentials.filter(
          (c) =>
            c.kind === "licence" &&
            same(c.name, requirement.name) &&
            (requirement.region === null || same(c.region, requirement.region)),
        ),
        now,
      );
    case "insurance":
      return insuranceCheck(requirement, facts, now);
    case "screening":
      return screeningCheck(requirement, facts, now);
    case "industry":
      return facts.industries.includes(requirement.industry)
        ? [true, `${label}: on the profile`]
        : [false, `${label}: not on the profile`];
    case "skill":
      return facts.skills.some((skill) => same(skill, requirement.skill))
        ? [true, `${label}: on the profile`]
        : [false, `${label}: not on the profile`];
    case "country":
      if (!facts.country) {
        return [false, `${label}: no home location on the profile`];
      }
      return facts.country === requirement.country
        ? [true, `${label}: lives in ${facts.country}`]
        : [false, `${label}: lives in ${facts.country}`];
    case "distance": {
      if (!site) {
        return [true, `${label}: the assignment has no location (remote work)`];
      }
      if (!facts.home) {
        return [false, `${label}: no home location on the profile`];
      }
      // Rounded to a millionth of a mile, as matching's SQL does: exactly at the limit is within it in both.
      const miles = Math.round(milesBetween(facts.home, site) * 1e6) / 1e6;
      const shown = `${miles.toFixed(1)} miles away`;
      return miles <= requirement.maxMiles ? [true, `${label}: ${shown}`] : [false, `${label}: ${shown}`];
    }
    case "test":
      return testCheck(requirement, facts);
    case "agreement":
      return agreementCheck(requirement, facts);
    default:
      // pools and scorecard figures: checkKept
      return [false, `${label}: not checked`];
  }
}

/** Every requirement checked for one worker, in the set's order. */
export function evaluate(
  requirements: readonly Requirement[],
  facts: WorkerFacts,
  options: { now: Date; site: Site },
): RequirementCheck[] {
  return requirements.map((requirement) => {
    const [met, reason] =
      checkKept(requirement, facts, labelOf(requirement)) ?? checkOne(requirement, facts, options.now, options.site);
    return { requirement, met, reason };
  });
}
