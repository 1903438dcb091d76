/**
 * What happens around an invoice's due date (issue 11, items 4 and 5): reminders 3 days and 1 day before it, a
 * past-due warning the day after, all through the job queue
 * (auto-pay, once it is due, is in steps.ts beside paying by hand).
 */
import { and, eq, inArray, isNull } from "drizzle-orm";
import { memberships, users } from "#domains/accounts/tables";
import { assignments } from "#domains/assignments/tables";
import { loadConfig } from "#platform/config";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { enqueueMany } from "#platform/jobs";
import { sendMail } from "#platform/mail";
import { type Currency, formatMoney } from "#shared/money";
import { pastDueGraceDays } from "./standing-steps";
import { invoices } from "./tables";

const DAY = 86_400_000;
export const remindJob = "payments.remind";
/**
 * Days relative to the due date: two reminders before it, a warning the day after (naming the lock to come), and the
 * notice that the account is locked once the grace days have passed (standing-steps.ts).
 */
const reminderOffsets = () => [-3, -1, 1, pastDueGraceDays()];

let publicUrl: string | undefined;
const linkTo = (id: string) => {
  publicUrl ??= loadConfig().publicUrl;
  return `${publicUrl}/invoices/${id}`;
};

type InvoiceRow = typeof invoices.$inferSelect;

/**
 * Enqueued when the invoice opens, in one statement (issue 10: a write's round trips are its cost); each reminder
 * re-reads the invoice and stays quiet once it is paid.
 */
export async function scheduleReminders(tx: Executor, ctx: Pick<Ctx, "now">, invoice: InvoiceRow): Promise<void> {
  const due = [...new Set(reminderOffsets())]
    .map((days) => ({ days, runAt: new Date(invoice.dueAt.getTime() + days * DAY) }))
    .filter(({ runAt }) => runAt > ctx.now);
  await enqueueMany(
    tx,
    ctx,
    due.map(({ days, runAt }) => ({
      name: remindJob,
      payload: { invoiceId: invoice.id, days },
      runAt,
      key: `remind:${invoice.id}:${days}`,
    })),
  );
}

/** Mails the company's admins and finance members about one open invoice. */
export async function remind(tx: Executor, ctx: Ctx, invoiceId: string, days: number): Promise<void> {
  const [row] = await tx
    .select({ invoice: invoices, title: assignments.title })
    .from(invoices)
    .innerJoin(assignments, eq(assignments.id, invoices.assignmentId))
    .where(eq(invoices.id, invoiceId));
  if (row?.invoice.status !== "open") {
    return;
  }
  const { invoice, title } = row;
  const payers = await tx
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.companyId, invoice.companyId),
        inArray(memberships.role, ["admin", "finance"]),
        isNull(users.suspendedAt),
      ),
    );
  const total = formatMoney({ amount: invoice.total, currency: invoice.currency as Currency });
  const mail = reminderText(days, total, title, invoice.dueAt);
  for (const { email } of payers) {
    await sendMail(tx, ctx, { to: email, subject: mail.subject, text: `${mail.text}\n\n${linkTo(invoice.id)}` });
  }
}

/** The words of each reminder: before the due date, the warning after it, and the lock once the grace days pass. */
export function reminderText(days: number, total: string, title: string, dueAt: Date) {
  const plural = (n: number) => `${n} day${n === 1 ? "" : "s"}`;
  if (days < 0) {
    return {
      subject: `Reminder: invoice for ${title}`,
      text: `The invoice of ${total} for "${title}" is due in ${plural(-days)}. Pay it from your balance:`,
    };
  }
  const locksOn = new Date(dueAt.getTime() + pastDueGraceDays() * DAY).toISOString().slice(0, 10);
  if (days < pastDueGraceDays()) {
    return {
      subject: `Past due: invoice for ${title}`,
      text:
        `The invoice of ${total} for "${title}" is past due by ${plural(days)}. Unless it is paid, your company ` +
        `account locks on ${locksOn} (UTC): no new assignments can be sent until what is past due is paid. Pay it:`,
    };
  }
  return {
    subject: `Account locked: invoice for ${title} is past due`,
    text:
      `The invoice of ${total} for "${title}" is ${plural(days)} past due, so your company account is locked: it ` +
      "cannot send assignments or add workers. Paying what is past due unlocks it at once. Pay it:",
  };
}
