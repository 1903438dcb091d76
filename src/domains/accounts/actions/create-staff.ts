import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import type { StaffRole } from "../contract";
import { insertUser } from "./sign-up";

/** Platform staff are made from the command line only (`worklane staff create`), never through the web. */
export async function createStaff(ctx: Ctx, input: { email: string; name: string; password: string; role: StaffRole }) {
  return ctx.transaction(async (tx) => {
    const user = await insertUser(tx, ctx, { ...input, accountType: "staff", staffRole: input.role });
    await recordEvent(tx, ctx, {
      action: "user.staff_created",
      subject: { type: "user", id: user.id },
      data: { role: input.role },
    });
    return { id: user.id, email: user.email, role: input.role };
  });
}
