import type { Domain } from "#platform/domain";
import { publishInitialPolicies } from "./actions";
import { routes } from "./routes";

export type { PendingPolicy, PolicyKind } from "./contract";
export { policyVersionExists, requirePolicies } from "./queries";

export const policies: Domain = { name: "policies", routes, init: publishInitialPolicies };
