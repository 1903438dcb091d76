import type { Ctx } from "#platform/context";
import type { CredentialView, RejectCredential } from "../contract";
import { reviewCredential } from "../review-steps";

/** A company (for its own use) or staff (for everyone) rejects a credential, saying why; the worker is told. */
export function rejectCredential(ctx: Ctx, id: string, input: RejectCredential): Promise<CredentialView> {
  return reviewCredential(ctx, id, "rejected", input.reason);
}
