import { z } from "zod";
import { Id, Markdown, Text } from "#shared/fields";
import { Timestamp } from "#shared/time";

/**
 * The policy documents a member of the marketplace agrees to (issue 2; seed: "review and understand our policies,
 * including the Terms of Service and the Community Violation Guidelines before you post, apply, accept, or work on
 * any assignment").
 */
export const policyKinds = [
  "terms_of_service",
  "client_guidelines",
  "worker_guidelines",
  "violation_guidelines",
] as const;
export const PolicyKind = z.enum(policyKinds, { error: "Use one of the policy kinds." });
export type PolicyKind = z.infer<typeof PolicyKind>;

/** Which account types must accept each kind. Staff are exempt from every policy requirement. */
export const policyAudiences = {
  terms_of_service: ["client", "worker"],
  client_guidelines: ["client"],
  worker_guidelines: ["worker"],
  violation_guidelines: ["client", "worker"],
} as const satisfies Record<PolicyKind, readonly ("client" | "worker")[]>;

export const policyKindLabels: Record<PolicyKind, string> = {
  terms_of_service: "Terms of Service",
  client_guidelines: "Community Guidelines for Clients",
  worker_guidelines: "Community Guidelines for Workers",
  violation_guidelines: "Community Violation Guidelines",
};

export const VersionNumber = z.coerce.number().int("Use a whole version number.").min(1).max(1_000_000);

/** A version without its body: for lists. */
export const PolicyVersionSummary = z.object({
  id: Id,
  kind: PolicyKind,
  version: z.number().int(),
  title: z.string(),
  summaryOfChanges: z.string(),
  publishedAt: Timestamp,
});
export type PolicyVersionSummary = z.infer<typeof PolicyVersionSummary>;

export const PolicyVersion = PolicyVersionSummary.extend({
  body: z.string(),
  /** Null for the versions Worklane ships with. */
  publishedBy: z.object({ id: Id, name: z.string() }).nullable(),
});
export type PolicyVersion = z.infer<typeof PolicyVersion>;

/** One version with the body of the one before it, so the web can show what changed. */
export const PolicyVersionDetail = PolicyVersion.extend({
  previous: z.object({ id: Id, version: z.number().int(), title: z.string(), body: z.string() }).nullable(),
});
export type PolicyVersionDetail = z.infer<typeof PolicyVersionDetail>;

/** What a user still has to accept; also the `pending` field of a `policy_acceptance_required` problem. */
export const PendingPolicy = z.object({
  kind: PolicyKind,
  versionId: Id,
  version: z.number().int(),
  title: z.string(),
});
export type PendingPolicy = z.infer<typeof PendingPolicy>;

export const PolicyStatus = z.object({
  kind: PolicyKind,
  label: z.string(),
  audience: z.array(z.enum(["client", "worker"])),
  current: PolicyVersionSummary,
  /** Null when logged out. */
  appliesToYou: z.boolean().nullable(),
  /** When you accepted the current version; null when you have not (or are logged out). */
  acceptedAt: Timestamp.nullable(),
  /** The latest earlier version you accepted, if any: lets the web say "updated since you accepted version N". */
  lastAcceptedVersion: z.number().int().nullable(),
});
export type PolicyStatus = z.infer<typeof PolicyStatus>;

export const PolicyOverview = z.object({ items: z.array(PolicyStatus), pending: z.array(PendingPolicy) });
export type PolicyOverview = z.infer<typeof PolicyOverview>;

export const PolicyDocument = z.object({
  kind: PolicyKind,
  label: z.string(),
  current: PolicyVersion,
  /** Newest first. */
  versions: z.array(PolicyVersionSummary),
});
export type PolicyDocument = z.infer<typeof PolicyDocument>;

export const KindParams = z.strictObject({ kind: PolicyKind });
export const VersionParams = z.strictObject({ kind: PolicyKind, version: VersionNumber });

export const AcceptPolicies = z.strictObject({
  versionIds: z.array(Id).min(1, "Name at least one policy version.").max(20, "Accept at most 20 versions at once."),
});
export type AcceptPolicies = z.infer<typeof AcceptPolicies>;

export const PublishPolicyVersion = z.strictObject({
  title: Text(200),
  body: Markdown(100_000).refine((s) => s.trim().length > 0, "The policy text cannot be empty."),
  summaryOfChanges: Text(1000),
});
export type PublishPolicyVersion = z.infer<typeof PublishPolicyVersion>;
