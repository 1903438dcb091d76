/** Opening a time log at check-in, as a statement built once (issue 10): every check-in writes one. */
import { sql } from "drizzle-orm";
import type { Executor } from "#platform/db";
import { preparedStatement } from "#platform/prepared";
import { assignmentTimeLogs } from "./tables";

const openStatement = preparedStatement<
  never,
  { assignmentId: string; workerId: string; at: string; note: string | null }
>(
  (p) => sql`INSERT INTO ${assignmentTimeLogs} (assignment_id, worker_id, checked_in_at, note)
    VALUES (${p.assignmentId}::uuid, ${p.workerId}::uuid, ${p.at}::timestamptz, ${p.note}::text)`,
);

export async function openTimeLog(
  tx: Executor,
  now: Date,
  assignmentId: string,
  workerId: string,
  note: string | null,
) {
  await openStatement(tx, { assignmentId, workerId, at: now.toISOString(), note });
}
