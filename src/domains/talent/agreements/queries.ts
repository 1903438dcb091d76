import { desc } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import type { AgreementView } from "./contract";
import { agreementsVisibleTo, agreementView, agreementViews, currentVersion, findAgreement } from "./scope";
import { agreements } from "./tables";

/** The company's agreements, or those a worker was asked to sign or signed. */
export async function listAgreements(ctx: Ctx): Promise<{ items: AgreementView[] }> {
  const rows = await ctx.db
    .select()
    .from(agreements)
    .where(agreementsVisibleTo(ctx.actor))
    .orderBy(desc(agreements.createdAt));
  return { items: await agreementViews(ctx.db, ctx, rows) };
}

export async function getAgreement(ctx: Ctx, id: string): Promise<AgreementView> {
  return agreementView(ctx.db, ctx, await findAgreement(ctx.db, ctx, id));
}

/** The current version's document, for the company and the workers who may see the agreement. */
export async function downloadAgreementDocument(ctx: Ctx, id: string) {
  const version = await currentVersion(ctx.db, await findAgreement(ctx.db, ctx, id));
  if (!version) {
    throw new Problem("not_found", "This agreement has no document yet.", { subjectType: "agreement_document" });
  }
  return {
    storageKey: version.documentKey,
    fileName: version.documentName,
    contentType: version.documentType,
    size: version.documentSize,
  };
}
