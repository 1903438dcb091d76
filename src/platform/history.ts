import type { Ctx } from "./context";
import { actorId } from "./context";
import type { Executor } from "./db";
import { events } from "./tables";

export interface EventInput {
  /** `noun.past-tense`, the one vocabulary shared by history, notifications and webhooks. */
  action: string;
  subject: { type: string; id: string };
  data?: Record<string, unknown>;
  /** Who acted, when the request had no actor yet (sign-up, log-in, accepting an invitation). */
  as?: { kind: "user"; id: string };
}

/** Appends one event inside the caller's transaction, so the history commits with the change or not at all. */
export async function recordEvent(tx: Executor, ctx: Ctx, input: EventInput): Promise<void> {
  await tx.insert(events).values({
    at: ctx.now,
    actorKind: input.as?.kind ?? ctx.actor.kind,
    actorId: input.as?.id ?? actorId(ctx.actor),
    action: input.action,
    subjectType: input.subject.type,
    subjectId: input.subject.id,
    data: input.data ?? {},
    requestId: ctx.requestId,
    ip: ctx.ip,
  });
}

/** The fields whose value changes, as `{ before, after }` maps for an event's data; unchanged fields are left out. */
export function diffFields<T extends object>(current: T, next: Partial<T>) {
  const before: Partial<T> = {};
  const after: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    const value = next[key];
    if (value !== undefined && JSON.stringify(current[key]) !== JSON.stringify(value)) {
      before[key] = current[key];
      after[key] = value;
    }
  }
  return { before, after, changed: Object.keys(after).length > 0 };
}
