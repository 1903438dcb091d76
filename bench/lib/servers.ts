import type { AddressInfo } from "node:net";
import Fastify, { type FastifyInstance } from "fastify";
import { domains } from "#domains/index";
import { createCtx } from "#platform/context";
import type { Database } from "#platform/db";
import { createLogger } from "#platform/log";
import { buildApp } from "../../src/app";

export interface Server {
  url: string;
  close(): Promise<void>;
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address() as AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}

/** The real Worklane app, built and started as `npm start` does, with logging silenced and no job loop. */
export async function startWorklane(database: Database): Promise<Server> {
  const log = createLogger("silent");
  const ctx = createCtx({ db: database.db, log });
  for (const domain of domains) {
    await domain.init?.(ctx);
  }
  const { app } = await buildApp({ database, log, publicUrl: "http://127.0.0.1" });
  const url = await listen(app as unknown as FastifyInstance);
  return { url, close: () => app.close() };
}

/** A second, minimal Fastify instance in the same process: the floor the real routes are compared with. */
export async function startBare(register: (app: FastifyInstance) => void): Promise<Server> {
  const app = Fastify({ logger: false });
  register(app);
  const url = await listen(app);
  return { url, close: () => app.close() };
}
