import { companyActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import type { AgreementView, CreateAgreement } from "../contract";
import { agreementView } from "../scope";
import { agreements } from "../tables";

/** A company admin or manager names an agreement; its document comes as a version upload next. */
export async function createAgreement(ctx: Ctx, input: CreateAgreement): Promise<AgreementView> {
  const actor = companyActor(ctx);
  return ctx.transaction(async (tx) => {
    const [row] = await tx
      .insert(agreements)
      .values({ ...input, companyId: actor.companyId, createdBy: actor.userId, createdAt: ctx.now })
      .returning();
    if (!row) {
      throw new Error("agreement insert returned nothing");
    }
    await recordEvent(tx, ctx, {
      action: "agreement.created",
      subject: { type: "agreement", id: row.id },
      data: { title: row.title },
    });
    return agreementView(tx, ctx, row);
  });
}
