import { sql } from "drizzle-orm";
import { jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { companies, users } from "#domains/accounts/tables";
import type { DefineDeliverables } from "../deliverables/contract";

const at = () => timestamp({ withTimezone: true, mode: "date" });

/**
 * A company's named starting points for new assignments. `assignment` holds the fields of a create body and
 * `deliverables` the set to copy; both are re-validated with the current contracts whenever a draft is made.
 */
export const assignmentTemplates = pgTable(
  "assignment_templates",
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    name: text().notNull(),
    assignment: jsonb().$type<Record<string, unknown>>().notNull(),
    deliverables: jsonb().$type<DefineDeliverables>().notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull(),
  },
  (t) => [uniqueIndex("assignment_templates_name").on(t.companyId, sql`lower(${t.name})`)],
);
