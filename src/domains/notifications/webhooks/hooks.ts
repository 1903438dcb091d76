/**
 * How events reach webhook deliveries without notifications importing the domains above it. Two doors:
 * - `provideWebhookSubject(type, …)`: the domain owning a kind of record (assignments, payments) says, when its
 *   index.ts loads, which company a record belongs to and what the company reads of it from the API (the snapshot),
 *   like `provideCompanySummary` in assignments.
 * - `webhookEventHooks`: the registry installs them (platform/history.ts), so `recordEvent` of a listed event type
 *   queues one delivery per enabled endpoint of that company that chose the type, inside the event's transaction.
 */
import { and, arrayContains, eq, isNull, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { actorId, type Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import type { EventHook, EventShape, EventValues, RecordedEvent } from "#platform/history";
import type { Params } from "#platform/prepared";
import { type WebhookPayload, webhookEventTypes } from "./contract";
import { queueDeliveries } from "./delivery-steps";
import { webhookEndpoints } from "./tables";

export interface WebhookSubject {
  /**
   * The company the record belongs to, as a scalar subquery (NULL when it has none: then nothing is sent). SQL, not
   * a read, so finding the endpoints is one statement on every event (issue 10: two round trips per write before).
   * The id is a placeholder of the statement built once (history.ts), to place where the id goes.
   */
  companyOf(id: SQLWrapper): SQL;
  /** The record as the company reads it from the API now; asked only when an endpoint wants the event. */
  snapshot(tx: Executor, id: string, now: Date): Promise<object | null>;
}

const subjects = new Map<string, WebhookSubject>();

export function provideWebhookSubject(type: string, subject: WebhookSubject): void {
  subjects.set(type, subject);
}

/** The body every delivery of this event carries (the same bytes to each endpoint and on every attempt). */
export function payloadOf(
  ctx: Pick<Ctx, "actor" | "now">,
  event: RecordedEvent,
  record: object | null,
): WebhookPayload {
  const actor = event.as ?? { kind: ctx.actor.kind, id: actorId(ctx.actor) };
  return {
    type: event.action,
    timestamp: ctx.now.toISOString(),
    data: {
      eventId: event.id,
      subject: event.subject,
      actor,
      changes: event.data ?? {},
      record: record as Record<string, unknown> | null,
    },
  };
}

/**
 * The company's enabled endpoints that chose this event, as one JSON array of [id, companyId] (NULL for none). Built
 * once per action and subject type (history.ts): the record's id is the placeholder `p.subjectId`.
 */
function listeningEndpoints(p: Params<EventValues>, shape: EventShape): SQL | null {
  const subject = subjects.get(shape.subject.type);
  if (!subject) {
    return null;
  }
  const chosen = and(
    eq(webhookEndpoints.companyId, subject.companyOf(p.subjectId)),
    eq(webhookEndpoints.enabled, true),
    isNull(webhookEndpoints.deletedAt),
    arrayContains(webhookEndpoints.eventTypes, [shape.action]),
  );
  return sql`(SELECT json_agg(json_build_array(${webhookEndpoints.id}, ${webhookEndpoints.companyId})) FROM ${webhookEndpoints} WHERE ${chosen})`;
}

async function deliverEvent(tx: Executor, ctx: Ctx, event: RecordedEvent, probed: unknown): Promise<void> {
  const subject = subjects.get(event.subject.type);
  const endpoints = (probed as [string, string][] | null) ?? [];
  const companyId = endpoints[0]?.[1];
  if (!subject || !companyId) {
    return;
  }
  const record = await subject.snapshot(tx, event.subject.id, ctx.now);
  await queueDeliveries(tx, ctx, {
    companyId,
    endpointIds: endpoints.map(([id]) => id),
    eventId: event.id,
    eventType: event.action,
    payload: JSON.stringify(payloadOf(ctx, event, record)),
    trigger: "event",
  });
}

export const webhookEventHooks: EventHook[] = [
  { actions: webhookEventTypes, probe: listeningEndpoints, run: deliverEvent },
];
