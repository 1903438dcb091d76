/**
 * A requirement set may name only the company's own tests and agreements: another company's id is refused as if it
 * did not exist (400 pointing at the requirement), so a set can never reveal or depend on someone else's records.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "#platform/db";
import { Problem } from "#shared/problems";
import { agreements } from "./agreements/tables";
import type { Requirement } from "./contract";
import { skillTests } from "./tests/tables";

export async function ensureOwnReferences(
  tx: Executor,
  companyId: string,
  requirements: readonly Requirement[],
): Promise<void> {
  const testIds = requirements.flatMap((r) => (r.type === "test" ? [r.testId] : []));
  const agreementIds = requirements.flatMap((r) => (r.type === "agreement" ? [r.agreementId] : []));
  const tests =
    testIds.length === 0
      ? []
      : await tx
          .select({ id: skillTests.id })
          .from(skillTests)
          .where(and(eq(skillTests.companyId, companyId), inArray(skillTests.id, testIds)));
  const own =
    agreementIds.length === 0
      ? []
      : await tx
          .select({ id: agreements.id })
          .from(agreements)
          .where(and(eq(agreements.companyId, companyId), inArray(agreements.id, agreementIds)));
  const known = new Set([...tests, ...own].map((r) => r.id));
  const errors = requirements.flatMap((r, i) => {
    if (r.type === "test" && !known.has(r.testId)) {
      return [{ pointer: `/body/requirements/${i}/testId`, message: "Choose one of your company's tests." }];
    }
    if (r.type === "agreement" && !known.has(r.agreementId)) {
      return [{ pointer: `/body/requirements/${i}/agreementId`, message: "Choose one of your company's agreements." }];
    }
    return [];
  });
  if (errors.length > 0) {
    throw new Problem(
      "validation_failed",
      "A requirement names a test or agreement your company does not have.",
      {},
      errors,
    );
  }
}
