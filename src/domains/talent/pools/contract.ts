/**
 * Talent pools (issue 12, item 4): a company's group of workers, public (anyone may apply), invitation only or
 * private, gated by a requirement set. Applicants who meet it join at once or wait for approval (the company's
 * choice); members who stop meeting it are flagged and removed after the pool's grace period.
 */
import { z } from "zod";
import { Id, Text } from "#shared/fields";
import { Timestamp } from "#shared/time";
import { RequirementCheck } from "../contract";

export const poolVisibilities = ["public", "invitation", "private"] as const;
export type PoolVisibility = (typeof poolVisibilities)[number];
/** `invited`: may join; `pending`: applied, waits for approval; `flagged`: no longer meets the set, in grace. */
export const memberStatuses = ["invited", "pending", "member", "flagged", "removed"] as const;
export type MemberStatus = (typeof memberStatuses)[number];

export const CreatePool = z.strictObject({
  name: Text(120),
  description: Text(1000).nullable().default(null),
  visibility: z.enum(poolVisibilities, { error: "Choose public, invitation or private." }),
  requirementSetId: Id.nullable().default(null),
  /** Applicants who meet the set join at once; otherwise they wait for a company member's approval. */
  autoJoin: z.boolean().default(true),
  graceDays: z.number().int().min(0, "Use 0 or more days.").max(90, "Use at most 90 days.").default(14),
});
export type CreatePool = z.infer<typeof CreatePool>;

export const MemberParams = z.strictObject({ id: Id, workerId: Id });
export const InviteToPool = z.strictObject({ workerId: Id });
export const OverridePool = z.strictObject({ workerId: Id, reason: Text(500) });

/** A message by email to every member of a pool (members in their grace period too). */
export const MessagePool = z.strictObject({ subject: Text(150), text: Text(5000) });
export type MessagePool = z.infer<typeof MessagePool>;
export const PoolMessageSent = z.object({
  /** Members written to. */
  recipients: z.number().int(),
  /** Members left out because they stand in a block with the company. */
  blocked: z.number().int(),
});
export type PoolMessageSent = z.infer<typeof PoolMessageSent>;

export const PoolMember = z.object({
  workerId: Id,
  name: z.string(),
  status: z.enum(memberStatuses),
  /** When a flagged member is removed unless they meet the set again. */
  removeAfter: Timestamp.nullable(),
  updatedAt: Timestamp,
});
export type PoolMember = z.infer<typeof PoolMember>;

export const poolActions = ["apply", "invite", "approve", "override", "message"] as const;

export const PoolView = z.object({
  id: Id,
  companyId: Id,
  companyName: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  visibility: z.enum(poolVisibilities),
  requirementSet: z.object({ id: Id, name: z.string() }).nullable(),
  autoJoin: z.boolean(),
  graceDays: z.number().int(),
  /** The company sees every member; a worker sees only their own membership. */
  members: z.array(PoolMember),
  /** For a worker: the set checked for them (null for the company, or without a set). */
  checks: z.array(RequirementCheck).nullable(),
  actions: z.array(z.enum(poolActions)),
  createdAt: Timestamp,
});
export type PoolView = z.infer<typeof PoolView>;
export const PoolList = z.object({ items: z.array(PoolView) });
