import { randomUUID } from "node:crypto";
import { type Query, type SQL, sql } from "drizzle-orm";
import type { Ctx } from "./context";
import { actorId } from "./context";
import type { Executor } from "./db";
import { type Built, built, type Params, placeholders, run, toQuery } from "./prepared";
import { events } from "./tables";
import { Ctes, type Write } from "./write-together";

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
   * database as it was before the event row, which no probe reads. Built once per action and subject type (the
   * statement is built once, see `eventStatement`): it reads the event's values through `p` (`p.subjectId`), never
   * from a particular event.
   */
  probe?(p: Params<EventValues>, shape: EventShape): SQL | null;
  run(tx: Executor, ctx: Ctx, event: RecordedEvent, probed: unknown): Promise<void>;
}

/** What an event's statement is built for: its hooks (and so its probes) follow from these. */
export interface EventShape {
  action: string;
  subject: { type: string };
}

/** An event row's values as the statement built once takes them (timestamps as ISO text, data as JSON text). */
export interface EventValues {
  id: string;
  at: string;
  actorKind: string;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  data: string;
  requestId: string | null;
  ip: string | null;
}

/** What a hook receives: the event as written, with its id (webhooks name it in their payload). */
export type RecordedEvent = EventInput & { id: string };

const hooksByAction = new Map<string, EventHook[]>();

/** Replaces the installed hooks (the registry calls it once with every domain's). */
export function installEventHooks(hooks: readonly EventHook[]): void {
  hooksByAction.clear();
  heads.clear();
  for (const hook of hooks) {
    for (const action of hook.actions) {
      hooksByAction.set(action, [...(hooksByAction.get(action) ?? []), hook]);
    }
  }
}

/**
 * The event's insert and its hooks' probes as CTEs, built once per action and subject type (issue 10: Drizzle built
 * this text on every write), with the parameter numbers shifted past `offset` writes' own (the caller's `alongside`
 * come first in the statement, numbered from $1). Shifting is safe on this text: it holds no `$` but its parameters.
 */
const heads = new Map<string, { query: Query; shifted: Map<number, string> }>();

function eventHead(shape: EventShape, offset: number): Query {
  const key = `${shape.action}\u0000${shape.subject.type}`;
  let head = heads.get(key);
  if (!head) {
    const p = placeholders as Params<EventValues>;
    const hooks = hooksByAction.get(shape.action) ?? [];
    const columns = hooks.map((hook, i) => sql`${hook.probe?.(p, shape) ?? sql`NULL`} AS ${sql.identifier(`p${i}`)}`);
    const query = toQuery(sql`"w0" AS (
        INSERT INTO ${events} (id, at, actor_kind, actor_id, action, subject_type, subject_id, data, request_id, ip)
        VALUES (${p.id}::uuid, ${p.at}::timestamptz, ${p.actorKind}, ${p.actorId}::uuid, ${p.action}, ${p.subjectType},
          ${p.subjectId}::uuid, ${p.data}::jsonb, ${p.requestId}::text, ${p.ip}::text)
      ), "probed" AS (SELECT ${columns.length > 0 ? sql.join(columns, sql`, `) : sql`1 AS "none"`})`);
    head = { query, shifted: new Map() };
    heads.set(key, head);
  }
  if (offset === 0) {
    return head.query;
  }
  let text = head.shifted.get(offset);
  if (text === undefined) {
    text = head.query.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
    head.shifted.set(offset, text);
  }
  return { sql: text, params: head.query.params };
}

/** The statement of an event without writes of the caller's: built once per shape, as its head. */
const alone = new WeakMap<Query, Built>();

function eventStatement(shape: EventShape, writes: readonly Write[]): Built {
  if (writes.length === 0) {
    const head = eventHead(shape, 0);
    let statement = alone.get(head);
    if (!statement) {
      statement = built({ sql: `WITH ${head.sql} SELECT * FROM "probed"`, params: head.params });
      alone.set(head, statement);
    }
    return statement;
  }
  // The caller's writes are builders of its own, built here as they always were; the event's part is not.
  const own = toQuery(
    sql.join(
      writes.map((write, i) =>
        write instanceof Ctes ? write.getSQL() : sql`${sql.identifier(`a${i}`)} AS (${write.getSQL()})`,
      ),
      sql`, `,
    ),
  );
  const head = eventHead(shape, own.params.length);
  return built({
    sql: `WITH ${own.sql}, ${head.sql} SELECT * FROM "probed"`,
    params: [...own.params, ...head.params],
  });
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
  const values: EventValues = {
    id,
    at: ctx.now.toISOString(),
    actorKind: input.as?.kind ?? ctx.actor.kind,
    actorId: input.as?.id ?? actorId(ctx.actor),
    action: input.action,
    subjectType: input.subject.type,
    subjectId: input.subject.id,
    data: JSON.stringify(input.data ?? {}),
    requestId: ctx.requestId,
    ip: ctx.ip,
  };
  const writes = alongside.filter((write): write is Write => write !== null);
  // Every write runs whether or not the final SELECT reads it, all in one round trip (write-together.ts).
  const result = (await run(tx, eventStatement(input, writes), values)) as { rows: Record<string, unknown>[] };
  const probed = result.rows[0];
  const hooks = hooksByAction.get(input.action) ?? [];
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
