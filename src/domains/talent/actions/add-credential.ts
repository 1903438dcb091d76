import { userActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import type { AddCredential, CredentialView } from "../contract";
import { credentialViews } from "../scope";
import { credentials } from "../tables";

/** A worker adds a certification, licence, insurance or screening; it waits for review (and its document). */
export async function addCredential(ctx: Ctx, input: AddCredential): Promise<CredentialView> {
  const actor = userActor(ctx);
  return ctx.transaction(async (tx) => {
    const [row] = await tx
      .insert(credentials)
      .values({
        workerId: actor.userId,
        kind: input.kind,
        name: input.name,
        number: "number" in input ? input.number : null,
        issuer: "issuer" in input ? input.issuer : null,
        region: input.kind === "licence" ? input.region : null,
        country: input.kind === "licence" ? input.country : null,
        coverageAmount: input.kind === "insurance" ? input.coverage.amount : null,
        coverageCurrency: input.kind === "insurance" ? input.coverage.currency : null,
        performedOn: input.kind === "screening" ? input.performedOn : null,
        expiresOn: "expiresOn" in input ? input.expiresOn : null,
        createdAt: ctx.now,
      })
      .returning();
    if (!row) {
      throw new Error("credential insert returned nothing");
    }
    await recordEvent(tx, ctx, {
      action: "credential.added",
      subject: { type: "credential", id: row.id },
      data: { workerId: actor.userId, kind: row.kind, name: row.name, expiresOn: row.expiresOn },
    });
    const [view] = await credentialViews(tx, ctx, [row]);
    if (!view) {
      throw new Error("credential view missing");
    }
    return view;
  });
}
