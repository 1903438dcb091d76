import { inArray } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import { tellWorkers } from "../../notice-steps";
import type { AgreementView } from "../contract";
import { agreementView, findAgreement, mayManage } from "../scope";
import { agreementRequests } from "../tables";

/** The company asks workers to sign: the agreement shows on their list and each is told (inbox and email, once). */
export async function askToSignAgreement(ctx: Ctx, id: string, workerIds: string[]): Promise<AgreementView> {
  return ctx.transaction(async (tx) => {
    const row = await findAgreement(tx, ctx, id, true);
    if (!mayManage(ctx.actor, row) || ctx.actor.kind !== "user") {
      throw new Problem("forbidden", "Only the agreement's company admins and managers ask workers to sign it.");
    }
    if (!row.currentVersionId) {
      throw new Problem("invalid_transition", "Upload the agreement's document before asking anyone to sign it.", {
        currentStatus: "no_document",
        action: "ask",
      });
    }
    const unique = [...new Set(workerIds)];
    const found = await tx
      .select({ id: users.id, type: users.accountType })
      .from(users)
      .where(inArray(users.id, unique));
    const bad = workerIds.findIndex((w) => found.find((f) => f.id === w)?.type !== "worker");
    if (bad >= 0) {
      throw new Problem("validation_failed", "No worker has this id.", {}, [
        { pointer: `/body/workerIds/${bad}`, message: "Use a worker's id." },
      ]);
    }
    const by = ctx.actor.userId;
    const added = await tx
      .insert(agreementRequests)
      .values(unique.map((workerId) => ({ agreementId: id, workerId, askedBy: by, askedAt: ctx.now })))
      .onConflictDoNothing()
      .returning();
    for (const request of added) {
      await recordEvent(tx, ctx, {
        action: "agreement.signature_requested",
        subject: { type: "agreement", id },
        data: { workerId: request.workerId },
      });
    }
    await tellWorkers(
      tx,
      ctx,
      added.map((request) => request.workerId),
      {
        title: `Please read and sign "${row.title}"`,
        text: `A company asks you to read and sign "${row.title}". Open Agreements in Worklane to read it and sign.`,
        link: "/agreements",
        subject: { type: "agreement", id },
      },
    );
    return agreementView(tx, ctx, row);
  });
}
