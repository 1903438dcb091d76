import { and, eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import type { Invitation } from "../contract";
import { companyActor, invitationStatus, toInvitation } from "../queries";
import { invitations, users } from "../tables";

export async function revokeInvitation(ctx: Ctx, id: string): Promise<Invitation> {
  const actor = companyActor(ctx);
  return ctx.transaction(async (tx) => {
    const [row] = await tx
      .select({ invitation: invitations, invitedBy: users.name })
      .from(invitations)
      .innerJoin(users, eq(users.id, invitations.invitedBy))
      .where(and(eq(invitations.id, id), eq(invitations.companyId, actor.companyId)))
      .for("update", { of: invitations });
    if (!row) {
      throw new Problem("not_found", "No invitation with this id exists in your company.");
    }
    const status = invitationStatus(row.invitation, ctx.now);
    if (status !== "pending") {
      throw new Problem("invalid_transition", `This invitation is already ${status}.`, { currentStatus: status });
    }
    const [updated] = await tx
      .update(invitations)
      .set({ revokedAt: ctx.now })
      .where(eq(invitations.id, id))
      .returning();
    await recordEvent(tx, ctx, { action: "invitation.revoked", subject: { type: "invitation", id } });
    return toInvitation(updated ?? row.invitation, row.invitedBy, ctx.now);
  });
}
