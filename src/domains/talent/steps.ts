/**
 * The steps several talent use cases (and the hooks other domains call) share: reading the facts the evaluator
 * checks, loading a company's set, and evaluating a set for a worker. All reads; the caller owns the transaction.
 */
import { and, eq, inArray, isNull, or } from "drizzle-orm";
import { workerProfiles } from "#domains/workers/tables";
import type { Executor } from "#platform/db";
import type { Currency } from "#shared/money";
import { Problem } from "#shared/problems";
import { agreementFactsFor } from "./agreements/steps";
import type { Requirement, RequirementResult, RequirementSetView } from "./contract";
import { addKeptFacts } from "./kept-facts-steps";
import { type CredentialFact, evaluate, type Site, type WorkerFacts } from "./requirements";
import { countingReview } from "./scope";
import { credentialReviews, credentials, requirementOverrides, requirementSets } from "./tables";
import { testFactsFor } from "./tests/steps";

export type RequirementSetRow = typeof requirementSets.$inferSelect;
type CredentialReviewRow = typeof credentialReviews.$inferSelect;

export const setNotFound = () =>
  new Problem("not_found", "No requirement set with this id is visible to you.", { subjectType: "requirement_set" });

export function toSetView(row: RequirementSetRow): RequirementSetView {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    requirements: row.requirements,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A company's own set; 404 for anyone else's. */
export async function companySet(tx: Executor, companyId: string, id: string): Promise<RequirementSetRow> {
  const [row] = await tx
    .select()
    .from(requirementSets)
    .where(and(eq(requirementSets.id, id), eq(requirementSets.companyId, companyId)));
  if (!row) {
    throw setNotFound();
  }
  return row;
}

const emptyFacts = (): WorkerFacts => ({ credentials: [], skills: [], industries: [], country: null, home: null });

const credentialTypes = new Set(["certification", "licence", "insurance", "screening"]);

/**
 * What the evaluator reads about each worker, as one company sees it: profile skills, industries and home, and, when
 * a requirement of the set reads them, every credential with the review that counts for that company (its own, else
 * staff's), the test scores and the signatures. A few statements for any number of workers, run side by side, so
 * matching a page of candidates costs about what checking one does; what no requirement reads is not read (the
 * evaluator would not look at it), for every caller alike.
 */
export async function factsFor(
  tx: Executor,
  workerIds: readonly string[],
  companyId: string,
  requirements: readonly Requirement[],
): Promise<Map<string, WorkerFacts>> {
  const facts = new Map<string, WorkerFacts>(workerIds.map((id) => [id, emptyFacts()]));
  if (workerIds.length === 0) {
    return facts;
  }
  const ids = [...workerIds];
  const needs = (types: (type: string) => boolean) => requirements.some((r) => types(r.type));
  const [profiles, credentialRows, tests, signed] = await Promise.all([
    // The columns the evaluator reads (not the bio, up to 10 000 characters a worker).
    tx
      .select({
        userId: workerProfiles.userId,
        skills: workerProfiles.skills,
        industries: workerProfiles.industries,
        homeCountry: workerProfiles.homeCountry,
        homeLatitude: workerProfiles.homeLatitude,
        homeLongitude: workerProfiles.homeLongitude,
      })
      .from(workerProfiles)
      .where(inArray(workerProfiles.userId, ids)),
    needs((t) => credentialTypes.has(t)) ? credentialsOf(tx, ids, companyId) : Promise.resolve([]),
    needs((t) => t === "test") ? testFactsFor(tx, ids, companyId) : Promise.resolve(null),
    needs((t) => t === "agreement") ? agreementFactsFor(tx, ids, companyId) : Promise.resolve(null),
  ]);
  for (const p of profiles) {
    const home =
      p.homeLatitude !== null && p.homeLongitude !== null
        ? { latitude: p.homeLatitude, longitude: p.homeLongitude }
        : null;
    facts.set(p.userId, {
      credentials: [],
      skills: p.skills,
      industries: p.industries,
      country: p.homeCountry,
      home,
    });
  }
  for (const [workerId, fact] of credentialRows) {
    const worker = facts.get(workerId);
    if (worker) {
      facts.set(workerId, { ...worker, credentials: [...worker.credentials, fact] });
    }
  }
  for (const [workerId, worker] of facts) {
    facts.set(workerId, {
      ...worker,
      ...(tests ? { tests: tests.get(workerId) ?? [] } : {}),
      ...(signed ? { agreements: signed.get(workerId) ?? [] } : {}),
    });
  }
  return facts;
}

/** The workers' credentials, each with the review that counts for the company: [workerId, fact], one statement. */
async function credentialsOf(tx: Executor, ids: string[], companyId: string): Promise<[string, CredentialFact][]> {
  const rows = await tx
    .select({ credential: credentials, review: credentialReviews })
    .from(credentials)
    .leftJoin(
      credentialReviews,
      and(
        eq(credentialReviews.credentialId, credentials.id),
        or(isNull(credentialReviews.companyId), eq(credentialReviews.companyId, companyId)),
      ),
    )
    .where(inArray(credentials.workerId, ids));
  const byId = new Map<string, { row: (typeof rows)[number]["credential"]; reviews: CredentialReviewRow[] }>();
  for (const { credential, review } of rows) {
    const entry = byId.get(credential.id) ?? { row: credential, reviews: [] };
    if (review) {
      entry.reviews.push(review);
    }
    byId.set(credential.id, entry);
  }
  return [...byId.values()].map(({ row, reviews }) => {
    const review = countingReview(reviews, companyId);
    const fact: CredentialFact = {
      kind: row.kind,
      name: row.name,
      region: row.region,
      coverage:
        row.coverageAmount !== null && row.coverageCurrency
          ? { amount: row.coverageAmount, currency: row.coverageCurrency as Currency }
          : null,
      performedOn: row.performedOn,
      expiresOn: row.expiresOn,
      review: review ? { decision: review.decision, reason: review.reason } : null,
    };
    return [row.workerId, fact];
  });
}

/** The company's override for this worker on this subject, if any. */
export async function overrideOf(
  tx: Executor,
  subject: { type: string; id: string },
  workerId: string,
): Promise<{ reason: string; at: string } | null> {
  const [row] = await tx
    .select()
    .from(requirementOverrides)
    .where(
      and(
        eq(requirementOverrides.subjectType, subject.type),
        eq(requirementOverrides.subjectId, subject.id),
        eq(requirementOverrides.workerId, workerId),
      ),
    );
  return row ? { reason: row.reason, at: row.createdAt.toISOString() } : null;
}

export interface Gate {
  /** The set attached to the subject; null when none is (everyone is eligible). */
  setId: string | null;
  companyId: string;
  site: Site;
  /** What the set guards, for overrides: `{ type: "assignment", id }`. */
  subject: { type: string; id: string };
}

/** The set evaluated for one worker, as the company that owns the subject sees them. */
export async function resultFor(tx: Executor, now: Date, gate: Gate, workerId: string): Promise<RequirementResult> {
  if (!gate.setId) {
    return { requirementSet: null, workerId, eligible: true, override: null, checks: [] };
  }
  const set = await companySet(tx, gate.companyId, gate.setId);
  const [result] = await resultsFor(tx, now, gate, set, [workerId]);
  if (!result) {
    throw new Error("resultsFor returned nothing for one worker");
  }
  return result;
}

/**
 * THE path from a set to its results, for one worker (accept, apply, the invitation) or a page of them (matching,
 * sending to pools): the same facts, the same evaluator, the same overrides, so every caller hears the same answer.
 */
export async function resultsFor(
  tx: Executor,
  now: Date,
  gate: Gate,
  set: RequirementSetRow,
  workerIds: readonly string[],
): Promise<RequirementResult[]> {
  const [facts, overrides] = await Promise.all([
    factsFor(tx, workerIds, gate.companyId, set.requirements).then(async (read) => {
      await addKeptFacts(tx, read, { companyId: gate.companyId, now, requirements: set.requirements });
      return read;
    }),
    workerIds.length === 0
      ? Promise.resolve([])
      : tx
          .select()
          .from(requirementOverrides)
          .where(
            and(
              eq(requirementOverrides.subjectType, gate.subject.type),
              eq(requirementOverrides.subjectId, gate.subject.id),
              inArray(requirementOverrides.workerId, [...workerIds]),
            ),
          ),
  ]);
  return workerIds.map((workerId) => {
    const checks = evaluate(set.requirements, facts.get(workerId) ?? emptyFacts(), { now, site: gate.site });
    const row = overrides.find((o) => o.workerId === workerId);
    const override = row ? { reason: row.reason, at: row.createdAt.toISOString() } : null;
    return {
      requirementSet: { id: set.id, name: set.name },
      workerId,
      eligible: override !== null || checks.every((c) => c.met),
      override,
      checks,
    };
  });
}
