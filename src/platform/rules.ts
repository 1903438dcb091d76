/**
 * The one rule helper every domain's lifecycle uses: a table of named rules, each saying in which statuses, by which
 * parties and under which guard an action may be taken. Actions check a rule (`checkRule`), views list what the
 * caller may do now (`allowedActions`), and routes derive who may call them (`routeAccess`), so a rule is written once.
 *
 * The refusal rule, the same in every domain (docs/architecture.md):
 *   - not a party (the caller cannot see the record)  404 `not_found`
 *   - a party without the right (never, in any status) 403 `forbidden`
 *   - the right party at the wrong time (status, guard) 409 `invalid_transition`, with the current status
 * The party is checked before the status, so a party who may never act hears that whatever the status is.
 */
import { Problem } from "#shared/problems";
import type { CompanyRole } from "./context";
import type { AuthLevel } from "./http/types";

export interface Rule<Status extends string, Party extends string, Facts extends { status: Status }> {
  from: readonly Status[];
  by: readonly Party[];
  /** Why the action is refused right now (409), or null when it may go ahead. Runs after status and party. */
  guard?: (facts: Facts, party: Party) => string | null;
  /** A clearer sentence for a refusal people actually hit; the status code stays the rule's. */
  explain?: (facts: Facts, party: Party) => string | null;
}

/** A rule that moves the record to another status (`same`: it changes the record, not its status). */
export interface Move<Status extends string, Party extends string, Facts extends { status: Status }>
  extends Rule<Status, Party, Facts> {
  to: Status | "same";
}

/** What a refusal names: the action (for the client's code) and the record's kind (for the 404 sentence). */
export interface Checked {
  action: string;
  subject: string;
}

const pretty = (status: string) => status.replaceAll("_", " ");

/**
 * Checks one rule for one party and returns the status the action leads to (the current one for rules without
 * `to`). Throws the refusal the rule above prescribes.
 */
export function checkRule<S extends string, P extends string, F extends { status: S }>(
  rule: Rule<S, P, F> & { to?: S | "same" },
  facts: F,
  party: P | null,
  checked: Checked,
): S {
  const extra = { currentStatus: facts.status, action: checked.action };
  if (party === null) {
    throw new Problem("not_found", `No ${checked.subject} with this id is visible to you.`, {
      subjectType: checked.subject,
    });
  }
  if (!rule.by.includes(party)) {
    const detail = rule.explain?.(facts, party) ?? `As ${party} on this ${checked.subject} you may not do this.`;
    throw new Problem("forbidden", detail, extra);
  }
  if (!rule.from.includes(facts.status)) {
    const detail =
      rule.explain?.(facts, party) ?? `This is not possible while the ${checked.subject} is ${pretty(facts.status)}.`;
    throw new Problem("invalid_transition", detail, extra);
  }
  const refusal = rule.guard?.(facts, party) ?? null;
  if (refusal) {
    throw new Problem("invalid_transition", refusal, extra);
  }
  return rule.to === undefined || rule.to === "same" ? facts.status : rule.to;
}

/** The same decision as `checkRule`, as a yes or no: what views offer. */
export function allows<S extends string, P extends string, F extends { status: S }>(
  rule: Rule<S, P, F>,
  facts: F,
  party: P | null,
): boolean {
  return party !== null && rule.by.includes(party) && rule.from.includes(facts.status) && !rule.guard?.(facts, party);
}

/** The names of the rules this party may take now, in the table's order: what every view carries to the UI. */
export function allowedActions<A extends string, S extends string, P extends string, F extends { status: S }>(
  rules: Record<A, Rule<S, P, F>>,
  facts: F,
  party: P | null,
): A[] {
  return (Object.keys(rules) as A[]).filter((name) => allows(rules[name], facts, party));
}

/** The kind of account a party is, for the route-level gate; null for parties no HTTP caller can be (the system). */
export type PartyAccount = { kind: "client"; role: CompanyRole } | { kind: "worker" } | { kind: "staff" } | null;

const companyRoles: readonly CompanyRole[] = ["admin", "manager", "finance", "viewer"];

/**
 * Who may call a route that takes these rules, derived from their `by` lists (never repeated by hand): only company
 * roles → `client` with those roles; only workers → `worker`; a mix → `user`, and the record-level check decides.
 * The route-level gate answers for the caller alone (their kind of account and role), never for a record.
 */
export function routeAccess<P extends string>(
  rules: readonly { by: readonly P[] }[],
  accountOf: (party: P) => PartyAccount,
): { auth: AuthLevel; roles?: readonly CompanyRole[] } {
  const accounts = rules.flatMap((rule) => rule.by.map(accountOf)).filter((a) => a !== null);
  const kinds = new Set(accounts.map((a) => a.kind));
  if (kinds.size !== 1) {
    return { auth: "user" };
  }
  const [kind] = kinds;
  if (kind !== "client") {
    return { auth: kind === "worker" ? "worker" : "staff" };
  }
  const granted = new Set(accounts.flatMap((a) => (a.kind === "client" ? [a.role] : [])));
  const roles = companyRoles.filter((role) => granted.has(role));
  return roles.length === companyRoles.length ? { auth: "client" } : { auth: "client", roles };
}
