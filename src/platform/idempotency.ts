import { and, eq, lt, sql } from "drizzle-orm";
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { Problem } from "#shared/problems";
import { sha256 } from "./crypto";
import type { Db, Executor, Tx } from "./db";
import { faultPoint } from "./faults";
import { honoursIdempotencyKey } from "./http/route-contract";
import type { App } from "./http/types";
import { defineJob } from "./jobs";
import { type Params, preparedSelect, preparedStatement } from "./prepared";
import { idempotencyKeys } from "./tables";

const KEY_TTL_MS = 48 * 3_600_000;
const Key = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[\x21-\x7e]+$/);

/** A transaction held open across a request's hooks: the handler's work and the stored answer commit together. */
interface HeldTransaction {
  tx: Tx;
  /** Commits (true) or rolls back (false) and resolves once the database has done it. Safe to call twice. */
  end(commit: boolean): Promise<void>;
}

interface HeldKey {
  scope: string;
  key: string;
  requestHash: string;
  held: HeldTransaction;
}

declare module "fastify" {
  interface FastifyRequest {
    idempotency?: HeldKey;
  }
}

const rollback = Symbol("rollback");

function openTransaction(db: Db): Promise<HeldTransaction> {
  return new Promise((opened, failed) => {
    let decide: (commit: boolean) => void = () => undefined;
    const decision = new Promise<boolean>((resolve) => {
      decide = resolve;
    });
    let ended: Promise<void> | null = null;
    const finished = db
      .transaction(async (tx) => {
        opened({
          tx,
          end(commit) {
            decide(commit);
            ended ??= finished;
            return ended;
          },
        });
        if (!(await decision)) {
          throw rollback;
        }
      })
      .catch((error: unknown) => {
        if (error !== rollback) {
          failed(error);
          throw error;
        }
      });
    // Whoever ends the transaction awaits `finished`; this only keeps an unawaited failure from crashing the process.
    finished.catch(() => undefined);
  });
}

/**
 * Idempotency-Key as payment APIs do it: the first response for a key (errors too) is stored and replayed for the
 * same key and body; the same key with a different body is refused; keys expire after two days. A 5xx is not
 * stored, so a retry can succeed.
 *
 * Crash safety: a keyed request runs in one transaction that the hooks hold open from preHandler to onSend; every
 * `ctx.transaction` inside it is a savepoint, and the stored answer is written in the same transaction just before
 * it commits. A crash before the commit leaves nothing (the retry runs the action afresh); a crash after it leaves
 * the answer (the retry replays it). No key is ever left "in progress". While the transaction is open a
 * transaction-scoped advisory lock on the key answers a concurrent duplicate with 409 (on PostgreSQL; PGlite runs
 * one transaction at a time, so the duplicate simply waits and is replayed).
 */
export function registerIdempotency(app: App, db: Db): void {
  app.addHook("preHandler", async (request, reply) => {
    const header = request.headers["idempotency-key"];
    if (header === undefined || !honoursIdempotencyKey(request.routeOptions)) {
      return;
    }
    const parsed = Key.safeParse(header);
    if (!parsed.success) {
      throw new Problem("validation_failed", "The Idempotency-Key header must be 1–255 visible ASCII characters.", {}, [
        { pointer: "/headers/idempotency-key", message: "Invalid Idempotency-Key." },
      ]);
    }
    const actor = request.ctx.actor;
    const scope = actor.kind === "user" ? `user:${actor.userId}` : `ip:${request.ip}`;
    // On an upload route the body here is the digest registerUploads made of the parts (the file by its SHA-256),
    // so the key covers the file's bytes like any JSON body.
    const requestHash = sha256(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`);
    const key = parsed.data;
    const held = await openTransaction(db);
    let stored: typeof idempotencyKeys.$inferSelect | undefined;
    try {
      stored = await findStored(held.tx, scope, key, request.ctx.now);
    } catch (error) {
      await held.end(false);
      throw error;
    }
    if (stored === undefined) {
      request.idempotency = { scope, key, requestHash, held };
      request.ctx.db = held.tx;
      request.ctx.transaction = (fn) => held.tx.transaction(fn);
      return;
    }
    await held.end(false);
    return replay(reply, stored, requestHash);
  });

  // Callback hooks, not async ones: every request passes them and most hold nothing (a promise each otherwise).
  app.addHook("onSend", (request, reply, payload, done) => {
    const holding = request.idempotency;
    if (!holding) {
      done(null, payload);
      return;
    }
    // Cleared first: if recording fails, the error answer passes through this hook again.
    request.idempotency = undefined;
    record(db, holding, reply, payload, request.ctx.now).then(() => done(null, payload), done);
  });

  // A request that ends without onSend (the client went away, a hijacked reply) must not keep its transaction.
  const abandon = (request: FastifyRequest, done: () => void) => {
    const holding = request.idempotency;
    request.idempotency = undefined;
    if (!holding) {
      done();
      return;
    }
    holding.held.end(false).then(done, done);
  };
  app.addHook("onResponse", (request, _reply, done) => abandon(request, done));
  app.addHook("onRequestAbort", abandon);
  app.addHook("onTimeout", (request, _reply, done) => abandon(request, done));
}

// Built once (prepared.ts): the web app sends a key with every write, so these run on each of them.
const dropExpired = preparedStatement(
  (p: Params<{ scope: string; key: string; now: string }>) =>
    sql`DELETE FROM ${idempotencyKeys} WHERE ${idempotencyKeys.scope} = ${p.scope} AND ${idempotencyKeys.key} = ${p.key}
    AND ${idempotencyKeys.expiresAt} < ${p.now}::timestamptz`,
);

const storedAnswer = preparedSelect((db: Executor, p: Params<{ scope: string; key: string }>) =>
  db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, p.scope), eq(idempotencyKeys.key, p.key))),
);

interface AnswerRow {
  scope: string;
  key: string;
  requestHash: string;
  statusCode: number;
  responseBody: string;
  contentType: string;
  createdAt: string;
  expiresAt: string;
}

/** `alone`: a refusal stored outside the action's transaction, where a retry may have stored it first. */
const storeAnswer = preparedStatement((p: Params<AnswerRow>, alone: boolean) => {
  const conflict = alone ? sql` ON CONFLICT DO NOTHING` : sql``;
  return sql`INSERT INTO ${idempotencyKeys}
      ("scope", "key", "request_hash", "status_code", "response_body", "content_type", "created_at", "expires_at")
    VALUES (${p.scope}, ${p.key}, ${p.requestHash}, ${p.statusCode}::int, ${p.responseBody}, ${p.contentType},
      ${p.createdAt}::timestamptz, ${p.expiresAt}::timestamptz)${conflict}`;
});

/** The stored answer for the key, under a lock that a concurrent request with the same key cannot also take. */
async function findStored(tx: Tx, scope: string, key: string, now: Date) {
  const result = await tx.execute(
    sql`SELECT pg_try_advisory_xact_lock(hashtextextended(${`${scope}\n${key}`}, 0)) AS locked`,
  );
  if (!(result as unknown as { rows: { locked: boolean }[] }).rows[0]?.locked) {
    throw new Problem(
      "idempotency_key_in_progress",
      "The first request with this Idempotency-Key is still running; retry shortly.",
    );
  }
  await dropExpired(tx, { scope, key, now: now.toISOString() });
  const [stored] = await storedAnswer(tx, { scope, key });
  return stored;
}

function replay(reply: FastifyReply, stored: typeof idempotencyKeys.$inferSelect, requestHash: string) {
  if (stored.requestHash !== requestHash) {
    throw new Problem("idempotency_key_reused", "This Idempotency-Key was already used for a different request.");
  }
  if (stored.statusCode === null) {
    // Only rows written before answers were stored in the action's transaction lack one; they expire in 48 h.
    throw new Problem(
      "idempotency_key_in_progress",
      "The first request with this Idempotency-Key is still running; retry shortly.",
    );
  }
  reply.header("idempotent-replayed", "true");
  return reply
    .code(stored.statusCode)
    .type(stored.contentType ?? "application/json")
    .serializer((body: unknown) => body as string)
    .send(stored.responseBody ?? "");
}

/**
 * Writes the answer beside the action's writes and commits both. A 5xx rolls everything back so a retry can run; so
 * does a 429, which asks the client to retry the same request later (kept, the retry would meet the refusal again).
 */
async function record(db: Db, holding: HeldKey, reply: FastifyReply, payload: unknown, now: Date): Promise<void> {
  const { held, scope, key } = holding;
  if (reply.statusCode >= 500 || reply.statusCode === 429 || typeof payload !== "string") {
    await held.end(false);
    return;
  }
  const row: AnswerRow = {
    scope,
    key,
    requestHash: holding.requestHash,
    statusCode: reply.statusCode,
    responseBody: payload,
    contentType: String(reply.getHeader("content-type") ?? "application/json"),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + KEY_TTL_MS).toISOString(),
  };
  try {
    await storeAnswer(held.tx, row, false);
    faultPoint("idempotency.before-commit", key);
    await held.end(true);
  } catch (error) {
    await held.end(false).catch(() => undefined);
    if (reply.statusCode < 400) {
      // The action did not commit: the client must not be told it did.
      throw error;
    }
    // A refusal whose transaction could not commit (a failed statement aborts it) changed nothing: store it alone.
    await storeAnswer(db, row, true).catch(() => undefined);
  }
  faultPoint("idempotency.after-commit", key);
}

export const expireIdempotencyKeysJob = defineJob({
  name: "platform.expire-idempotency-keys",
  payload: z.object({}),
  everySeconds: 3600,
  async run(ctx) {
    await ctx.transaction((tx) => tx.delete(idempotencyKeys).where(lt(idempotencyKeys.expiresAt, ctx.now)));
  },
});
