import { and, eq, gt, isNull } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { sha256 } from "#platform/crypto";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import type { AcceptInvitation } from "../contract";
import { invitations } from "../tables";
import { createSession, type SessionStarted } from "./log-in";
import { addMembership, insertUser } from "./sign-up";

/** The invitee names themself and picks a password; the account joins the company with the invited role. */
export async function acceptInvitation(ctx: Ctx, input: AcceptInvitation, userAgent?: string): Promise<SessionStarted> {
  return ctx.transaction(async (tx) => {
    // The conditional update is the lock: of two simultaneous accepts, one finds the row already taken.
    const [invitation] = await tx
      .update(invitations)
      .set({ acceptedAt: ctx.now })
      .where(
        and(
          eq(invitations.tokenHash, sha256(input.token)),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, ctx.now),
        ),
      )
      .returning();
    if (!invitation) {
      throw new Problem("token_invalid", "This invitation link is invalid, was already used, or has expired.");
    }
    const user = await insertUser(tx, ctx, { ...input, email: invitation.email, accountType: "client" });
    await addMembership(tx, ctx, user.id, invitation.companyId, invitation.role);
    const as = { kind: "user", id: user.id } as const;
    await recordEvent(tx, ctx, {
      action: "invitation.accepted",
      subject: { type: "invitation", id: invitation.id },
      as,
    });
    await recordEvent(tx, ctx, {
      action: "company.member_joined",
      subject: { type: "company", id: invitation.companyId },
      data: { userId: user.id, role: invitation.role },
      as,
    });
    return createSession(tx, ctx, user.id, userAgent);
  });
}
