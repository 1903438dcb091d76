import type { Domain } from "#platform/domain";
import { publishInitialPolicies } from "./actions";
import { routes } from "./routes";

/** For higher domains' demo data: demo members accept the current policies as a real member would. */
export { acceptPolicies } from "./actions";
export type { PendingPolicy, PolicyKind } from "./contract";
export { policyVersionExists, requirePolicies } from "./queries";

export const policies: Domain = { name: "policies", routes, init: publishInitialPolicies };
