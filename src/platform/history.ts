import { randomUUID } from "node:crypto";
import { type SQL, sql } from "drizzle-orm";
import type { Ctx } from "./context";
import { actorId } from "./context";
import type { Executor } from "./db";
import { events } from "./tables";
import { type Write, writeTogether } from "./write-together";

export interface EventInput {
  /** `noun.past-tense`, the one vocabulary shared by history, notifications and webhooks. */
  action: string;
  subject: { type: string; id: string };
  data?: Record<string, unknown>;
  /** Who acted, when the request had no actor yet (sign-up, log-in, accepting an invitation). */
  as?: { kind: "user"; id: string };
}

/**
 * What a domain higher in the registry runs inside the transaction that records one of `actions`, so state it keeps
 * about a lower domain's records (the ratings domain's scorecards) commits with the change or not at all, while the
 * lower domain never imports the higher one. The registry installs every domain's hooks once (domains/index.ts).
 */
export interface EventHook {
  actions: readonly string[];
  /**
   * A scalar subquery read in the same statement as the event's insert (issue 10: a hook that first asks "is anyone
   * listening?" no longer costs every write a round trip of its own); its value reaches `run` as `probed`. It sees the
   * database as it was before the event row, which no probe reads.
   */
  probe?(event: RecordedEvent): SQL | null;
  run(tx: Executor, ctx: Ctx, event: RecordedEvent, probed: unknown): Promise<void>;
}

/** What a hook receives: the event as written, with its id (webhooks name it in their payload). */
export type RecordedEvent = EventInput & { id: string };

const hooksByAction = new Map<string, EventHook[]>();

/** Replaces the installed hooks (the registry calls it once with every domain's). */
export function installEventHooks(hooks: readonly EventHook[]): void {
  hooksByAction.clear();
  for (const hook of hooks) {
    for (const action of hook.actions) {
      hooksByAction.set(action, [...(hooksByAction.get(action) ?? []), hook]);
    }
  }
}

/**
 * Appends one event inside the caller's transaction, so the history commits with the change or not at all; answers
 * the event's id.
 */
export async function recordEvent(
  tx: Executor,
  ctx: Ctx,
  input: EventInput,
  /** Writes of the caller's own sent in the same statement (a list's totals): see write-together.ts. */
  alongside: readonly (Write | null)[] = [],
): Promise<string> {
  const id = randomUUID();
  const event = { ...input, id };
  const insert = tx.insert(events).values({
    id,
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
  const hooks = hooksByAction.get(input.action) ?? [];
  const probes = hooks.map((hook) => hook.probe?.(event) ?? null);
  const columns = probes.map((probe, i) => sql`${probe ?? sql`NULL`} AS ${sql.identifier(`p${i}`)}`);
  const probed = await writeTogether(
    tx,
    [insert, ...alongside],
    columns.length > 0 ? sql`SELECT ${sql.join(columns, sql`, `)}` : undefined,
  );
  for (const [i, hook] of hooks.entries()) {
    await hook.run(tx, ctx, event, probed?.[`p${i}`] ?? null);
  }
  return id;
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
