import type { Plan } from "#shared/fees";

/** The staff company pages' words for a plan, a fee and payment terms (pure, shared by the list and the page). */
export const planLabel = (plan: Plan) => (plan === "enterprise" ? "Enterprise" : "Standard");

/** 1000 basis points → "10%", 250 → "2.5%". */
export const feePercent = (feeBasisPoints: number) => `${feeBasisPoints / 100}%`;

export const termsLabel = (days: number) =>
  days === 0 ? "Due at approval" : `${days} day${days === 1 ? "" : "s"} after approval`;
