import { asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { users } from "#domains/accounts/tables";
import { assignmentRecipients, assignments, assignmentTimeLogs } from "#domains/assignments/tables";
import { act, assignedAssignment, readyWorker, sentAssignment } from "#test/given";
import { testApp } from "#test/harness";
import { RawSelect, selectBatch } from "./select-batch";

const t = await testApp();

describe("selectBatch", () => {
  it("answers each query exactly as awaiting it alone does, on this database", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    await act(t, assignee, assignment.id, "check-in", {});
    const other = await sentAssignment(t, owner, [await readyWorker(t), await readyWorker(t)]);
    const answerer = alias(users, "answerer");
    // Every column kind the views read: timestamptz, numeric, bigint, jsonb, text[], enums, a left join that finds
    // nothing (a null object), an empty result and several rows in their ORDER BY order.
    const queries = () => ({
      row: t.db.select().from(assignments).where(eq(assignments.id, assignment.id)),
      logs: t.db.select().from(assignmentTimeLogs).where(eq(assignmentTimeLogs.assignmentId, assignment.id)),
      recipients: t.db
        .select({ recipient: assignmentRecipients, name: users.name, nobody: answerer })
        .from(assignmentRecipients)
        .innerJoin(users, eq(users.id, assignmentRecipients.workerId))
        .leftJoin(answerer, eq(answerer.id, assignmentRecipients.assignmentId))
        .where(eq(assignmentRecipients.assignmentId, other.id))
        .orderBy(asc(users.name)),
      none: t.db.select({ id: assignments.id }).from(assignments).where(eq(assignments.title, "no such title")),
      // A hand-written statement (a union with an aggregate), as the scorecard provides one.
      raw: new RawSelect<{ part: string; count: number; total: number | null }>(
        t.db,
        sql`SELECT 'a' AS part, count(*)::int AS count, 2.5::float8 AS total FROM ${assignments}
          UNION ALL SELECT 'b', 0, NULL`,
        ["part", "count", "total"],
      ),
    });
    const plain = queries();
    const expected = {
      row: await plain.row,
      logs: await plain.logs,
      recipients: await plain.recipients,
      none: await plain.none,
      raw: await plain.raw,
    };
    expect(expected.row).toHaveLength(1);
    expect(expected.logs).toHaveLength(1);
    expect(expected.recipients).toHaveLength(2);
    expect(expected.recipients[0]?.nobody).toBeNull();
    expect(expected.raw).toHaveLength(2);
    expect(await selectBatch(t.db, queries())).toEqual(expected);
  });
});
