/**
 * Who may move money, and when (issue 11: "only finance and admin members pay or fund; a worker sees only their own
 * earnings"). One table read by the actions (checkRule), the views' `actions` and the routes' gate (routeAccess).
 */
import type { Actor } from "#platform/context";
import { allowedActions, checkRule, type PartyAccount, type Rule, routeAccess } from "#platform/rules";
import type { InvoiceStatus, PayoutAccountStatus } from "./contract";

/** A company member acts with their role, the invoice's worker as `payee`, jobs as `system`. */
export type Party = "admin" | "manager" | "finance" | "viewer" | "payee" | "system";

export interface InvoiceFacts {
  status: InvoiceStatus;
}

const payers = ["admin", "finance"] as const;

export type InvoiceAction = "pay";
export const invoiceRules: Record<InvoiceAction, Rule<InvoiceStatus, Party, InvoiceFacts>> = {
  pay: { from: ["open"], by: [...payers, "system"] },
};

/** Rules about the caller's own account rather than a record: adding funds and withdrawing earnings. */
export const accountRules = {
  addFunds: { from: ["open"], by: payers },
  requestPayout: { from: ["open"], by: ["payee"] },
  addPayoutAccount: { from: ["open"], by: ["payee"] },
} satisfies Record<string, Rule<"open", Party, { status: "open" }>>;

/** A worker's own payout accounts: only their owner sees or acts on them (anyone else hears 404). */
export type PayoutAccountAction = "verify" | "remove";
export const payoutAccountRules: Record<
  PayoutAccountAction,
  Rule<PayoutAccountStatus, Party, { status: PayoutAccountStatus }>
> = {
  verify: {
    from: ["pending"],
    by: ["payee"],
    explain: (facts) =>
      facts.status === "locked"
        ? "This account was locked after 3 wrong tries: remove it and add it again to get new deposits."
        : "This account is already verified.",
  },
  remove: { from: ["pending", "verified", "locked"], by: ["payee"] },
};

export function accountOf(party: Party): PartyAccount {
  if (party === "payee") {
    return { kind: "worker" };
  }
  return party === "system" ? null : { kind: "client", role: party };
}

/** The caller's party for a record owned by `companyId` and earned by `workerId`. */
export function partyOf(actor: Actor, row: { companyId: string; workerId: string }): Party | null {
  if (actor.kind === "system") {
    return "system";
  }
  if (actor.kind !== "user") {
    return null;
  }
  if (actor.accountType === "client" && actor.companyId === row.companyId && actor.companyRole) {
    return actor.companyRole;
  }
  return actor.accountType === "worker" && actor.userId === row.workerId ? "payee" : null;
}

export const checkInvoice = (action: InvoiceAction, facts: InvoiceFacts, party: Party | null) =>
  checkRule(invoiceRules[action], facts, party, { action, subject: "invoice" });

export const invoiceActionsFor = (facts: InvoiceFacts, party: Party | null) =>
  allowedActions(invoiceRules, facts, party).filter((a) => a !== "pay" || party !== "system");

/** A route's gate, derived from the rules (never listed by hand). */
export const accessFor = (...rules: { by: readonly Party[] }[]) => routeAccess(rules, accountOf);
