/**
 * Company plans (issue 11 item 3): each company is on one plan, and each plan's platform fee is server configuration
 * (WORKLANE_FEE_<PLAN>_BPS). Payments reads the rate here when it opens an invoice and stores it on the invoice, so
 * a later change of plan or of configuration never moves an invoice already open.
 */
import { eq } from "drizzle-orm";
import { loadConfig } from "#platform/config";
import type { Executor } from "#platform/db";
import type { Plan } from "#shared/fees";
import { companyProfiles } from "./tables";

/** The plan's fee in basis points, from the configuration (read each time: it is small, and tests may change it). */
export function feeBasisPointsOf(plan: Plan): number {
  const config = loadConfig();
  return plan === "enterprise" ? config.WORKLANE_FEE_ENTERPRISE_BPS : config.WORKLANE_FEE_STANDARD_BPS;
}

/** The company's plan: standard until a staff admin sets another (a company without a profile row is standard). */
export async function planOf(tx: Executor, companyId: string): Promise<Plan> {
  const [row] = await tx
    .select({ plan: companyProfiles.plan })
    .from(companyProfiles)
    .where(eq(companyProfiles.companyId, companyId));
  return row?.plan ?? "standard";
}

/** The company's plan and the fee it charges now, as one lookup for the callers that need both. */
export async function companyFee(tx: Executor, companyId: string): Promise<{ plan: Plan; feeBasisPoints: number }> {
  const plan = await planOf(tx, companyId);
  return { plan, feeBasisPoints: feeBasisPointsOf(plan) };
}
