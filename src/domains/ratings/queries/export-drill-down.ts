import { stringify } from "csv-stringify/sync";
import type { Ctx } from "#platform/context";
import type { ExportQuery, FigureKey, ScorecardSubject } from "../contract";
import { specOf } from "../figures";
import { contributionsOf } from "../scorecard-steps";

const EXPORT_LIMIT = 10_000;
const formulaStart = /^[=+\-@\t\r]/;
/** A cell a spreadsheet would run as a formula is prefixed with a quote (OWASP CSV injection). */
const cell = (value: string) => (formulaStart.test(value) ? `'${value}` : value);

/** The drill-down of one figure as CSV (at most 10,000 rows, newest first), with the definition in the first line. */
export async function exportDrillDownCsv(
  ctx: Ctx,
  subject: ScorecardSubject,
  id: string,
  figure: FigureKey,
  query: ExportQuery,
): Promise<string> {
  const key = { subject, subjectId: id, figure, window: query.window };
  const rows = await contributionsOf(ctx.db, key, ctx.now, { after: null, limit: EXPORT_LIMIT - 1 });
  const spec = specOf(subject, figure);
  return stringify([
    ["figure", "window", "at", "assignment_id", "value", "note", "definition"],
    ...rows
      .slice(0, EXPORT_LIMIT)
      .map((r) => [
        figure,
        query.window,
        r.at.toISOString(),
        r.assignmentId ?? "",
        String(r.value),
        cell(r.note),
        spec.definition,
      ]),
  ]);
}
