import { sql } from "drizzle-orm";
import { check, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { accountTypes, companyRoles, staffRoles } from "./contract";

const at = () => timestamp({ withTimezone: true, mode: "date" });

export const accountType = pgEnum("account_type", accountTypes);
export const companyRole = pgEnum("company_role", companyRoles);
export const staffRole = pgEnum("staff_role", staffRoles);

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull(),
    accountType: accountType().notNull(),
    staffRole: staffRole(),
    passwordHash: text().notNull(),
    createdAt: at().notNull(),
    suspendedAt: at(),
    /** Null until the person opens the link emailed at sign-up; invitations and staff accounts start verified. */
    emailVerifiedAt: at(),
    /** The IANA zone the person reads times in (GET /me); null: their worker profile's zone, else the browser's. */
    timeZone: text(),
  },
  (t) => [
    uniqueIndex("users_email_idx").on(t.email),
    check("users_staff_role", sql`(${t.accountType} = 'staff') = (${t.staffRole} IS NOT NULL)`),
  ],
);

/** The tenant. Its richer profile lives in the companies domain and is optional until first edited. */
export const companies = pgTable("companies", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  createdAt: at().notNull(),
});

/** A client user belongs to exactly one company. */
export const memberships = pgTable(
  "memberships",
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    role: companyRole().notNull(),
    createdAt: at().notNull(),
  },
  (t) => [index().on(t.companyId)],
);

export const sessions = pgTable(
  "sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    tokenHash: text().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull(),
    expiresAt: at().notNull(),
    revokedAt: at(),
    ip: text(),
    userAgent: text(),
  },
  (t) => [uniqueIndex("sessions_token_idx").on(t.tokenHash), index().on(t.userId)],
);

export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    name: text().notNull(),
    prefix: text().notNull(),
    tokenHash: text().notNull(),
    createdAt: at().notNull(),
    lastUsedAt: at(),
    expiresAt: at(),
    revokedAt: at(),
  },
  (t) => [uniqueIndex("api_keys_token_idx").on(t.tokenHash), index().on(t.userId)],
);

export const passwordResets = pgTable(
  "password_resets",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    tokenHash: text().notNull(),
    createdAt: at().notNull(),
    expiresAt: at().notNull(),
    usedAt: at(),
  },
  (t) => [uniqueIndex("password_resets_token_idx").on(t.tokenHash)],
);

export const invitations = pgTable(
  "invitations",
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    email: text().notNull(),
    role: companyRole().notNull(),
    tokenHash: text().notNull(),
    invitedBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull(),
    expiresAt: at().notNull(),
    acceptedAt: at(),
    revokedAt: at(),
  },
  (t) => [uniqueIndex("invitations_token_idx").on(t.tokenHash), index().on(t.companyId)],
);

/** One-time links that prove a new account owns its email (sign-up, "send the link again"). */
export const emailVerifications = pgTable(
  "email_verifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    tokenHash: text().notNull(),
    createdAt: at().notNull(),
    expiresAt: at().notNull(),
    usedAt: at(),
  },
  (t) => [uniqueIndex("email_verifications_token_idx").on(t.tokenHash), index().on(t.userId)],
);
