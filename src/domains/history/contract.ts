import { z } from "zod";
import { Cursor, Id, Limit, Page } from "#shared/fields";
import { Timestamp } from "#shared/time";

/**
 * The record types whose history can be read. A company's profile and settings are part of the company record
 * (events `company.profile_updated`, `company.settings_updated` on `company:<id>`); a worker's profile is its own
 * subject, `worker_profile:<userId>`, because its history holds the exact home address.
 */
export const subjectTypes = [
  "user",
  "company",
  "api_key",
  "invitation",
  "policy_version",
  "worker_profile",
  "assignment",
  "escalation",
  "rating",
  "block",
  // Talent: credentials, requirement sets, pools, skill tests and their attempts, agreements.
  "credential",
  "requirement_set",
  "talent_pool",
  "skill_test",
  "skill_test_attempt",
  "agreement",
] as const;

const example = "company:7f1c2c3e-0b1a-4c55-9e1d-2f0a4b6c8d9e";
/**
 * `<type>:<uuid>`, e.g. `company:7f1c…`. The id is checked by the same rule as every path id (`Id`), so an id that
 * `/assignments/{id}` refuses is refused here too. An unknown type is answered like an invisible record: 404.
 */
export const Subject = z
  .string()
  .max(80)
  .regex(/^[a-z][a-z_]{0,39}:[^:]+$/, { error: `Use <type>:<id>, e.g. ${example}.` })
  .refine((value) => Id.safeParse(value.slice(value.indexOf(":") + 1)).success, {
    error: `Use a valid id after the type, e.g. ${example}.`,
  });

export const EventQuery = z.strictObject({ subject: Subject, limit: Limit, cursor: Cursor });
export type EventQuery = z.infer<typeof EventQuery>;

export const EventView = z.object({
  id: Id,
  at: Timestamp,
  /** `noun.past_tense`, e.g. `company.renamed`. */
  action: z.string(),
  subject: z.object({ type: z.string(), id: Id }),
  actor: z.object({
    kind: z.string(),
    id: Id.nullable(),
    /** The acting user's display name; null for the system. */
    name: z.string().nullable(),
  }),
  data: z.record(z.string(), z.unknown()),
});
export type EventView = z.infer<typeof EventView>;

export const EventPage = Page(EventView);
export type EventPage = z.infer<typeof EventPage>;
