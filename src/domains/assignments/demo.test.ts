import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { companies } from "#domains/companies/index";
import { talent } from "#domains/talent/index";
import { workers } from "#domains/workers/index";
import { createLocalStorage, setStorage } from "#platform/storage";
import { testApp } from "#test/harness";
import { assignmentStatuses } from "./contract";
import { demo } from "./demo";

const t = await testApp();
const files = createLocalStorage(mkdtempSync(path.join(tmpdir(), "worklane-demo-files-")));
setStorage(files);

async function firstBytes(key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await files.get(key)) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).subarray(0, 8);
}

describe("the assignments demo", () => {
  it("puts a believable set of assignments in every status, through the actions, and is repeatable", async () => {
    const random = (() => {
      let state = 7;
      return () => {
        state = (state * 16807) % 2147483647;
        return state / 2147483647;
      };
    })();
    const run = async () => {
      // The demos this one builds on, in registry order, then this one.
      for (const step of [companies.demo, workers.demo, talent.demo, demo]) {
        await step?.(t.ctx(), { random, scale: 0.1, progress: () => undefined });
      }
    };
    await run();
    const counted = await t.db.execute<{ status: string; n: number }>(
      sql`SELECT status, count(*)::int AS n FROM assignments GROUP BY status`,
    );
    const byStatus = Object.fromEntries(
      (counted as unknown as { rows: { status: string; n: number }[] }).rows.map((r) => [r.status, r.n]),
    );
    const seen = assignmentStatuses.filter((s) => (byStatus[s] ?? 0) > 0);
    expect(seen).toEqual(assignmentStatuses);
    const labels = await t.db.execute(
      sql`SELECT count(*)::int AS n FROM assignments WHERE hold_reason IS NOT NULL OR cancellation_fee IS NOT NULL`,
    );
    expect((labels as unknown as { rows: { n: number }[] }).rows[0]?.n).toBeGreaterThanOrEqual(2);
    // Submitted work carries two real photos for its photo requirement (PNG bytes, not a note saying so).
    const photos = await t.db.execute(sql`
      SELECT a.id, f.storage_key AS key, f.content_type AS type FROM assignments a
      JOIN assignment_files f ON f.assignment_id = a.id WHERE a.status = 'submitted'`);
    const rows = (photos as unknown as { rows: { id: string; key: string; type: string }[] }).rows;
    expect(rows.length).toBe(2 * (byStatus.submitted ?? 0));
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(["image/png"]));
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await firstBytes(rows[0]?.key ?? "")).toEqual(png);
    // One assignment went to the talent demo's three pools, with the reach recorded on its send.
    const pooled = await t.db.execute(
      sql`SELECT data->'pools' AS reach FROM events WHERE action = 'assignment.sent' AND data ? 'pools'`,
    );
    const reach = (pooled as unknown as { rows: { reach: { pools: unknown[]; members: number } }[] }).rows;
    expect(reach.length).toBe(1);
    expect(reach[0]?.reach.pools.length).toBe(3);
    expect(reach[0]?.reach.members).toBeGreaterThan(0);
    const total = Object.values(byStatus).reduce((a, b) => a + Number(b), 0);
    await run();
    const again = await t.db.execute(sql`SELECT count(*)::int AS n FROM assignments`);
    expect((again as unknown as { rows: { n: number }[] }).rows[0]?.n).toBeGreaterThanOrEqual(total);
  }, 120_000);
});
