import { describe, expect, it } from "vitest";
import { personActor } from "#platform/context";
import { act, assignedAssignment, call, draftAssignment, readyWorker, sentAssignment } from "#test/given";
import { testApp } from "#test/harness";
import { type PageRow, selectListPage } from "../list-page-steps";
import { selectAssignments } from "../list-steps";
import type { AssignmentQuery } from "../views";

const t = await testApp();
const HOUR = 3_600_000;
t.clock.set(new Date());

/**
 * The list page's hand-decoded rows (timestamps read as epoch milliseconds, amounts as numbers) against the rows
 * Drizzle maps from the same table for the CSV export, filter by filter: the same rows, in the same order, with the
 * same values.
 */
describe(`the list page's statements (${t.kind})`, () => {
  it("answer what Drizzle's mapping answers, for every filter kind, status form and a cursor", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const url = `/api/v1/assignments/${assignment.id}/requests`;
    const payload = { kind: "budget_increase", amount: 10_000, reason: "Parts" };
    const asked = (await call(t, assignee, { method: "POST", url, payload })).json();
    expect((await call(t, owner, { method: "POST", url: `${url}/${asked.id}/accept` })).statusCode).toBe(200);
    const other = await readyWorker(t);
    const held = await sentAssignment(t, owner, [other], { confirmationHours: 0 }, 48);
    await act(t, other, held.id, "accept");
    await act(t, owner, held.id, "hold", { reason: "Waiting for the landlord" });
    const done = await sentAssignment(t, owner, [other]);
    await act(t, other, done.id, "accept");
    await act(t, other, done.id, "submit", { hours: 2 });
    await act(t, owner, done.id, "approve");
    await draftAssignment(t, owner, { title: "Survey the Denver rooftop" });
    await sentAssignment(t, owner, [other]);
    t.clock.advance(50 * HOUR);

    const companyId = owner.me.company?.id ?? "";
    const ctx = t.ctx(personActor(owner.me.id, companyId, "admin"));
    const from = new Date(t.clock.now().getTime() - 10 * HOUR).toISOString();
    const to = new Date(t.clock.now().getTime() + 1000 * HOUR).toISOString();
    const queries: Partial<AssignmentQuery>[] = [
      {},
      { status: ["assigned"] },
      { status: ["draft", "assigned", "approved"], limit: 2 },
      { label: "late" },
      { label: "on_hold" },
      { q: "denver" },
      { workerId: other.me.id },
      { from },
      { from, to },
      { limit: 1 },
    ];
    const first = await selectListPage(ctx, { limit: 2 });
    const last = first.rows[1];
    const cursor = Buffer.from(JSON.stringify([last?.createdAt.toISOString(), last?.id])).toString("base64url");
    queries.push({ cursor, limit: 2 }, { cursor, status: ["assigned", "approved"], limit: 1 });

    for (const partial of queries) {
      const query = { limit: 25, ...partial } as AssignmentQuery;
      const { rows } = await selectListPage(ctx, query);
      const keys = Object.keys(rows[0] ?? {}).filter(
        (key) => key !== "now" && key !== "workerName",
      ) as (keyof PageRow)[];
      const mapped = (await selectAssignments(ctx, query, query.limit)).rows.map(({ row, workerName }) => ({
        ...Object.fromEntries(keys.map((key) => [key, row[key as keyof typeof row]])),
        workerName,
        now: ctx.now,
      }));
      expect(rows.length, JSON.stringify(partial)).toBeGreaterThan(0);
      expect(rows, JSON.stringify(partial)).toEqual(mapped);
    }
  });
});
