/**
 * The denial matrix's rows for blocking (issue 15 item 10), kept beside the matrix like the talent rows. The matrix's
 * other worker blocks the other company, a pair no other row routes work between, and `after` lifts the block so
 * the rows that follow see the world as before.
 */
import { expect } from "vitest";
import { call, type Session } from "./given";
import type { TestApp } from "./harness";

interface BlocksWorld {
  t: TestApp;
  admin: Session;
  otherAdmin: Session;
  worker: Session;
  otherWorker: Session;
}
interface BlocksRow {
  valid(w: BlocksWorld): Promise<{ as: Session | null; url: string; payload?: unknown; status: number }>;
  strangers?: (w: BlocksWorld) => Session[];
  after?: (w: BlocksWorld) => Promise<void>;
}

const blockBody = (w: BlocksWorld) => ({ companyId: w.otherAdmin.me.company?.id });

async function liftAll(w: BlocksWorld): Promise<void> {
  const mine = (await call(w.t, w.otherWorker, { method: "GET", url: "/api/v1/blocks" })).json().items;
  for (const block of mine as { id: string }[]) {
    await call(w.t, w.otherWorker, { method: "DELETE", url: `/api/v1/blocks/${block.id}` });
  }
}

async function madeBlock(w: BlocksWorld): Promise<string> {
  const made = await call(w.t, w.otherWorker, { method: "POST", url: "/api/v1/blocks", payload: blockBody(w) });
  expect(made.statusCode, made.body).toBe(201);
  return `/api/v1/blocks/${made.json().id}`;
}

export const blockRows: Record<string, BlocksRow> = {
  listBlocks: { valid: async (w) => ({ as: w.worker, url: "/api/v1/blocks", status: 200 }) },
  createBlock: {
    valid: async (w) => ({ as: w.otherWorker, url: "/api/v1/blocks", payload: blockBody(w), status: 201 }),
    after: liftAll,
  },
  removeBlock: {
    valid: async (w) => ({ as: w.otherWorker, url: await madeBlock(w), status: 200 }),
    // The blocked company and another worker: neither may see, let alone lift, the worker's block.
    strangers: (w) => [w.otherAdmin, w.worker],
  },
};
