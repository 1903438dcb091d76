import { requirePolicies } from "#domains/policies/index";
import type { Ctx } from "#platform/context";
import { type Currency, formatMoney } from "#shared/money";
import { Problem } from "#shared/problems";
import type { SubmitAssignment } from "../contract";
import { assertDeliverablesComplete } from "../deliverables/queries";
import { followUps } from "../follow-up-steps";
import { amountForClaim, claimNeeds } from "../pricing";
import { pricingOf } from "../schedule";
import { type AssignmentRow, lockForActor } from "../scope";
import { saveAssignment } from "../steps";
import { closeTimeLogWrite } from "../time-log-steps";
import { closingView } from "../view-steps";
import type { AssignmentView } from "../views";

/** The claim, checked: the quantity the pricing needs, and never above the maximum spend plus approved increases. */
function claimTotal(row: AssignmentRow, input: SubmitAssignment): number {
  const pricing = pricingOf(row);
  const needs = claimNeeds(pricing);
  if (needs && input[needs] === null) {
    throw new Problem("validation_failed", `Say how many ${needs} you are claiming.`, {}, [
      { pointer: `/body/${needs}`, message: `This ${pricing.type} assignment is paid by ${needs}.` },
    ]);
  }
  const total = amountForClaim(pricing, input);
  const ceiling = row.maximumSpend + row.extraBudget;
  if (total > ceiling) {
    const money = (amount: number) => formatMoney({ amount, currency: row.currency as Currency });
    throw new Problem(
      "budget_exceeded",
      `The claim comes to ${money(total)}, above the maximum of ${money(ceiling)}. Claim less, or ask for a budget increase first.`,
      { claimed: total, maximum: ceiling },
    );
  }
  return total;
}

/** The worker hands the work in; the auto-approval clock starts. */
export async function submitAssignment(ctx: Ctx, id: string, input: SubmitAssignment): Promise<AssignmentView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    const status = locked.check("submit");
    await requirePolicies(tx, ctx);
    if (locked.deliverableCount > 0) {
      await assertDeliverablesComplete(tx, id);
    }
    const total = claimTotal(locked.row, input);
    const dueAt = new Date(ctx.now.getTime() + locked.row.autoApprovalHours * 3_600_000);
    const row = await saveAssignment(tx, ctx, locked, {
      status,
      set: {
        claimedHours: input.hours,
        claimedUnits: input.units,
        claimedExpenses: input.expenses,
        claimedAmount: total,
        submissionNotes: input.notes,
        submittedAt: ctx.now,
        returnReason: null,
        autoApprovalDueAt: dueAt,
        autoApprovalHeldAt: locked.row.autoApprovalHold ? ctx.now : null,
      },
      event: "assignment.submitted",
      data: { hours: input.hours, units: input.units, expenses: input.expenses, total },
      jobs: followUps.autoApproval,
      writes: [closeTimeLogWrite(ctx.now, id)],
      notice: (saved) => ({
        to: [saved.createdBy],
        subject: `Ready for approval: ${saved.title}`,
        text: `The worker submitted "${saved.title}". Approve it or return it with a reason; without either it is approved automatically after ${saved.autoApprovalHours} hours.`,
      }),
    });
    return closingView(tx, ctx, row);
  });
}
