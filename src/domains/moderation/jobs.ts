import { eq } from "drizzle-orm";
import { z } from "zod";
import { defineJob } from "#platform/jobs";
import { ruleLabel } from "#shared/violation-rules";
import { inForceStatuses } from "./contract";
import { checkSanction } from "./lifecycle";
import { endSanctionJob, notifyParty, saveSanction } from "./steps";
import { sanctions } from "./tables";

/**
 * A sanction ends by itself at its end date (issue 15, item 9). Queued when it is issued or shortened, keyed by the
 * date: a job whose date is no longer the sanction's (it was shortened) or whose sanction already ended does nothing.
 */
export const endSanction = defineJob({
  name: endSanctionJob,
  payload: z.object({ sanctionId: z.uuid() }),
  async run(ctx, { sanctionId }) {
    await ctx.transaction(async (tx) => {
      const [row] = await tx.select().from(sanctions).where(eq(sanctions.id, sanctionId)).for("update");
      if (!row?.endsAt || row.endsAt > ctx.now || !(inForceStatuses as readonly string[]).includes(row.status)) {
        return;
      }
      const status = checkSanction("expire", { status: row.status, appealedAt: row.appealedAt }, "system");
      const saved = await saveSanction(
        tx,
        ctx,
        row,
        { status, endedAt: ctx.now },
        { action: "sanction.ended", data: { from: row.status, to: status } },
      );
      if (row.kind !== "warning") {
        await notifyParty(
          tx,
          ctx,
          saved,
          `Your ${row.kind} has ended`,
          `The ${row.kind} under ${ruleLabel(row.rule)} ended today; your account is in good standing again.`,
        );
      }
    });
  },
});

export const jobs = [endSanction];
