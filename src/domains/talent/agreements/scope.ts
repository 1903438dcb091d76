/**
 * Who sees an agreement: its company (admins and managers upload versions and ask workers to sign), and a worker
 * the company asked to sign it or who signed it, once it has a document. Invisible and missing are the same 404.
 */
import { and, eq, inArray, isNotNull, or, sql } from "drizzle-orm";
import { companies, users } from "#domains/accounts/tables";
import type { Actor, Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { Problem } from "#shared/problems";
import type { AgreementView } from "./contract";
import { agreementRequests, agreementSignatures, agreements, agreementVersions } from "./tables";

export type AgreementRow = typeof agreements.$inferSelect;

export const agreementNotFound = () =>
  new Problem("not_found", "No agreement with this id is visible to you.", { subjectType: "agreement" });

const workerOf = (actor: Actor) => (actor.kind === "user" && actor.accountType === "worker" ? actor.userId : null);
const companyOf = (actor: Actor) =>
  actor.kind === "user" && actor.accountType === "client" && actor.companyId ? actor.companyId : null;
export const mayManage = (actor: Actor, row: { companyId: string }) =>
  actor.kind === "user" &&
  companyOf(actor) === row.companyId &&
  (actor.companyRole === "admin" || actor.companyRole === "manager");

export function agreementsVisibleTo(actor: Actor) {
  const company = companyOf(actor);
  if (company) {
    return eq(agreements.companyId, company);
  }
  const workerId = workerOf(actor);
  if (!workerId) {
    return actor.kind === "system" ? sql`true` : sql`false`;
  }
  const asked = sql`EXISTS (SELECT 1 FROM ${agreementRequests} WHERE ${agreementRequests.agreementId} = ${agreements.id} AND ${agreementRequests.workerId} = ${workerId})`;
  const signed = sql`EXISTS (SELECT 1 FROM ${agreementSignatures} WHERE ${agreementSignatures.agreementId} = ${agreements.id} AND ${agreementSignatures.workerId} = ${workerId})`;
  return and(isNotNull(agreements.currentVersionId), or(asked, signed));
}

export async function findAgreement(
  tx: Executor,
  ctx: Pick<Ctx, "actor">,
  id: string,
  lock = false,
): Promise<AgreementRow> {
  const query = tx
    .select()
    .from(agreements)
    .where(and(eq(agreements.id, id), agreementsVisibleTo(ctx.actor)));
  const [row] = lock ? await query.for("update", { of: agreements }) : await query;
  if (!row) {
    throw agreementNotFound();
  }
  return row;
}

export async function currentVersion(tx: Executor, row: AgreementRow) {
  if (!row.currentVersionId) {
    return null;
  }
  const [version] = await tx.select().from(agreementVersions).where(eq(agreementVersions.id, row.currentVersionId));
  return version ?? null;
}

export async function agreementViews(
  tx: Executor,
  ctx: Pick<Ctx, "actor">,
  rows: AgreementRow[],
): Promise<AgreementView[]> {
  if (rows.length === 0) {
    return [];
  }
  const actor = ctx.actor;
  const workerId = workerOf(actor);
  const ids = rows.map((r) => r.id);
  const versions = await tx.select().from(agreementVersions).where(inArray(agreementVersions.agreementId, ids));
  const signatures = await tx
    .select({ signature: agreementSignatures, name: users.name })
    .from(agreementSignatures)
    .innerJoin(users, eq(users.id, agreementSignatures.workerId))
    .where(
      and(
        inArray(agreementSignatures.agreementId, ids),
        workerId ? eq(agreementSignatures.workerId, workerId) : undefined,
      ),
    );
  const asked = workerId
    ? []
    : await tx.select().from(agreementRequests).where(inArray(agreementRequests.agreementId, ids));
  const names = new Map(
    (
      await tx
        .select({ id: companies.id, name: companies.name })
        .from(companies)
        .where(
          inArray(
            companies.id,
            rows.map((r) => r.companyId),
          ),
        )
    ).map((c) => [c.id, c.name]),
  );
  return rows.map((row) => {
    const current = versions.find((v) => v.id === row.currentVersionId) ?? null;
    const signedCurrent = signatures.some(
      (s) => s.signature.agreementId === row.id && s.signature.versionId === row.currentVersionId,
    );
    const actions: AgreementView["actions"] = mayManage(actor, row) ? ["upload_version", "ask"] : [];
    if (workerId && current && !signedCurrent) {
      actions.push("sign");
    }
    return {
      id: row.id,
      companyId: row.companyId,
      companyName: names.get(row.companyId) ?? "",
      title: row.title,
      description: row.description,
      current: current && {
        id: current.id,
        label: current.label,
        fileName: current.documentName,
        contentType: current.documentType,
        size: current.documentSize,
        sha256: current.sha256,
        url: `/api/v1/agreements/${row.id}/document`,
        createdAt: current.createdAt.toISOString(),
      },
      signatures: signatures
        .filter((s) => s.signature.agreementId === row.id)
        .map(({ signature, name }) => ({
          workerId: signature.workerId,
          workerName: name,
          versionId: signature.versionId,
          versionLabel: versions.find((v) => v.id === signature.versionId)?.label ?? "",
          fullName: signature.fullName,
          sha256: signature.sha256,
          signedAt: signature.signedAt.toISOString(),
          current: signature.versionId === row.currentVersionId,
        })),
      askedWorkerIds: asked.filter((a) => a.agreementId === row.id).map((a) => a.workerId),
      actions,
      createdAt: row.createdAt.toISOString(),
    };
  });
}

export async function agreementView(tx: Executor, ctx: Pick<Ctx, "actor">, row: AgreementRow): Promise<AgreementView> {
  const [view] = await agreementViews(tx, ctx, [row]);
  if (!view) {
    throw new Error("agreement view missing");
  }
  return view;
}
