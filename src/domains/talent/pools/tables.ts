import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { companies, users } from "#domains/accounts/tables";
import { requirementSets } from "../tables";
import { memberStatuses, poolVisibilities } from "./contract";

const at = () => timestamp({ withTimezone: true, mode: "date" });

export const poolVisibility = pgEnum("talent_pool_visibility", poolVisibilities);
export const memberStatus = pgEnum("talent_pool_member_status", memberStatuses);

export const talentPools = pgTable(
  "talent_pools",
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    name: text().notNull(),
    description: text(),
    visibility: poolVisibility().notNull(),
    requirementSetId: uuid().references(() => requirementSets.id),
    autoJoin: boolean().notNull(),
    graceDays: integer().notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull(),
  },
  (t) => [
    index("talent_pools_company").on(t.companyId, t.name),
    check("talent_pools_grace", sql`${t.graceDays} BETWEEN 0 AND 90`),
  ],
);

/** One row per pool and worker, its status changing over time (the history holds each change). */
export const talentPoolMembers = pgTable(
  "talent_pool_members",
  {
    poolId: uuid()
      .notNull()
      .references(() => talentPools.id),
    workerId: uuid()
      .notNull()
      .references(() => users.id),
    status: memberStatus().notNull(),
    removeAfter: at(),
    updatedAt: at().notNull(),
  },
  (t) => [primaryKey({ columns: [t.poolId, t.workerId] }), index("talent_pool_members_worker").on(t.workerId)],
);
