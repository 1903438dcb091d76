/**
 * Company plans (issue 11 item 3): each company is on one plan, and each plan's platform fee is server configuration
 * (WORKLANE_FEE_<PLAN>_BPS). Payments reads the rate (queries.ts `companyFee`) when it opens an invoice and stores it on the invoice, so
 * a later change of plan or of configuration never moves an invoice already open.
 */
import { loadConfig } from "#platform/config";
import type { Plan } from "#shared/fees";

/** The plan's fee in basis points, from the configuration (read each time: it is small, and tests may change it). */
export function feeBasisPointsOf(plan: Plan): number {
  const config = loadConfig();
  return plan === "enterprise" ? config.WORKLANE_FEE_ENTERPRISE_BPS : config.WORKLANE_FEE_STANDARD_BPS;
}
