import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { users } from "#domains/accounts/tables";
import { assignmentRecipients, assignments, assignmentTimeLogs } from "#domains/assignments/tables";
import { act, assignedAssignment, readyWorker, sentAssignment } from "#test/given";
import { testApp } from "#test/harness";
import { selectBatch } from "./select-batch";

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
    });
    const plain = queries();
    const expected = {
      row: await plain.row,
      logs: await plain.logs,
      recipients: await plain.recipients,
      none: await plain.none,
    };
    expect(expected.row).toHaveLength(1);
    expect(expected.logs).toHaveLength(1);
    expect(expected.recipients).toHaveLength(2);
    expect(expected.recipients[0]?.nobody).toBeNull();
    expect(await selectBatch(t.db, queries())).toEqual(expected);
  });
});
