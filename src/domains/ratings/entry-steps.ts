/**
 * Scorecard entries: each contribution is written once, inside the transaction of the event that caused it (hooks.ts,
 * steps.ts); its day's, month's and all-time sums follow at commit (scorecard-steps.ts reads them).
 */
import { sql } from "drizzle-orm";
import type { Executor } from "#platform/db";
import { preparedStatement } from "#platform/prepared";
import { sendWithNextStatement } from "#platform/statement-rides";
import type { FigureKey, ScorecardSubject } from "./contract";
export interface Contribution {
  subject: ScorecardSubject;
  subjectId: string;
  figure: FigureKey;
  /** What makes the contribution unique for its figure (an assignment, an invoice, an event's time). */
  ref: string;
  assignmentId: string | null;
  /** The company behind a worker's contribution (its own history with the worker). */
  companyId: string | null;
  at: Date;
  value: number;
  note: string;
}

/** Adds one contribution; a second call with the same ref adds nothing (events replayed, first check-in only). */
export async function addContribution(tx: Executor, c: Contribution): Promise<boolean> {
  return (await addContributions(tx, [c])) === 1;
}

/**
 * Adds contributions in ONE statement; their day's, month's and all-time sums follow inside COMMIT (migration 0035's
 * deferred trigger: those rows are shared by every contribution of a subject, and a lock taken here was held through
 * the rest of the action). A replayed ref adds nothing. Days and months are UTC, as `utcDay`/`utcMonth` compute them
 * for reads; the sums show the transaction's own entries only once it commits.
 */
export async function addContributions(tx: Executor, list: readonly Contribution[]): Promise<number> {
  if (list.length === 0) {
    return 0;
  }
  const [row] = await insertEntries(tx, {
    subjects: list.map((c) => c.subject),
    subjectIds: list.map((c) => c.subjectId),
    figures: list.map((c) => c.figure),
    refs: list.map((c) => c.ref),
    assignmentIds: list.map((c) => c.assignmentId),
    companyIds: list.map((c) => c.companyId),
    ats: list.map((c) => c.at.toISOString()),
    values: list.map((c) => c.value),
    notes: list.map((c) => c.note),
  });
  return Number(row?.added ?? 0);
}

/** addContributions for a caller that needs no count: the statement rides in front of the action's next one. */
export async function queueContributions(tx: Executor, list: readonly Contribution[]): Promise<void> {
  await sendWithNextStatement(tx, () => addContributions(tx, list));
}

interface EntryArrays {
  subjects: string[];
  subjectIds: string[];
  figures: string[];
  refs: string[];
  assignmentIds: (string | null)[];
  companyIds: (string | null)[];
  ats: string[];
  values: number[];
  notes: string[];
}

/** Built once (issue 10): the entries come as arrays through `unnest`, so their number leaves the text alone. */
const insertEntries = preparedStatement<{ added: number }, EntryArrays>(
  (p) => sql`
    WITH e AS (
      INSERT INTO scorecard_entries (subject, subject_id, figure, ref, assignment_id, company_id, at, value, note)
      SELECT c.subject::scorecard_subject, c.subject_id::uuid, c.figure, c.ref, c.assignment_id::uuid,
        c.company_id::uuid, c.at::timestamptz, c.value, c.note
      FROM unnest(${p.subjects}::text[], ${p.subjectIds}::text[], ${p.figures}::text[], ${p.refs}::text[],
        ${p.assignmentIds}::text[], ${p.companyIds}::text[], ${p.ats}::text[], ${p.values}::float8[], ${p.notes}::text[])
        AS c(subject, subject_id, figure, ref, assignment_id, company_id, at, value, note)
      ON CONFLICT DO NOTHING RETURNING 1
    )
    SELECT count(*)::int AS added FROM e`,
);
