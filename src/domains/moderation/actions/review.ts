import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import { ruleLabel } from "#shared/violation-rules";
import type { ReviewAppeal } from "../contract";
import { checkSanction, reviewAction } from "../lifecycle";
import { lockSanction, type SanctionRow, sanctionView } from "../scope";
import { notifyParty, saveSanction, scheduleEnd } from "../steps";
import type { SanctionView } from "../views";

const invalidEnd = (message: string) =>
  new Problem("validation_failed", message, {}, [{ pointer: "/body/endsAt", message }]);

/** The new end of a shortened sanction: in the future and before the old one (a ban has none, so any date). */
function shortenedEnd(row: SanctionRow, endsAt: string | null, now: Date): Date {
  const end = endsAt ? new Date(endsAt) : null;
  if (!end || end <= now) {
    throw invalidEnd("Give a new end date in the future.");
  }
  if (row.endsAt && end >= row.endsAt) {
    throw invalidEnd(`Shortening ends it before ${row.endsAt.toISOString()}.`);
  }
  return end;
}

const outcomeText = {
  upheld: "upheld: the sanction stays as it was",
  shortened: "shortened",
  lifted: "lifted: the sanction no longer applies and does not count against you",
} as const;

/**
 * POST /staff/sanctions/{id}/review (issue 15, item 9): a Trust & Safety member other than the issuer (403 for the
 * issuer: the lifecycle's `issuer` party may not review) upholds, shortens or lifts the appealed sanction, with a
 * written reason the party receives. A shortened ban becomes a suspension until the new date.
 */
export async function reviewAppeal(ctx: Ctx, id: string, input: ReviewAppeal): Promise<SanctionView> {
  return ctx.transaction(async (tx) => {
    const { row, party, facts } = await lockSanction(tx, ctx.actor, id);
    const status = checkSanction(reviewAction[input.outcome], facts, party);
    const end = input.outcome === "shortened" ? shortenedEnd(row, input.endsAt, ctx.now) : row.endsAt;
    const saved = await saveSanction(
      tx,
      ctx,
      row,
      {
        status,
        kind: row.kind === "ban" && end ? "suspension" : row.kind,
        endsAt: end,
        endedAt: status === "lifted" ? ctx.now : null,
        appealOutcome: input.outcome,
        appealReason: input.reason,
        reviewedBy: ctx.actor.kind === "user" ? ctx.actor.userId : null,
        reviewedAt: ctx.now,
      },
      {
        action: "sanction.appeal_reviewed",
        data: { outcome: input.outcome, from: row.status, to: status, endsAt: end },
      },
    );
    if (input.outcome === "shortened") {
      await scheduleEnd(tx, ctx, saved);
    }
    const endLine = input.outcome === "shortened" && end ? `\n\nIt now ends on ${end.toISOString()}.` : "";
    await notifyParty(
      tx,
      ctx,
      saved,
      `Your appeal was ${input.outcome}`,
      `Your appeal against the ${row.kind} under ${ruleLabel(row.rule)} was ${outcomeText[input.outcome]}.\n\nReason: ${input.reason}${endLine}`,
    );
    return sanctionView(tx, ctx.actor, id);
  });
}
