/**
 * Secured funds (issue 11 item 2). A company with the setting on has each assignment's maximum spend moved from its
 * available funds to its committed funds when a worker is assigned, so the worker knows the money is there:
 * - commit: payments' rule on the assignments step "assign" (hooks.ts addStepCheck), run inside the transaction that
 *   puts the worker on; short funds refuse with 422 `insufficient_funds` and the whole assignment rolls back;
 * - raise: payments' rule on the step "raise" (an accepted budget increase, expense or bonus), in the transaction
 *   that accepts it: the held amount grows to the new most the company may owe (ceiling + accepted bonuses), the
 *   extra moved from available to committed, or 422 `insufficient_funds` and the acceptance rolls back;
 * - release: the assignment's own events (cancelled, voided, the worker leaving, a settlement that ends it) reach
 *   payments through its event hooks, in the transaction that records them; the committed amount goes back;
 * - consume: paying the invoice (steps.ts payLockedInvoice) pays from the commitment first, the rest from available,
 *   and gives back what the commitment held beyond the invoice.
 * Assignments never imports payments: it names the step and records its events; payments brings the rest.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { AssignmentRow, FundsSecuredReader, StepCheck } from "#domains/assignments/index";
import { assignmentRequests } from "#domains/assignments/requests/tables";
import { securesFundsSql } from "#domains/companies/index";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { type EventHook, recordEvent } from "#platform/history";
import { type Currency, formatMoney } from "#shared/money";
import { Problem } from "#shared/problems";
import { companyAccount, refKey } from "./ledger";
import { balancesOf, postTransfer } from "./ledger-steps";
import { fundCommitments } from "./tables";

type Commitment = typeof fundCommitments.$inferSelect;

/** The commitment held for the assignment, locked for this transaction; undefined when none is held. */
export async function heldCommitment(tx: Executor, assignmentId: string): Promise<Commitment | undefined> {
  const [held] = await tx
    .select()
    .from(fundCommitments)
    .where(and(eq(fundCommitments.assignmentId, assignmentId), eq(fundCommitments.status, "held")))
    .for("update");
  return held;
}

/** What is held per assignment (no lock; for the funds checks before paying). */
export async function heldAmounts(tx: Executor, assignmentIds: string[]): Promise<Map<string, number>> {
  if (assignmentIds.length === 0) {
    return new Map();
  }
  const rows = await tx
    .select({ assignmentId: fundCommitments.assignmentId, amount: fundCommitments.amount })
    .from(fundCommitments)
    .where(and(inArray(fundCommitments.assignmentId, assignmentIds), eq(fundCommitments.status, "held")));
  return new Map(rows.map((row) => [row.assignmentId, row.amount]));
}

/**
 * The bonuses accepted for the assigned worker (paid on top of the claim: steps.ts openInvoice). A bonus is not part
 * of the ceiling (`extraBudget`), so it is read from the requests; a worker who left took theirs with them.
 */
export async function acceptedBonus(tx: Executor, assignmentId: string, workerId: string | null): Promise<number> {
  if (!workerId) {
    return 0;
  }
  const [row] = await tx
    .select({ sum: sql<string | null>`SUM(${assignmentRequests.amount})` })
    .from(assignmentRequests)
    .where(
      and(
        eq(assignmentRequests.assignmentId, assignmentId),
        eq(assignmentRequests.workerId, workerId),
        eq(assignmentRequests.kind, "bonus"),
        eq(assignmentRequests.status, "accepted"),
      ),
    );
  return Number(row?.sum ?? 0);
}

/** The most the company may owe the assigned worker: the ceiling (maximum spend + accepted increases) plus bonuses. */
async function mostOwed(tx: Executor, row: AssignmentRow): Promise<number> {
  return row.maximumSpend + row.extraBudget + (await acceptedBonus(tx, row.id, row.assignedWorkerId));
}

type Moment = "assign" | "raise";

function shortOfFunds(ctx: Ctx, row: AssignmentRow, amount: number, available: number, moment: Moment): Problem {
  const money = (value: number) => formatMoney({ amount: value, currency: row.currency as Currency });
  const worker = ctx.actor.kind === "user" && ctx.actor.accountType === "worker";
  const detail =
    moment === "assign"
      ? worker
        ? `This company secures the funds of its assignments before work starts, and it cannot secure ${money(amount)} ` +
          "for this one right now. The assignment stays open to you; try again later or ask the company."
        : `Secured funds is on: assigning a worker moves this assignment's maximum spend of ${money(amount)} into ` +
          `committed funds, and your available funds are ${money(available)}. Add funds first, then assign.`
      : worker
        ? `This company secures the funds of its assignments, and it cannot secure the extra ${money(amount)} right ` +
          "now. The offer stays open to you; try again later or ask the company."
        : `Secured funds is on: accepting this moves ${money(amount)} more into committed funds, and your available ` +
          `funds are ${money(available)}. Add funds first, then accept.`;
  return new Problem("insufficient_funds", detail, { currency: row.currency, balance: available, needed: amount });
}

/**
 * Moves `amount` from available to committed under a key; in a savepoint, so a refusal can still read the balance
 * for its sentence (the ledger's floor decides).
 */
async function moveToCommitted(
  tx: Executor,
  ctx: Ctx,
  row: AssignmentRow,
  transfer: { key: string; amount: number; moment: Moment },
): Promise<void> {
  const available = companyAccount(row.companyId, "available", row.currency);
  try {
    await tx.transaction((savepoint) =>
      postTransfer(savepoint, ctx, {
        key: transfer.key,
        reason: "funds.committed",
        subject: { type: "assignment", id: row.id },
        postings: [
          { account: available, amount: -transfer.amount },
          { account: companyAccount(row.companyId, "committed", row.currency), amount: transfer.amount },
        ],
      }),
    );
  } catch (error) {
    if (error instanceof Problem && error.code === "insufficient_funds") {
      const balance = (await balancesOf(tx, [available])).get(refKey(available)) ?? 0;
      throw shortOfFunds(ctx, row, transfer.amount, balance, transfer.moment);
    }
    throw error;
  }
}

/** The "assign" rule: commits the maximum spend when the company secures its funds (nothing when one is held). */
export const commitSecuredFunds: StepCheck = async (tx, ctx, row, read) => {
  if (!read.securesFunds || (await heldCommitment(tx, row.id))) {
    return;
  }
  const amount = await mostOwed(tx, row);
  if (amount <= 0) {
    return;
  }
  const [commitment] = await tx
    .insert(fundCommitments)
    .values({
      assignmentId: row.id,
      companyId: row.companyId,
      currency: row.currency,
      amount,
      status: "held",
      committedAt: ctx.now,
    })
    .returning();
  if (!commitment) {
    throw new Error("fund commitment insert returned nothing");
  }
  await moveToCommitted(tx, ctx, row, { key: `commitment:${commitment.id}:held`, amount, moment: "assign" });
  await recordEvent(tx, ctx, {
    action: "payments.funds_committed",
    subject: { type: "assignment", id: row.id },
    data: { commitmentId: commitment.id, amount, currency: row.currency },
  });
};

/**
 * The "raise" rule: an accepted budget increase, expense or bonus grows the held amount to the new most the company
 * may owe, moving the difference into committed funds. Only where funds are held: a company that turned the setting
 * on after the worker was assigned secures nothing for that assignment (as it did not when they were assigned), and
 * one that turned it off keeps securing the commitment it holds (the worker was told the money is there). The key
 * is the new held amount, which only grows within one commitment, so each raise moves money once.
 */
export const raiseSecuredFunds: StepCheck = async (tx, ctx, row) => {
  const held = await heldCommitment(tx, row.id);
  if (!held) {
    return;
  }
  const target = await mostOwed(tx, row);
  const extra = target - held.amount;
  if (extra <= 0) {
    return;
  }
  await moveToCommitted(tx, ctx, row, {
    key: `commitment:${held.id}:raised:${target}`,
    amount: extra,
    moment: "raise",
  });
  await tx.update(fundCommitments).set({ amount: target }).where(eq(fundCommitments.id, held.id));
  await recordEvent(tx, ctx, {
    action: "payments.funds_committed",
    subject: { type: "assignment", id: row.id },
    data: { commitmentId: held.id, amount: extra, held: target, currency: row.currency, raised: true },
  });
};

/** Gives the held amount back to the company's available funds; nothing when none is held (a second call). */
export async function releaseCommitment(tx: Executor, ctx: Ctx, assignmentId: string, reason: string): Promise<void> {
  const held = await heldCommitment(tx, assignmentId);
  if (!held) {
    return;
  }
  await postTransfer(tx, ctx, {
    key: `commitment:${held.id}:released`,
    reason: "funds.released",
    subject: { type: "assignment", id: assignmentId },
    postings: [
      { account: companyAccount(held.companyId, "committed", held.currency), amount: -held.amount },
      { account: companyAccount(held.companyId, "available", held.currency), amount: held.amount },
    ],
  });
  await tx.update(fundCommitments).set({ status: "released", endedAt: ctx.now }).where(eq(fundCommitments.id, held.id));
  await recordEvent(tx, ctx, {
    action: "payments.funds_released",
    subject: { type: "assignment", id: assignmentId },
    data: { commitmentId: held.id, amount: held.amount, currency: held.currency, reason },
  });
}

/**
 * The assignment events that end its need for the money without paying it: cancelled, voided, the worker leaving
 * (the next assignment commits again) and an agreement that pays or calls it off (rework keeps the work going).
 */
export const commitmentHooks: EventHook[] = [
  {
    actions: [
      "assignment.cancelled",
      "assignment.voided",
      "assignment.abandoned",
      "assignment.no_show_marked",
      "assignment.settled",
    ],
    async run(tx, ctx, event) {
      if (event.action === "assignment.settled" && event.data?.kind === "rework") {
        return;
      }
      await releaseCommitment(tx, ctx, event.subject.id, event.action);
    },
  },
];

/**
 * Whether the worker may read "Funds secured": held now, or (an open invitation) held the moment they are assigned.
 * A scalar SQL expression, so the assignment view reads it inside its one statement (issue 10); the status is an
 * argument too (a CASE, not a branch here), so the view's statement has one text for every status.
 */
export const fundsSecured: FundsSecuredReader = ({ id, companyId, status }) => {
  const c = fundCommitments;
  return sql<boolean>`CASE WHEN ${status}::text IN ('sent', 'declined') THEN ${securesFundsSql(companyId)}
    ELSE EXISTS (SELECT 1 FROM ${c} WHERE ${c.assignmentId} = ${id} AND ${c.status} = 'held') END`;
};
