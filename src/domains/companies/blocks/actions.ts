import { and, eq, isNull } from "drizzle-orm";
import { companies, users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import type { BlockView, CreateBlock } from "./contract";
import { blockViews, live, ownedBy, requireBlockingRole, type Side, sideOf } from "./scope";
import { blocks } from "./tables";

const invalid = (pointer: string, message: string) =>
  new Problem("validation_failed", message, {}, [{ pointer, message }]);

/** The pair the body names, from the caller's side: a worker names a company, a company names a worker. */
async function pairOf(tx: Executor, side: Side, input: CreateBlock) {
  if (side.kind === "worker") {
    if (!input.companyId) {
      throw invalid("/body/companyId", "A worker blocks a company: name its companyId.");
    }
    const [company] = await tx.select({ id: companies.id }).from(companies).where(eq(companies.id, input.companyId));
    if (!company) {
      throw invalid("/body/companyId", "No company has this id.");
    }
    return { companyId: company.id, workerId: side.userId };
  }
  if (!input.workerId) {
    throw invalid("/body/workerId", "A company blocks a worker: name their workerId.");
  }
  const [worker] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, input.workerId), eq(users.accountType, "worker")));
  if (!worker) {
    throw invalid("/body/workerId", "No worker has this id.");
  }
  return { companyId: side.companyId, workerId: worker.id };
}

/**
 * POST /blocks. Idempotent by the pair: blocking again answers the live block (200, no second event). The blocked
 * side is not told; it learns only when a request between the two is refused with 403 `blocked`.
 */
export async function createBlock(ctx: Ctx, input: CreateBlock): Promise<{ block: BlockView; created: boolean }> {
  const side = sideOf(ctx);
  requireBlockingRole(side);
  return ctx.transaction(async (tx) => {
    const pair = await pairOf(tx, side, input);
    const [inserted] = await tx
      .insert(blocks)
      .values({ ...pair, blockedBy: side.kind, createdBy: side.userId, createdAt: ctx.now })
      // Two concurrent blocks of one pair: the partial unique index keeps one, the other reads it below.
      .onConflictDoNothing()
      .returning();
    if (inserted) {
      await recordEvent(tx, ctx, {
        action: "block.created",
        subject: { type: "block", id: inserted.id },
        data: { ...pair, blockedBy: side.kind },
      });
    }
    const row =
      inserted ??
      (
        await tx
          .select()
          .from(blocks)
          .where(
            and(
              eq(blocks.companyId, pair.companyId),
              eq(blocks.workerId, pair.workerId),
              eq(blocks.blockedBy, side.kind),
              isNull(blocks.removedAt),
            ),
          )
      )[0];
    if (!row) {
      throw new Error("block neither inserted nor found");
    }
    const [view] = await blockViews(tx, [row]);
    return { block: view as BlockView, created: Boolean(inserted) };
  });
}

/**
 * DELETE /blocks/{id}: the side that blocked lifts it; the pair may work together again unless the other side has
 * its own block. Another side's block, or none, is 404; lifting one already lifted changes nothing (the same 200).
 */
export async function removeBlock(ctx: Ctx, id: string): Promise<{ ok: true }> {
  const side = sideOf(ctx);
  return ctx.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(blocks)
      .where(and(eq(blocks.id, id), ownedBy(side)))
      .for("update");
    if (!row) {
      throw new Problem("not_found", "You have no block with this id.");
    }
    requireBlockingRole(side);
    if (row.removedAt) {
      return { ok: true } as const;
    }
    await tx
      .update(blocks)
      .set({ removedAt: ctx.now, removedBy: side.userId })
      .where(and(eq(blocks.id, id), live));
    await recordEvent(tx, ctx, {
      action: "block.removed",
      subject: { type: "block", id },
      data: { companyId: row.companyId, workerId: row.workerId, blockedBy: row.blockedBy },
    });
    return { ok: true } as const;
  });
}
