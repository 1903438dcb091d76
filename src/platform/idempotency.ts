import { and, eq, lt } from "drizzle-orm";
import { z } from "zod";
import { Problem } from "#shared/problems";
import { sha256 } from "./crypto";
import type { Db } from "./db";
import { honoursIdempotencyKey } from "./http/route-contract";
import type { App } from "./http/types";
import { defineJob } from "./jobs";
import { idempotencyKeys } from "./tables";

const KEY_TTL_MS = 48 * 3_600_000;
const Key = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[\x21-\x7e]+$/);

declare module "fastify" {
  interface FastifyRequest {
    idempotency?: { scope: string; key: string };
  }
}

/**
 * Idempotency-Key as payment APIs do it: the first response for a key (errors too) is stored and replayed for the
 * same key and body; the same key with a different body is refused; keys expire after two days. A 5xx is not
 * stored, so a retry can succeed.
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
    const now = request.ctx.now;
    const key = parsed.data;
    const inserted = await db.transaction(async (tx) => {
      await tx
        .delete(idempotencyKeys)
        .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key), lt(idempotencyKeys.expiresAt, now)));
      return tx
        .insert(idempotencyKeys)
        .values({ scope, key, requestHash, createdAt: now, expiresAt: new Date(now.getTime() + KEY_TTL_MS) })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key });
    });
    if (inserted.length > 0) {
      request.idempotency = { scope, key };
      return;
    }
    const [stored] = await db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
    if (!stored || stored.requestHash !== requestHash) {
      throw new Problem("idempotency_key_reused", "This Idempotency-Key was already used for a different request.");
    }
    if (stored.statusCode === null) {
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
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const held = request.idempotency;
    if (!held) {
      return payload;
    }
    const where = and(eq(idempotencyKeys.scope, held.scope), eq(idempotencyKeys.key, held.key));
    if (reply.statusCode >= 500 || typeof payload !== "string") {
      await db.delete(idempotencyKeys).where(where);
    } else {
      const contentType = String(reply.getHeader("content-type") ?? "application/json");
      await db
        .update(idempotencyKeys)
        .set({ statusCode: reply.statusCode, responseBody: payload, contentType })
        .where(where);
    }
    return payload;
  });
}

export const expireIdempotencyKeysJob = defineJob({
  name: "platform.expire-idempotency-keys",
  payload: z.object({}),
  everySeconds: 3600,
  async run(ctx) {
    await ctx.transaction((tx) => tx.delete(idempotencyKeys).where(lt(idempotencyKeys.expiresAt, ctx.now)));
  },
});
