/**
 * Opening and closing a time log as writes sent in the assignment event's statement (issue 10: `saveAssignment`'s
 * `writes`, one round trip fewer for check-in and submit). Neither depends on the assignment's UPDATE, and the
 * event's probes never read time logs, so sharing the statement's snapshot changes nothing; the one-open-log index
 * still refuses a second open log in the same transaction.
 */
import { sql } from "drizzle-orm";
import type { Write } from "#platform/write-together";
import { assignmentTimeLogs } from "./tables";

export const openTimeLogWrite = (now: Date, assignmentId: string, workerId: string, note: string | null): Write =>
  sql`INSERT INTO ${assignmentTimeLogs} (assignment_id, worker_id, checked_in_at, note)
    VALUES (${assignmentId}::uuid, ${workerId}::uuid, ${now.toISOString()}::timestamptz, ${note}::text)`;

/** Closes the open time log, if any, when what it answers does not matter (submitting hands in whatever is open). */
export const closeTimeLogWrite = (now: Date, assignmentId: string): Write =>
  sql`UPDATE ${assignmentTimeLogs} SET checked_out_at = ${now.toISOString()}::timestamptz
    WHERE assignment_id = ${assignmentId}::uuid AND checked_out_at IS NULL`;
