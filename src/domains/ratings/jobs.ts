import { z } from "zod";
import { defineJob } from "#platform/jobs";
import { publishIfDue, publishJob } from "./steps";

/** The end of the blind period: 14 days after an assignment's first rating, whatever was given is published. */
export const publishRatingsJob = defineJob({
  name: publishJob,
  payload: z.object({ assignmentId: z.uuid() }),
  async run(ctx, { assignmentId }) {
    await ctx.transaction((tx) => publishIfDue(tx, ctx, assignmentId));
  },
});

export const jobs = [publishRatingsJob];
