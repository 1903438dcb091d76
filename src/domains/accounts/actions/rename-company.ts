import { eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import { companies } from "../tables";

/**
 * Renames the company tenant inside the caller's transaction. The company name lives here, in the tenant row; the
 * companies domain edits it through this function only. The caller has checked the actor's role.
 */
export async function renameCompany(tx: Executor, ctx: Ctx, companyId: string, name: string): Promise<void> {
  const [before] = await tx
    .select({ name: companies.name })
    .from(companies)
    .where(eq(companies.id, companyId))
    .for("update");
  if (!before) {
    throw new Problem("not_found", "This company does not exist.");
  }
  if (before.name === name) {
    return;
  }
  await tx.update(companies).set({ name }).where(eq(companies.id, companyId));
  await recordEvent(tx, ctx, {
    action: "company.renamed",
    subject: { type: "company", id: companyId },
    data: { before: before.name, after: name },
  });
}
