/** Verifying and rejecting a credential are one step with two outcomes: who may, the upsert, the event, the notice. */
import { userActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import type { CredentialView, ReviewDecision } from "./contract";
import { tellWorkers } from "./notice-steps";
import { credentialViews, findCredential, mayReview, reviewerOf } from "./scope";
import { credentialReviews } from "./tables";

export async function reviewCredential(
  ctx: Ctx,
  id: string,
  decision: ReviewDecision,
  reason: string | null,
): Promise<CredentialView> {
  const actor = userActor(ctx);
  return ctx.transaction(async (tx) => {
    const row = await findCredential(tx, ctx, id, { lock: true });
    const reviewer = reviewerOf(ctx.actor);
    if (!reviewer || !mayReview(ctx.actor) || row.workerId === actor.userId) {
      throw new Problem(
        "forbidden",
        "Credentials are reviewed by a company admin or manager (for the company's own use) or by Worklane staff.",
      );
    }
    const values = { decision, reason, reviewedBy: actor.userId, reviewedAt: ctx.now };
    await tx
      .insert(credentialReviews)
      .values({ credentialId: id, companyId: reviewer.companyId, ...values })
      .onConflictDoUpdate({ target: [credentialReviews.credentialId, credentialReviews.companyId], set: values });
    await recordEvent(tx, ctx, {
      action: `credential.${decision}`,
      subject: { type: "credential", id },
      data: {
        workerId: row.workerId,
        by: reviewer.companyId ? "company" : "staff",
        companyId: reviewer.companyId,
        reason,
      },
    });
    await tellWorkers(tx, ctx, [row.workerId], {
      title: `Your ${row.kind} "${row.name}" was ${decision}`,
      text:
        decision === "verified"
          ? `Your ${row.kind} "${row.name}" was verified${reviewer.companyId ? " by a company you work with" : " by Worklane"}.`
          : `Your ${row.kind} "${row.name}" was rejected: ${reason}. Upload a clearer document or add it again.`,
      link: "/credentials",
      subject: { type: "credential", id },
    });
    const [view] = await credentialViews(tx, ctx, [row]);
    if (!view) {
      throw new Error("credential view missing");
    }
    return view;
  });
}
