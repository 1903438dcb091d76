/**
 * The payments demo (issue 14 item 8): the invoices of the demo's approved work, opened as the approval's job opens
 * them, then paid through the pay action with the clock at the moment of payment, so the Company Scorecards show
 * payment timeliness at once. The first three demo companies (by company id: the order the assignments demo's
 * reputation stories and the ratings demo use) pay by the due date, except the third, which pays 4 to 6 days after
 * it (average days late: red). An invoice whose payment day has not come yet stays open. Each payment is preceded
 * by a wire for its total, so no funds are left over for auto-pay to settle the open ones on time. Then one worker
 * withdraws (demo-payout-steps.ts): a payout settled, one failed with its reason, one in transit.
 */
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import { memberships } from "#domains/accounts/tables";
import { assignments } from "#domains/assignments/tables";
import { type Ctx, personActor } from "#platform/context";
import type { DemoOptions } from "#platform/domain";
import type { Currency } from "#shared/money";
import { addFunds } from "./actions/add-funds";
import { payInvoice } from "./actions/pay";
import { demoPayouts } from "./demo-payout-steps";
import { openInvoice } from "./steps";
import { invoices } from "./tables";

const DAY = 86_400_000;
/** How each of the first three demo companies pays: days after the due date (negative: before it). */
const paysAfterDue = [[-2], [-1], [4, 6, 5]];

async function approvedWork(ctx: Ctx, companyId: string) {
  return ctx.db
    .select({ id: assignments.id, approvedAt: assignments.approvedAt })
    .from(assignments)
    .where(
      and(
        eq(assignments.companyId, companyId),
        // Invoiced when the approval's job already ran; the invoice is then found, not opened again.
        inArray(assignments.status, ["approved", "invoiced"]),
        isNotNull(assignments.approvedAt),
      ),
    )
    .orderBy(asc(assignments.approvedAt));
}

/**
 * The invoice of an approved assignment, opened at the approval's moment when the job has not opened it yet (which
 * moves the assignment to invoiced, as the job does).
 */
async function invoiceOf(ctx: Ctx, assignmentId: string, approvedAt: Date) {
  await ctx.transaction((tx) => openInvoice(tx, { ...ctx, now: approvedAt }, assignmentId));
  const [invoice] = await ctx.db
    .select()
    .from(invoices)
    .where(and(eq(invoices.assignmentId, assignmentId), eq(invoices.kind, "assignment")));
  return invoice;
}

export async function demo(ctx: Ctx, options: DemoOptions): Promise<void> {
  const admins = await ctx.db
    .selectDistinctOn([memberships.companyId], { companyId: memberships.companyId, userId: memberships.userId })
    .from(memberships)
    .innerJoin(assignments, eq(assignments.companyId, memberships.companyId))
    .where(eq(memberships.role, "admin"))
    .orderBy(memberships.companyId, memberships.userId);
  const chosen = admins.slice(0, paysAfterDue.length);
  for (const [index, company] of chosen.entries()) {
    const delays = paysAfterDue[index] ?? [0];
    for (const [n, work] of (await approvedWork(ctx, company.companyId)).entries()) {
      const invoice = work.approvedAt ? await invoiceOf(ctx, work.id, work.approvedAt) : undefined;
      if (invoice?.status !== "open") {
        continue;
      }
      const delay = delays[n % delays.length] ?? 0;
      const payAt = new Date(Math.max(invoice.dueAt.getTime() + delay * DAY, invoice.issuedAt.getTime()));
      if (payAt > ctx.now) {
        continue;
      }
      const asAdmin: Ctx = { ...ctx, actor: personActor(company.userId, company.companyId, "admin"), now: payAt };
      if (invoice.total > 0) {
        await addFunds(asAdmin, { amount: invoice.total, currency: invoice.currency as Currency, method: "wire" });
      }
      await payInvoice(asAdmin, invoice.id);
    }
    options.progress("payments", index + 1, chosen.length);
  }
  await demoPayouts(ctx);
}
