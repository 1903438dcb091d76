import type { OperationDocs } from "#platform/domain";

/** What the API reference says about each policies operation (platform/http/openapi.ts applies it by operationId). */
export const operations: OperationDocs = {
  getPolicyOverview: {
    summary: "List the policies",
    description:
      "Each policy (terms of service, community guidelines, …), its current version and whether the caller accepted it.",
  },
  getPolicyDocument: {
    summary: "Read a policy",
    description: "The current version of one policy, with what changed since the version the caller last accepted.",
  },
  getPolicyVersion: { summary: "Read a policy version", description: "One published version of a policy." },
  acceptPolicies: {
    summary: "Accept policies",
    description:
      "Records that the caller accepted the named policy versions. Sending, accepting and applying need them.",
  },
  publishPolicyVersion: {
    summary: "Publish a policy version (staff)",
    description: "Staff publish a new version; everyone is asked to accept it again before their next commitment.",
  },
};
