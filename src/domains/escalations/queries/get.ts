import type { Ctx } from "#platform/context";
import { caseView } from "../scope";
import type { EscalationView } from "../views";

/** One case as the caller sees it: 404 unless they are a party to its assignment or on the escalations team. */
export function getEscalation(ctx: Ctx, id: string): Promise<EscalationView> {
  return caseView(ctx.db, ctx, id);
}
