import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { companies, users } from "#domains/accounts/tables";
import { talentPools } from "../pools/tables";
import { type Answer, attemptStatuses, type Question, testStatuses } from "./contract";

const at = () => timestamp({ withTimezone: true, mode: "date" });

export const skillTestStatus = pgEnum("skill_test_status", testStatuses);
export const skillTestAttemptStatus = pgEnum("skill_test_attempt_status", attemptStatuses);

/** A company's test. Its questions (with their answers) are fixed once published, so every attempt takes the same. */
export const skillTests = pgTable(
  "skill_tests",
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    title: text().notNull(),
    description: text(),
    status: skillTestStatus().notNull(),
    questions: jsonb().$type<Question[]>().notNull(),
    passingScore: integer().notNull(),
    timeLimitMinutes: integer().notNull(),
    retakeAfterDays: integer(),
    showAnswers: boolean().notNull(),
    poolId: uuid().references(() => talentPools.id),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull(),
    publishedAt: at(),
  },
  (t) => [
    index("skill_tests_company").on(t.companyId, t.title),
    check("skill_tests_passing", sql`${t.passingScore} BETWEEN 1 AND 100`),
  ],
);

export const skillTestInvitations = pgTable(
  "skill_test_invitations",
  {
    testId: uuid()
      .notNull()
      .references(() => skillTests.id),
    workerId: uuid()
      .notNull()
      .references(() => users.id),
    invitedBy: uuid()
      .notNull()
      .references(() => users.id),
    invitedAt: at().notNull(),
  },
  (t) => [primaryKey({ columns: [t.testId, t.workerId] }), index("skill_test_invitations_worker").on(t.workerId)],
);

/**
 * One sitting of a test. `deadline` is fixed when it starts (the server refuses answers after it); `marks` are the
 * points per question (null while a short-text answer waits for a company member), `score` the final percentage.
 */
export const skillTestAttempts = pgTable(
  "skill_test_attempts",
  {
    id: uuid().primaryKey().defaultRandom(),
    testId: uuid()
      .notNull()
      .references(() => skillTests.id),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    workerId: uuid()
      .notNull()
      .references(() => users.id),
    status: skillTestAttemptStatus().notNull(),
    startedAt: at().notNull(),
    deadline: at().notNull(),
    submittedAt: at(),
    timedOut: boolean().notNull().default(false),
    answers: jsonb().$type<(Answer | null)[]>(),
    marks: jsonb().$type<(number | null)[]>(),
    score: integer(),
    passed: boolean(),
    gradedBy: uuid().references(() => users.id),
    gradedAt: at(),
  },
  (t) => [
    index("skill_test_attempts_worker").on(t.workerId, t.testId, t.startedAt),
    index("skill_test_attempts_test").on(t.testId, t.status),
  ],
);
