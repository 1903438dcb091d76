import type { Ctx } from "#platform/context";
import { decodeCursor, toPage } from "#platform/pagination";
import { Problem } from "#shared/problems";
import type { DrillDownQuery, FigureKey, ScorecardSubject } from "../contract";
import { figureView } from "../figures";
import { contributionsOf, readScorecard } from "../scorecard-steps";
import type { DrillDown } from "../views";

const badCursor = () =>
  new Problem("validation_failed", "The cursor is not valid; start again from the first page.", {}, [
    { pointer: "/querystring/cursor", message: "Invalid cursor." },
  ]);

function cursorOf(raw: string | undefined): [string, number] | null {
  const key = decodeCursor(raw);
  if (!key) {
    return null;
  }
  const [at, id] = key;
  if (typeof at !== "string" || Number.isNaN(Date.parse(at)) || !Number.isSafeInteger(id)) {
    throw badCursor();
  }
  return [at, Number(id)];
}

/**
 * The contributions behind one scorecard figure (issue 14 item 5): each assignment or invoice with its value and
 * what happened, newest first, with the figure and its definition. Open to the same readers as the scorecard.
 */
export async function drillDown(
  ctx: Ctx,
  subject: ScorecardSubject,
  id: string,
  figure: FigureKey,
  query: DrillDownQuery,
): Promise<DrillDown> {
  const { sums, live } = await readScorecard(ctx.db, subject, id, ctx.now);
  const key = { subject, subjectId: id, figure, window: query.window };
  const rows = await contributionsOf(ctx.db, key, ctx.now, { after: cursorOf(query.cursor), limit: query.limit });
  const page = toPage(rows, query.limit, (r) => [r.at.toISOString(), r.id]);
  return {
    figure: figureView(subject, id, figure, query.window, sums[query.window], live[query.window]),
    items: page.items.map((r) => ({
      at: r.at.toISOString(),
      assignmentId: r.assignmentId,
      value: r.value,
      note: r.note,
    })),
    nextCursor: page.nextCursor,
  };
}
