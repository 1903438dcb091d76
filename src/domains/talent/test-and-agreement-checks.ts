/**
 * The two requirement types about what a worker did in Worklane (issue 12): a skill test passed with at least a
 * score, and an agreement signed in its current version. Pure, called by the one evaluator (requirements.ts).
 */
import type { Requirement } from "./contract";

export interface TestFact {
  testId: string;
  title: string;
  best: number | null;
  grading: boolean;
}

export interface AgreementFact {
  agreementId: string;
  title: string;
  /** The current version's label; null while no document is uploaded. */
  currentVersion: string | null;
  /** The label of the latest version the worker signed, and whether it is the current one. */
  signedVersion: string | null;
  signedCurrent: boolean;
  signedOn: string | null;
}

/** Where the work is; null for remote work (a distance requirement then holds). */
/** "test: Electrical safety, best score 65%, needs 80%": a score exactly at the mark meets it. */
export function testCheck(
  requirement: Extract<Requirement, { type: "test" }>,
  facts: { tests?: readonly TestFact[]; agreements?: readonly AgreementFact[] },
): [boolean, string] {
  const fact = facts.tests?.find((t) => t.testId === requirement.testId);
  const needs = `needs ${requirement.minScore}%`;
  if (!fact) {
    return [false, `test: a test that is not published, ${needs}`];
  }
  if (fact.best === null) {
    return [false, `test: ${fact.title}, ${fact.grading ? "awaiting grading" : "not taken"}, ${needs}`];
  }
  const shown = `test: ${fact.title}, best score ${fact.best}%, ${needs}`;
  if (fact.best >= requirement.minScore) {
    return [true, shown];
  }
  return [false, fact.grading ? `${shown} (an attempt awaits grading)` : shown];
}

/** "agreement: NDA: signed version 2 on 2026-12-01"; a signature of an older version does not count. */
export function agreementCheck(
  requirement: Extract<Requirement, { type: "agreement" }>,
  facts: { tests?: readonly TestFact[]; agreements?: readonly AgreementFact[] },
): [boolean, string] {
  const fact = facts.agreements?.find((a) => a.agreementId === requirement.agreementId);
  if (!fact) {
    return [false, "agreement: an agreement that no longer exists"];
  }
  const label = `agreement: ${fact.title}`;
  if (fact.currentVersion === null) {
    return [false, `${label}: no document to sign yet`];
  }
  if (fact.signedCurrent) {
    return [true, `${label}: signed version ${fact.currentVersion} on ${fact.signedOn}`];
  }
  if (fact.signedVersion !== null) {
    return [false, `${label}: signed version ${fact.signedVersion}, the current is ${fact.currentVersion}`];
  }
  return [false, `${label}: version ${fact.currentVersion} not signed`];
}
