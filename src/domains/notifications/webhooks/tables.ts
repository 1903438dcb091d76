import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { companies, users } from "#domains/accounts/tables";
import { attemptTriggers, deliveryStatuses } from "./contract";

const at = () => timestamp({ withTimezone: true, mode: "date" });

/** A company's webhook endpoints: where to send which event types, signed with the endpoint's secret. */
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    url: text().notNull(),
    description: text(),
    eventTypes: text().array().notNull(),
    /**
     * The Standard Webhooks signing secret (`whsec_…`). Kept readable because every delivery is signed with it; it
     * is shown to the admin once (create, rotate) and never answered again.
     */
    secret: text().notNull(),
    /** The secret before the last rotation: deliveries carry both signatures until `previousSecretUntil`. */
    previousSecret: text(),
    previousSecretUntil: at(),
    enabled: boolean().notNull().default(true),
    disabledReason: text({ enum: ["failing", "by_admin"] }),
    /** The first failed attempt since the last success; 3 days of failures disable the endpoint. */
    failingSince: at(),
    createdBy: uuid().references(() => users.id),
    createdAt: at().notNull(),
    updatedAt: at().notNull(),
    deletedAt: at(),
  },
  (t) => [index("webhook_endpoints_company_idx").on(t.companyId).where(sql`deleted_at IS NULL`)],
);

/**
 * One message to one endpoint: the body is fixed when the event commits and its id is the `webhook-id` header on
 * every attempt, retry and replay alike. The row is the delivery's state; the job queue only wakes it up.
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: uuid().primaryKey().defaultRandom(),
    endpointId: uuid()
      .notNull()
      .references(() => webhookEndpoints.id),
    companyId: uuid().notNull(),
    eventId: uuid(),
    eventType: text().notNull(),
    payload: text().notNull(),
    status: text({ enum: deliveryStatuses }).notNull().default("pending"),
    attempts: integer().notNull().default(0),
    /** What woke the next attempt (event, retry, replay, test), written into its log row. */
    nextTrigger: text({ enum: attemptTriggers }).notNull().default("event"),
    nextAttemptAt: at(),
    /** While `sending`: when a process that died mid-request is presumed gone and the attempt is tried again. */
    leaseUntil: at(),
    deliveredAt: at(),
    createdAt: at().notNull(),
  },
  (t) => [
    index("webhook_deliveries_endpoint_idx").on(t.endpointId, t.createdAt.desc(), t.id.desc()),
    index("webhook_deliveries_sending_idx").on(t.leaseUntil).where(sql`status = 'sending'`),
  ],
);

/** The log of every attempt: what the receiver answered (status, the first 2 KB of the body) or why none came. */
export const webhookAttempts = pgTable(
  "webhook_attempts",
  {
    id: uuid().primaryKey().defaultRandom(),
    deliveryId: uuid()
      .notNull()
      .references(() => webhookDeliveries.id),
    at: at().notNull(),
    trigger: text({ enum: attemptTriggers }).notNull(),
    /** The request as sent: URL, the three Standard Webhooks headers. */
    request: text().notNull(),
    responseStatus: integer(),
    responseBody: text(),
    error: text(),
    durationMs: integer().notNull(),
  },
  (t) => [index("webhook_attempts_delivery_idx").on(t.deliveryId, t.at.desc())],
);
