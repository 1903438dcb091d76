import type { Ctx } from "#platform/context";
import type { CredentialView, VerifyCredential } from "../contract";
import { reviewCredential } from "../review-steps";

/** A company (for its own use) or staff (for everyone) verifies a credential. */
export function verifyCredential(ctx: Ctx, id: string, input: VerifyCredential): Promise<CredentialView> {
  return reviewCredential(ctx, id, "verified", input.note);
}
