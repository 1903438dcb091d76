import { z } from "zod";
import { Id } from "#shared/fields";
import { Timestamp } from "#shared/time";
import {
  AssignmentAction,
  AssignmentLabel,
  AssignmentStatus,
  LocationType,
  Pricing,
  RecipientStatus,
  RoutingMode,
  Schedule,
} from "../contract";
import { Completeness, MoneyView, PersonRef } from "../views/contract";

const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === "string" ? v.split(",").filter(Boolean) : v), z.array(item).max(20));

export const AssignmentQuery = z.strictObject({
  status: csv(AssignmentStatus).optional(),
  label: AssignmentLabel.optional(),
  /** Scheduled start on or after / before. */
  from: Timestamp.optional(),
  to: Timestamp.optional(),
  workerId: Id.optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(500).optional(),
});
export type AssignmentQuery = z.infer<typeof AssignmentQuery>;

export const AssignmentSummary = z.object({
  id: Id,
  title: z.string(),
  status: AssignmentStatus,
  labels: z.array(AssignmentLabel),
  locationType: LocationType,
  city: z.string().nullable(),
  schedule: Schedule.nullable(),
  maximumSpend: MoneyView,
  assignedWorker: PersonRef.nullable(),
  createdAt: Timestamp,
});
export type AssignmentSummary = z.infer<typeof AssignmentSummary>;

export const AssignmentTotal = z.object({ status: AssignmentStatus, count: z.number().int(), maximumSpend: MoneyView });
export const AssignmentList = z.object({
  items: z.array(AssignmentSummary),
  nextCursor: z.string().nullable(),
  /** Per status and currency over every filter except status, so tabs can show their counts. */
  totals: z.array(AssignmentTotal),
});
export type AssignmentList = z.infer<typeof AssignmentList>;

export const InboxQuery = z.strictObject({
  status: RecipientStatus.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(500).optional(),
});
export type InboxQuery = z.infer<typeof InboxQuery>;

/** An assignment sent to the worker, with what they need to decide: who, how much, when, how far. */
export const InboxItem = z.object({
  id: Id,
  title: z.string(),
  status: AssignmentStatus,
  company: z.object({ id: Id, name: z.string(), profileUrl: z.string() }),
  pricing: Pricing,
  maximumSpend: MoneyView,
  locationType: LocationType,
  city: z.string().nullable(),
  schedule: Schedule.nullable(),
  timeZone: z.string(),
  routingMode: RoutingMode,
  distanceKm: z.number().nullable(),
  /** Null on a draft (the worker came off it): its live score is the client's business. */
  completeness: Completeness.nullable(),
  invitation: z.object({ status: RecipientStatus, invitedAt: Timestamp, expiresAt: Timestamp.nullable() }),
  assignedToMe: z.boolean(),
  actions: z.array(AssignmentAction),
});
export type InboxItem = z.infer<typeof InboxItem>;
export const Inbox = z.object({ items: z.array(InboxItem), nextCursor: z.string().nullable() });
export type Inbox = z.infer<typeof Inbox>;
