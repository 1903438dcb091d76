import type { Domain } from "#platform/domain";
import { publishInitialPolicies } from "./actions";
import { operations } from "./operations";
import { routes } from "./routes";

/** For higher domains' demo data: demo members accept the current policies as a real member would. */
export { acceptPolicies } from "./actions";
export type { PendingPolicy, PolicyKind } from "./contract";
export { policyVersionExists, requirePolicies } from "./queries";

export const policies: Domain = {
  name: "policies",
  tags: [
    {
      name: "policies",
      description:
        "The community guidelines and terms every client and worker accepts: published versions, what changed, and " +
        "acceptance. Actions that commit someone to work answer 403 `policy_acceptance_required` until they accept.",
    },
  ],
  routes,
  operations,
  init: publishInitialPolicies,
};
