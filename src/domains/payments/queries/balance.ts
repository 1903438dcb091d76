import type { Ctx } from "#platform/context";
import { ownerBalances } from "../balance-steps";
import { providerInfo } from "../sandbox-provider";
import { ownerOf } from "../scope";
import { standingOf } from "../standing-steps";
import type { Balance } from "../views";

/** The caller's own balances per currency: their company's, or their own earnings as a worker. */
export async function getBalance(ctx: Ctx): Promise<Balance> {
  const owner = ownerOf(ctx.actor);
  const { balances } = await ownerBalances(ctx.db, owner);
  const standing = owner.type === "company" ? await standingOf(ctx.db, owner.id, ctx.now) : null;
  return { owner, balances, standing, provider: providerInfo() };
}
