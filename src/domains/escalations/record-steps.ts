/**
 * What the team's case page shows besides the case itself (issue 15 item 3): the assignment's thread and its money,
 * read through the messages and payments domains' own exports (escalations sits above both).
 */
import { assignmentThread } from "#domains/messages/index";
import { assignmentMoney } from "#domains/payments/index";
import type { Executor } from "#platform/db";
import type { Currency } from "#shared/money";
import type { CaseRecord } from "./views";

export async function teamRecord(tx: Executor, assignmentId: string, workerId: string): Promise<CaseRecord> {
  const thread = await assignmentThread(tx, assignmentId, workerId);
  const money = await assignmentMoney(tx, assignmentId);
  const of = (amount: number, currency: string) => ({ amount, currency: currency as Currency });
  return {
    thread: thread.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
    invoices: money.invoices.map((i) => ({
      id: i.id,
      kind: i.kind,
      status: i.status,
      amount: of(i.amount, i.currency),
      fee: of(i.fee, i.currency),
      total: of(i.total, i.currency),
      issuedAt: i.issuedAt.toISOString(),
      dueAt: i.dueAt.toISOString(),
      paidAt: i.paidAt?.toISOString() ?? null,
    })),
    transfers: money.transfers.map((t) => ({
      id: t.id,
      reason: t.reason,
      createdAt: t.createdAt.toISOString(),
      postings: t.postings.map((p) => ({ account: p.account, amount: of(p.amount, t.currency) })),
    })),
  };
}
