import type { Ctx } from "#platform/context";
import { staffReportView } from "../scope";
import type { StaffReportView } from "../views";

/** GET /staff/reports/{id}: one report with its evidence, reporter, party and the party's earlier sanctions. */
export const getReport = (ctx: Ctx, id: string): Promise<StaffReportView> => staffReportView(ctx.db, ctx, id);
