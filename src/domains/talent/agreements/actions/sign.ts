import { userActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import type { AgreementView, SignAgreement } from "../contract";
import { agreementView, currentVersion, findAgreement } from "../scope";
import { agreementSignatures } from "../tables";

/**
 * A worker signs the version they read with their typed full name; the time and the document's SHA-256 are recorded
 * with it, so the signature proves which bytes were signed. A newer version published since they opened it is
 * refused (409 `version_conflict`); signing the same version again changes nothing.
 */
export async function signAgreement(ctx: Ctx, id: string, input: SignAgreement): Promise<AgreementView> {
  const actor = userActor(ctx);
  return ctx.transaction(async (tx) => {
    const row = await findAgreement(tx, ctx, id, true);
    const current = await currentVersion(tx, row);
    if (!current || current.id !== input.versionId) {
      throw new Problem(
        "version_conflict",
        "A newer version of this agreement was published since you opened it; read it and sign that one.",
        { currentVersionId: current?.id ?? null },
        [{ pointer: "/body/versionId", message: "Sign the current version." }],
      );
    }
    const [signature] = await tx
      .insert(agreementSignatures)
      .values({
        agreementId: id,
        versionId: current.id,
        workerId: actor.userId,
        fullName: input.fullName.trim(),
        sha256: current.sha256,
        signedAt: ctx.now,
      })
      .onConflictDoNothing()
      .returning();
    if (signature) {
      await recordEvent(tx, ctx, {
        action: "agreement.signed",
        subject: { type: "agreement", id },
        data: {
          workerId: actor.userId,
          versionId: current.id,
          label: current.label,
          fullName: signature.fullName,
          sha256: current.sha256,
        },
      });
    }
    return agreementView(tx, ctx, row);
  });
}
