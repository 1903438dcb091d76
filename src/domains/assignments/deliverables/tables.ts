import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "#domains/accounts/tables";
import { assignments } from "../tables";
import { customFieldTypes, type FieldValue, fieldFillers, filePurposes, requirementKinds } from "./contract";

const at = () => timestamp({ withTimezone: true, mode: "date" });
const assignmentId = () =>
  uuid()
    .notNull()
    .references(() => assignments.id);

export const requirementKind = pgEnum("deliverable_requirement_kind", requirementKinds);
export const customFieldType = pgEnum("deliverable_field_type", customFieldTypes);
export const fieldFiller = pgEnum("deliverable_field_filler", fieldFillers);
export const filePurpose = pgEnum("assignment_file_purpose", filePurposes);

/** What the company asks the worker to hand in, each with a required count. */
export const deliverableRequirements = pgTable(
  "deliverable_requirements",
  {
    id: uuid().primaryKey().defaultRandom(),
    assignmentId: assignmentId(),
    position: integer().notNull(),
    kind: requirementKind().notNull(),
    title: text().notNull(),
    instructions: text().notNull(),
    requiredCount: integer().notNull(),
    dueAt: at(),
    /** The written report, for `report` requirements. */
    reportText: text(),
    reportWrittenAt: at(),
    createdAt: at().notNull(),
  },
  (t) => [
    index().on(t.assignmentId, t.position),
    check("deliverable_requirements_count", sql`${t.requiredCount} BETWEEN 1 AND 50`),
  ],
);

export const checklistItems = pgTable(
  "deliverable_checklist_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    assignmentId: assignmentId(),
    position: integer().notNull(),
    text: text().notNull(),
    required: boolean().notNull(),
    doneAt: at(),
    doneBy: uuid().references(() => users.id),
  },
  (t) => [index().on(t.assignmentId, t.position)],
);

export const customFields = pgTable(
  "deliverable_custom_fields",
  {
    id: uuid().primaryKey().defaultRandom(),
    assignmentId: assignmentId(),
    position: integer().notNull(),
    label: text().notNull(),
    type: customFieldType().notNull(),
    choices: text().array().notNull(),
    required: boolean().notNull(),
    filledBy: fieldFiller().notNull(),
    value: jsonb().$type<Exclude<FieldValue, null>>(),
    filledAt: at(),
    filledByUser: uuid().references(() => users.id),
  },
  (t) => [index().on(t.assignmentId, t.position)],
);

/**
 * Files on an assignment: the client's attachments and the worker's deliverables. The bytes live in platform
 * storage under `storageKey` (random, never the client's file name); `fileName` is for display only.
 */
export const assignmentFiles = pgTable(
  "assignment_files",
  {
    id: uuid().primaryKey().defaultRandom(),
    assignmentId: assignmentId(),
    purpose: filePurpose().notNull(),
    requirementId: uuid().references(() => deliverableRequirements.id),
    storageKey: text().notNull().unique(),
    fileName: text().notNull(),
    contentType: text().notNull(),
    size: bigint({ mode: "number" }).notNull(),
    sha256: text().notNull(),
    caption: text(),
    uploadedBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull(),
    /**
     * Set when the worker who handed it in came off the assignment (abandon, no-show): kept as evidence for the
     * company, but no longer counted, shown or downloadable for any worker (engagement.ts: nothing passes on).
     */
    releasedAt: at(),
  },
  (t) => [
    index().on(t.assignmentId, t.purpose, t.createdAt),
    index().on(t.requirementId),
    check("assignment_files_purpose", sql`(${t.purpose} = 'deliverable') = (${t.requirementId} IS NOT NULL)`),
    check("assignment_files_size", sql`${t.size} > 0 AND ${t.size} <= 104857600`),
  ],
);

/**
 * A written report whose worker came off the assignment. The current report lives on its requirement; on release it
 * moves here, so the next worker starts from an empty report while the company keeps the text.
 */
export const releasedReports = pgTable(
  "deliverable_released_reports",
  {
    id: uuid().primaryKey().defaultRandom(),
    assignmentId: assignmentId(),
    requirementId: uuid()
      .notNull()
      .references(() => deliverableRequirements.id),
    text: text().notNull(),
    writtenAt: at().notNull(),
    writtenBy: uuid()
      .notNull()
      .references(() => users.id),
    releasedAt: at().notNull(),
  },
  (t) => [index().on(t.requirementId, t.releasedAt)],
);
