import { provideLookupRead } from "#domains/accounts/index";
import type { Domain } from "#platform/domain";
import { unacceptedRead } from "./acceptance-steps";
import { publishInitialPolicies } from "./actions";
import { operations } from "./operations";
import { routes } from "./routes";

export { requirePolicies } from "./acceptance-steps";
/** For higher domains' demo data: demo members accept the current policies as a real member would. */
export { acceptPolicies } from "./actions";
export type { PendingPolicy, PolicyKind } from "./contract";
export { policyVersionExists } from "./queries";

// The versions a caller has not accepted ride on the credential lookup of a write (issue 10).
provideLookupRead("policies", unacceptedRead);

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
