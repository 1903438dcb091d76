import type { RestrictionScope, SanctionKind } from "./contract";

/**
 * What each restriction scope takes away, by operationId (issue 15, item 8: cannot send new assignments, cannot
 * apply or accept, cannot message). The standing check (standing-steps.ts) reads this on every write, so a new
 * route joins a scope here, in one place; `coverage.test.ts` checks each name is a real route and the enforcement
 * walk calls every one. The escalation case conversation is deliberately not under `message`: a restricted person
 * keeps their due process in a dispute.
 */
export const coverage: Record<RestrictionScope, readonly string[]> = {
  send_assignments: ["sendAssignment", "addRecipients", "selectApplication"],
  apply_accept: ["acceptAssignment", "applyForAssignment", "applyToTalentPool"],
  message: ["postMessage", "editMessage", "attachMessageFile"],
};

/** Suspensions and bans refuse every write (but the appeal and log-out, `openWhenSuspended`). */
export const refusesEveryWrite = (kind: SanctionKind): boolean => kind === "suspension" || kind === "ban";

export function covers(
  sanction: { kind: SanctionKind; scopes: readonly RestrictionScope[] },
  operationId: string | null,
) {
  if (refusesEveryWrite(sanction.kind)) {
    return true;
  }
  return (
    sanction.kind === "restriction" &&
    operationId !== null &&
    sanction.scopes.some((scope) => coverage[scope].includes(operationId))
  );
}

export const scopeLabels: Record<RestrictionScope, string> = {
  send_assignments: "send new assignments",
  apply_accept: "apply for or accept work",
  message: "send messages",
};
