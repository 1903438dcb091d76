/** What the requirement evaluator reads about agreements (talent/steps.ts), for any number of workers at once. */
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "#platform/db";
import type { AgreementFact } from "../requirements";
import { agreementSignatures, agreements, agreementVersions } from "./tables";

/** For each worker, the company's agreements with the latest version they signed: three statements in all. */
export async function agreementFactsFor(
  tx: Executor,
  workerIds: readonly string[],
  companyId: string,
): Promise<Map<string, AgreementFact[]>> {
  const facts = new Map<string, AgreementFact[]>();
  const rows = await tx.select().from(agreements).where(eq(agreements.companyId, companyId));
  if (rows.length === 0 || workerIds.length === 0) {
    return facts;
  }
  const ids = rows.map((r) => r.id);
  const versions = await tx
    .select({ id: agreementVersions.id, label: agreementVersions.label, createdAt: agreementVersions.createdAt })
    .from(agreementVersions)
    .where(inArray(agreementVersions.agreementId, ids));
  const labels = new Map(versions.map((v) => [v.id, v]));
  const signatures = await tx
    .select()
    .from(agreementSignatures)
    .where(and(inArray(agreementSignatures.agreementId, ids), inArray(agreementSignatures.workerId, [...workerIds])));
  for (const workerId of workerIds) {
    facts.set(
      workerId,
      rows.map((a) => {
        const mine = signatures
          .filter((s) => s.agreementId === a.id && s.workerId === workerId)
          .sort(
            (x, y) =>
              (labels.get(y.versionId)?.createdAt.getTime() ?? 0) - (labels.get(x.versionId)?.createdAt.getTime() ?? 0),
          );
        const current = mine.find((s) => s.versionId === a.currentVersionId);
        const latest = mine[0];
        return {
          agreementId: a.id,
          title: a.title,
          currentVersion: a.currentVersionId ? (labels.get(a.currentVersionId)?.label ?? null) : null,
          signedVersion: latest ? (labels.get(latest.versionId)?.label ?? null) : null,
          signedCurrent: current !== undefined,
          signedOn: current ? current.signedAt.toISOString().slice(0, 10) : null,
        };
      }),
    );
  }
  return facts;
}
