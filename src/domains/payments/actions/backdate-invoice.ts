import { eq } from "drizzle-orm";
import { loadConfig } from "#platform/config";
import { type Ctx, systemActor } from "#platform/context";
import { recordEvent } from "#platform/history";
import { enqueue } from "#platform/jobs";
import { Problem } from "#shared/problems";
import type { BackdateInvoice } from "../contract";
import { provider } from "../sandbox-provider";
import { invoiceNotFound, invoiceView } from "../scope";
import { autoPayJobName } from "../steps";
import { invoices } from "../tables";
import type { InvoiceView } from "../views";

const DAY = 86_400_000;

/**
 * SANDBOX ONLY (a staff admin, on a server started with WORKLANE_SANDBOX_CONTROLS=true and the test-mode provider):
 * moves one open invoice's issue and due dates back by `days`, so a browser journey can see it past due and the
 * company locked without waiting days. The lock is computed from the due dates on every check, so nothing else has
 * to change; the event says it was the sandbox. Why not a movable server clock: one shared server runs every
 * journey, and moving its clock would move every session, job and record at once.
 * It also queues an auto-pay run for the new due date (now, when that has passed), so the invoice is paid as on a
 * real due date without waiting for the recurring run (every 60 s); keyed by the invoice and its new due date, so a repeat queues nothing more.
 */
export async function backdateInvoice(ctx: Ctx, id: string, input: BackdateInvoice): Promise<InvoiceView> {
  if (!loadConfig().WORKLANE_SANDBOX_CONTROLS || !provider.testMode) {
    throw new Problem(
      "sandbox_controls_off",
      "Sandbox controls are off on this server (WORKLANE_SANDBOX_CONTROLS is not true, or the provider is not in test mode).",
    );
  }
  return ctx.transaction(async (tx) => {
    const [row] = await tx.select().from(invoices).where(eq(invoices.id, id)).for("update");
    if (!row) {
      throw invoiceNotFound();
    }
    if (row.status !== "open") {
      throw new Problem("invalid_transition", `Only an open invoice can be backdated; this one is ${row.status}.`, {
        currentStatus: row.status,
        action: "backdate",
      });
    }
    const shift = input.days * DAY;
    const dueAt = new Date(row.dueAt.getTime() - shift);
    await tx
      .update(invoices)
      .set({ issuedAt: new Date(row.issuedAt.getTime() - shift), dueAt })
      .where(eq(invoices.id, id));
    await recordEvent(tx, ctx, {
      action: "invoice.backdated",
      subject: { type: "invoice", id },
      data: { days: input.days, dueAt, sandbox: true },
    });
    const runAt = dueAt > ctx.now ? dueAt : ctx.now;
    await enqueue(tx, ctx, autoPayJobName, {}, { runAt, key: `${autoPayJobName}:backdated:${id}:${dueAt.getTime()}` });
    // Staff read no company's invoices through the tenancy scope; the answer is the invoice as the system sees it.
    return invoiceView(tx, { actor: systemActor, now: ctx.now }, id);
  });
}
