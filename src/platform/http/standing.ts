import type { UserActor } from "../context";
import type { Db } from "../db";

/**
 * An account's standing, asked on every write a signed-in client or worker makes (`standingApplies` in
 * route-contract.ts), right after the route's own gate in auth.ts: the one place a sanction is enforced, so no route
 * can forget it. A domain above provides the check through its registry entry (moderation: a restriction refuses
 * the routes it covers, a suspension or ban every write); it throws the refusal (403 `account_restricted`).
 * Reads are never checked: a sanctioned person still reads their own data and their notice. On such a route the
 * credential lookup is told so (`LookupNeeds` in auth.ts): a provider may have it read what its check needs.
 */
export type StandingCheck = (
  db: Db,
  request: { actor: UserActor; operationId: string | null; now: Date },
) => Promise<void>;
