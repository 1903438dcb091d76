import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readlinkSync } from "node:fs";
import cookie from "@fastify/cookie";
import { sql } from "drizzle-orm";
import Fastify, { type FastifyPluginAsync } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { describe, expect, it, vi } from "vitest";
import { Problem } from "#shared/problems";
import { call, client, multipartFile, type Session, uniqueEmail, worker } from "#test/given";
import { testApp } from "#test/harness";
import { sha256 } from "./crypto";
import { registerAuth } from "./http/auth";
import { registerErrorHandling } from "./http/errors";
import type { App } from "./http/types";
import { registerUploads, uploadOf } from "./http/uploads";
import { registerIdempotency } from "./idempotency";
import { createLogger } from "./log";
import { idempotencyKeys } from "./tables";

const t = await testApp();
const HOUR = 3_600_000;

/** The platform hooks alone (errors, auth, idempotency) around routes a test declares: no domain in the way. */
async function bareApp(): Promise<App> {
  const app = Fastify({ loggerInstance: createLogger("silent") }).withTypeProvider() as unknown as App;
  await app.register(cookie);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerAuth(app, { db: t.db, log: createLogger("silent"), resolveActor: async () => "invalid", clock: t.clock.now });
  registerIdempotency(app, t.db);
  return app;
}

function createKey(as: Session, key: string, name: string) {
  return call(t, as, {
    method: "POST",
    url: "/api/v1/api-keys",
    headers: { "idempotency-key": key },
    payload: { name },
  });
}

async function keyCount(as: Session): Promise<number> {
  const list = await call(t, as, { method: "GET", url: "/api/v1/api-keys" });
  return (list.json() as { items: unknown[] }).items.length;
}

describe("Idempotency-Key", () => {
  it("replays the first response for the same key and body, without doing the work twice", async () => {
    const casey = await client(t);
    const key = randomUUID();
    const first = await createKey(casey, key, "deploy bot");
    expect(first.statusCode).toBe(201);
    expect(first.headers["idempotent-replayed"]).toBeUndefined();
    const again = await createKey(casey, key, "deploy bot");
    expect(again.statusCode).toBe(201);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.body).toBe(first.body);
    expect(await keyCount(casey)).toBe(1);
  });

  it("refuses the same key with another body with 422 idempotency_key_reused", async () => {
    const casey = await client(t);
    const key = randomUUID();
    expect((await createKey(casey, key, "first")).statusCode).toBe(201);
    const other = await createKey(casey, key, "second");
    expect(other.statusCode).toBe(422);
    expect(other.headers["content-type"]).toContain("application/problem+json");
    expect(other.json().code).toBe("idempotency_key_reused");
    expect(await keyCount(casey)).toBe(1);
  });

  it("stores a 4xx answer and replays it even after the cause is gone", async () => {
    const casey = await client(t);
    const taken = uniqueEmail("taken");
    await worker(t, { email: taken });
    const key = randomUUID();
    const invite = () =>
      call(t, casey, {
        method: "POST",
        url: "/api/v1/invitations",
        headers: { "idempotency-key": key },
        payload: { email: taken, role: "viewer" },
      });
    const first = await invite();
    expect(first.statusCode).toBe(409);
    expect(first.json().code).toBe("email_taken");
    const replay = await invite();
    expect(replay.statusCode).toBe(409);
    expect(replay.headers["idempotent-replayed"]).toBe("true");
    expect(replay.headers["content-type"]).toContain("application/problem+json");
    expect(replay.body).toBe(first.body);
  });

  it("forgets keys after 48 hours", async () => {
    const casey = await client(t);
    const key = randomUUID();
    expect((await createKey(casey, key, "nightly")).statusCode).toBe(201);
    t.clock.advance(47 * HOUR);
    expect((await createKey(casey, key, "nightly")).headers["idempotent-replayed"]).toBe("true");
    t.clock.advance(HOUR + 1000);
    const later = await createKey(casey, key, "nightly");
    t.clock.advance(-(48 * HOUR + 1000));
    expect(later.statusCode).toBe(201);
    expect(later.headers["idempotent-replayed"]).toBeUndefined();
    expect(await keyCount(casey)).toBe(2);
  });

  it("keeps keys per user: two users may use the same key for different requests", async () => {
    const [casey, wren] = [await client(t), await worker(t)];
    const key = randomUUID();
    const a = await createKey(casey, key, "casey's key");
    const b = await createKey(wren, key, "wren's key");
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(b.headers["idempotent-replayed"]).toBeUndefined();
    expect(b.json().apiKey.name).toBe("wren's key");
  });

  it("answers 409 while the first request with the key is still running", async () => {
    const casey = await client(t);
    const key = randomUUID();
    const payload = { name: "racing" };
    await t.db.insert(idempotencyKeys).values({
      scope: `user:${casey.me.id}`,
      key,
      requestHash: sha256(`POST /api/v1/api-keys\n${JSON.stringify(payload)}`),
      createdAt: t.clock.now(),
      expiresAt: new Date(t.clock.now().getTime() + HOUR),
    });
    const response = await createKey(casey, key, "racing");
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("idempotency_key_in_progress");
  });

  it("refuses a malformed key with 400", async () => {
    const casey = await client(t);
    const response = await createKey(casey, "x".repeat(300), "too long a key");
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe("validation_failed");
  });

  it("does not store a 5xx, so a retry with the same key can succeed", async () => {
    const app = await bareApp();
    let calls = 0;
    app.post("/flaky", { config: { auth: "public" } }, async () => {
      calls++;
      if (calls === 1) {
        throw new Error("the first attempt breaks");
      }
      return { calls };
    });
    const key = randomUUID();
    const send = () => app.inject({ method: "POST", url: "/flaky", headers: { "idempotency-key": key }, payload: {} });
    expect((await send()).statusCode).toBe(500);
    const retry = await send();
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.json()).toEqual({ calls: 2 });
    const replay = await send();
    expect(replay.headers["idempotent-replayed"]).toBe("true");
    expect(replay.json()).toEqual({ calls: 2 });
    expect(calls).toBe(2);
    await app.close();
  });
});

describe("Idempotency-Key after a failed statement", () => {
  it("stores a refusal whose transaction could not commit on its own, and replays it", async () => {
    const app = await bareApp();
    let calls = 0;
    app.post("/aborts", { config: { auth: "public" } }, async (request) => {
      calls++;
      // A failed statement aborts the held transaction: the answer cannot be written beside it.
      await request.ctx.db.execute(sql`SELECT 1 / 0`).catch(() => undefined);
      throw new Problem("not_found", "No such thing.");
    });
    const key = randomUUID();
    const send = () => app.inject({ method: "POST", url: "/aborts", headers: { "idempotency-key": key }, payload: {} });
    const first = await send();
    expect(first.statusCode, first.body).toBe(404);
    const replay = await send();
    expect(replay.statusCode).toBe(404);
    expect(replay.headers["idempotent-replayed"]).toBe("true");
    expect(replay.body).toBe(first.body);
    expect(calls).toBe(1);
    await app.close();
  });
});

describe("Idempotency-Key on a multipart upload", () => {
  /** An upload route as the domains declare one; `hold` keeps the first request running until it resolves. */
  async function uploadApp(hold: Promise<void> = Promise.resolve()) {
    const app = await bareApp();
    const handled: string[] = [];
    const spooled: string[] = [];
    let entered: () => void = () => undefined;
    const inHandler = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const routes: FastifyPluginAsync = async (plain) => {
      const scope = plain as unknown as App;
      await registerUploads(scope);
      scope.post("/files", { config: { auth: "public" } }, async (req, reply) => {
        spooled.push(...(req.savedRequestFiles ?? []).map((file) => file.filepath));
        const upload = await uploadOf(req);
        const bytes = Buffer.concat(await upload.stream.toArray());
        const digest = createHash("sha256").update(bytes).digest("hex");
        handled.push(digest);
        entered();
        await hold;
        return reply.code(201).send({ id: randomUUID(), sha256: digest, fileName: upload.fileName });
      });
      // As an action that refuses (not found, wrong state) before it reads the file.
      scope.post("/refused", { config: { auth: "public" } }, async (req) => {
        spooled.push(...(req.savedRequestFiles ?? []).map((file) => file.filepath));
        await uploadOf(req);
        throw new Problem("not_found", "No such requirement.");
      });
    };
    await app.register(routes);
    const send = (key: string | null, bytes: Buffer, name = "photo.png", url = "/files") => {
      const form = multipartFile(bytes, name, "image/png");
      const headers = { ...form.headers, ...(key ? { "idempotency-key": key } : {}) };
      return app.inject({ method: "POST", url, payload: form.payload, headers });
    };
    return { app, handled, spooled, inHandler, send };
  }

  it("replays the first answer for a retry with the same key and bytes; the handler runs once", async () => {
    const { app, handled, spooled, send } = await uploadApp();
    const bytes = Buffer.from("the same bytes, sent twice");
    const key = randomUUID();
    const first = await send(key, bytes);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    const retry = await send(key, bytes);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(retry.body).toBe(first.body);
    expect(handled).toHaveLength(1);
    // The keyed upload was read to a temporary file first, which is gone once the response ended.
    expect(spooled).toHaveLength(1);
    await vi.waitFor(() => expect(spooled.filter((file) => existsSync(file))).toEqual([]));
    await app.close();
  });

  it("refuses the same key with other bytes or another file name with 422, and streams as before without a key", async () => {
    const { app, handled, send } = await uploadApp();
    const key = randomUUID();
    expect((await send(key, Buffer.from("version one"))).statusCode).toBe(201);
    for (const [bytes, name] of [
      [Buffer.from("version two"), "photo.png"],
      [Buffer.from("version one"), "other.png"],
    ] as const) {
      const reused = await send(key, bytes, name);
      expect(reused.statusCode, name).toBe(422);
      expect(reused.json().code).toBe("idempotency_key_reused");
    }
    const unkeyed = [await send(null, Buffer.from("a")), await send(null, Buffer.from("a"))];
    expect(unkeyed.map((r) => r.statusCode)).toEqual([201, 201]);
    expect(handled).toHaveLength(3);
    await app.close();
  });

  it("answers 409 to a retry while the first upload with the key is still running (PostgreSQL), or waits and replays (PGlite)", async () => {
    let release: () => void = () => undefined;
    const { app, handled, inHandler, send } = await uploadApp(
      new Promise<void>((resolve) => {
        release = resolve;
      }),
    );
    const key = randomUUID();
    const bytes = Buffer.from("a slow upload");
    const first = send(key, bytes);
    await inHandler;
    const second = send(key, bytes);
    if (t.kind === "postgres") {
      const refused = await second;
      expect(refused.statusCode).toBe(409);
      expect(refused.json().code).toBe("idempotency_key_in_progress");
      release();
      expect((await first).statusCode).toBe(201);
    } else {
      // PGlite runs one transaction at a time: the retry waits for the first to commit and is given its answer.
      release();
      const [done, replayed] = await Promise.all([first, second]);
      expect(done.statusCode).toBe(201);
      expect(replayed.headers["idempotent-replayed"]).toBe("true");
      expect(replayed.body).toBe(done.body);
    }
    expect(handled).toHaveLength(1);
    await app.close();
  });

  it("refuses a file above the limit with 413 before the key is taken", async () => {
    const { app, handled, send } = await uploadApp();
    const key = randomUUID();
    const tooLarge = await send(key, Buffer.alloc(10 * 1024 * 1024 + 1));
    expect(tooLarge.statusCode, tooLarge.body).toBe(413);
    expect(tooLarge.json().code).toBe("payload_too_large");
    expect((await send(key, Buffer.from("small enough"))).statusCode).toBe(201);
    expect(handled).toHaveLength(1);
    await app.close();
  });

  it("opens nothing when the action refuses before reading the file, and leaves no temporary file", async () => {
    const { app, spooled, send } = await uploadApp();
    for (let i = 0; i < 3; i++) {
      const refused = await send(randomUUID(), Buffer.from("never read"), "photo.png", "/refused");
      expect(refused.statusCode, refused.body).toBe(404);
    }
    expect(spooled).toHaveLength(3);
    await vi.waitFor(() => expect(spooled.filter((file) => existsSync(file))).toEqual([]));
    // Opening the deleted file later would throw with no listener (the process dies); holding it open leaks it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (existsSync("/proc/self/fd")) {
      const links = readdirSync("/proc/self/fd").map((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`);
        } catch {
          return "";
        }
      });
      expect(links.filter((link) => spooled.some((file) => link.startsWith(file)))).toEqual([]);
    }
    await app.close();
  });
});
