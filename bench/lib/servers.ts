import type { AddressInfo } from "node:net";
import Fastify, { type FastifyInstance } from "fastify";
import { domains } from "#domains/index";
import { createCtx } from "#platform/context";
import type { Database } from "#platform/db";
import { createLogger } from "#platform/log";
import { buildApp } from "../../src/app";

/** Requests a server has answered, and the ones it is still working on: per-request figures count what it served. */
export interface Served {
  answered: number;
  inflight: number;
}

export interface Server {
  url: string;
  served: Served;
  close(): Promise<void>;
}

async function listen(app: FastifyInstance): Promise<{ url: string; served: Served }> {
  const served: Served = { answered: 0, inflight: 0 };
  app.server.on("request", (_request, response) => {
    served.inflight++;
    response.on("close", () => {
      served.inflight--;
      served.answered++;
    });
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}`, served };
}

/** The real Worklane app, built and started as `npm start` does, with logging silenced and no job loop. */
export async function startWorklane(database: Database): Promise<Server> {
  const log = createLogger("silent");
  const ctx = createCtx({ db: database.db, log });
  for (const domain of domains) {
    await domain.init?.(ctx);
  }
  const { app } = await buildApp({ database, log, publicUrl: "http://127.0.0.1" });
  return { ...(await listen(app as unknown as FastifyInstance)), close: () => app.close() };
}

/** A second, minimal Fastify instance in the same process: the floor the real routes are compared with. */
export async function startBare(register: (app: FastifyInstance) => void): Promise<Server> {
  const app = Fastify({ logger: false });
  register(app);
  return { ...(await listen(app)), close: () => app.close() };
}
