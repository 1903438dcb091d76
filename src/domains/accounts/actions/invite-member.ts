import { and, eq, gt, isNull } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { newToken, sha256 } from "#platform/crypto";
import { recordEvent } from "#platform/history";
import { sendMail } from "#platform/mail";
import { Problem } from "#shared/problems";
import type { Invitation, InviteMember } from "../contract";
import { companyActor, toInvitation } from "../queries";
import { companies, invitations, users } from "../tables";

export const INVITATION_DAYS = 14;

/** An admin invites a teammate by email with a role; the link in the email creates their account. */
export async function inviteMember(ctx: Ctx, input: InviteMember, publicUrl: string): Promise<Invitation> {
  const actor = companyActor(ctx);
  return ctx.transaction(async (tx) => {
    // Locking the company serialises its invitations, so two at once cannot both pass the pending check below.
    // NO KEY UPDATE leaves rows that merely reference the company (members, assignments) free to be written.
    const [company] = await tx.select().from(companies).where(eq(companies.id, actor.companyId)).for("no key update");
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
    if (existing) {
      throw new Problem(
        "email_taken",
        "This email already has a Worklane account; each account belongs to one company.",
      );
    }
    const [pending] = await tx
      .select({ id: invitations.id })
      .from(invitations)
      .where(
        and(
          eq(invitations.companyId, actor.companyId),
          eq(invitations.email, input.email),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, ctx.now),
        ),
      );
    if (pending) {
      throw new Problem("conflict", "This email already has a pending invitation; revoke it to send a new one.");
    }
    const [inviter] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.userId));
    const token = newToken();
    const [row] = await tx
      .insert(invitations)
      .values({
        companyId: actor.companyId,
        email: input.email,
        role: input.role,
        tokenHash: sha256(token),
        invitedBy: actor.userId,
        createdAt: ctx.now,
        expiresAt: new Date(ctx.now.getTime() + INVITATION_DAYS * 86_400_000),
      })
      .returning();
    if (!row || !company || !inviter) {
      throw new Error("invitation insert failed");
    }
    await sendMail(tx, ctx, {
      to: input.email,
      subject: `${inviter.name} invited you to ${company.name} on Worklane`,
      text: [
        `${inviter.name} invited you to join ${company.name} on Worklane as ${input.role}.`,
        "",
        `Accept within ${INVITATION_DAYS} days: ${publicUrl}/invitations/accept?token=${token}`,
      ].join("\n"),
    });
    await recordEvent(tx, ctx, {
      action: "invitation.created",
      subject: { type: "invitation", id: row.id },
      data: { companyId: actor.companyId, email: input.email, role: input.role },
    });
    return toInvitation(row, inviter.name, ctx.now);
  });
}
