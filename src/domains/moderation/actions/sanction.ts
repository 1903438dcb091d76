import { and, eq, inArray, ne } from "drizzle-orm";
import { companies, users } from "#domains/accounts/tables";
import { notify } from "#domains/notifications/index";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import { ruleLabel } from "#shared/violation-rules";
import type { IssueSanction, SanctionKind } from "../contract";
import { scopeLabels } from "../coverage";
import { suggestedKind } from "../ladder";
import { historyOf, sanctionView } from "../scope";
import { notifyParty, scheduleEnd } from "../steps";
import { reports, sanctions } from "../tables";
import type { SanctionView } from "../views";

const invalid = (pointer: string, message: string) =>
  new Problem("validation_failed", message, {}, [{ pointer: `/body/${pointer}`, message }]);

async function partyExists(tx: Executor, input: IssueSanction): Promise<boolean> {
  if (input.partyType === "user") {
    const rows = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, input.partyId), ne(users.accountType, "staff")));
    return rows.length > 0;
  }
  return (await tx.select({ id: companies.id }).from(companies).where(eq(companies.id, input.partyId))).length > 0;
}

/** The checks that need the chosen step (the suggestion when none was given) and the clock. */
function checkShape(kind: SanctionKind, input: IssueSanction, now: Date): void {
  if (kind === "ban" && input.endsAt !== null) {
    throw invalid("endsAt", "A ban is permanent: leave the end empty.");
  }
  if (kind !== "ban" && (input.endsAt === null || new Date(input.endsAt) <= now)) {
    throw invalid("endsAt", "Give an end date in the future.");
  }
  if ((kind === "restriction") !== input.scopes.length > 0) {
    throw invalid(
      "scopes",
      kind === "restriction" ? "Choose what the restriction covers." : "Only a restriction has scopes.",
    );
  }
}

function noticeText(kind: SanctionKind, input: IssueSanction): string {
  const end = input.endsAt ? `It ends on ${input.endsAt}.` : "It is permanent.";
  const what =
    kind === "warning"
      ? "This is a written warning: nothing is taken away, but a further violation leads to a stronger step."
      : kind === "restriction"
        ? `Until it ends you may not ${input.scopes.map((s) => scopeLabels[s]).join(", ")}.`
        : `Your account is ${kind === "ban" ? "banned" : "suspended"}: you can log in to read this notice and appeal, but not act on Worklane.`;
  return [
    `Worklane Trust & Safety issued a ${kind} on your account under ${ruleLabel(input.rule)} of the Community Violation Guidelines.`,
    `Reason: ${input.reason}`,
    what,
    end,
    "You may appeal once, with a statement, from the notice: someone who did not make this decision reviews it.",
  ].join("\n\n");
}

/**
 * POST /staff/sanctions (issue 15, item 8): Trust & Safety sanctions a person or a company. It always names the rule,
 * the evidence (open reports about that party, which become `actioned`) and its end; the step defaults to the one
 * the ladder suggests after the party's earlier sanctions. The party is told at once with the rule and how to appeal;
 * the reporters learn that their report led to action, nothing more. The end is queued as a job in this transaction.
 */
export async function issueSanction(ctx: Ctx, input: IssueSanction): Promise<SanctionView> {
  return ctx.transaction(async (tx) => {
    if (ctx.actor.kind !== "user") {
      throw new Problem("unauthenticated", "Log in first.");
    }
    if (!(await partyExists(tx, input))) {
      throw invalid("partyId", "No person or company with this id can be sanctioned.");
    }
    const ids = [...new Set(input.reportIds)];
    const evidence = await tx.select().from(reports).where(inArray(reports.id, ids)).for("update");
    if (evidence.length !== ids.length) {
      throw invalid("reportIds", "Name reports that exist.");
    }
    if (evidence.some((r) => r.partyType !== input.partyType || r.partyId !== input.partyId)) {
      throw invalid("reportIds", "Every report named as evidence must be about this party.");
    }
    const decided = evidence.find((r) => r.status !== "open");
    if (decided) {
      throw new Problem("invalid_transition", `Report ${decided.id} was already decided.`, {
        currentStatus: decided.status,
        action: "sanction",
      });
    }
    const kind = input.kind ?? suggestedKind(await historyOf(tx, input), ctx.now);
    checkShape(kind, input, ctx.now);
    const [row] = await tx
      .insert(sanctions)
      .values({
        partyType: input.partyType,
        partyId: input.partyId,
        kind,
        rule: input.rule,
        scopes: input.scopes,
        reason: input.reason,
        status: "active",
        issuedBy: ctx.actor.userId,
        issuedAt: ctx.now,
        endsAt: input.endsAt ? new Date(input.endsAt) : null,
      })
      .returning();
    if (!row) {
      throw new Error("sanction insert returned nothing");
    }
    await tx
      .update(reports)
      .set({ status: "actioned", sanctionId: row.id, decidedBy: ctx.actor.userId, decidedAt: ctx.now })
      .where(inArray(reports.id, ids));
    await recordEvent(tx, ctx, {
      action: "sanction.issued",
      subject: { type: "sanction", id: row.id },
      data: { kind, rule: row.rule, scopes: row.scopes, endsAt: input.endsAt, suggested: input.kind === undefined },
    });
    await scheduleEnd(tx, ctx, row);
    await notifyParty(tx, ctx, row, `Trust & Safety: a ${kind} on your account`, noticeText(kind, input));
    await notify(tx, ctx, {
      userIds: [...new Set(evidence.map((r) => r.reporterId))],
      type: "moderation.notice",
      title: "Your report was reviewed",
      text: "Trust & Safety reviewed your report and took action. For the privacy of everyone involved we do not share the details.",
      link: "/reports",
    });
    return sanctionView(tx, ctx.actor, row.id);
  });
}
