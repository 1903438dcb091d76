/**
 * The compact Company Scorecard that travels with an assignment and an inbox item (issue 14 item 3): the figures a
 * worker decides with, over the last 90 days, and which are red. Shared because assignments' views carry it while
 * the ratings domain (above assignments) computes it; browser-safe.
 */
import { z } from "zod";

export const ScorecardSummary = z
  .object({
    red: z.array(z.string()).describe("The labels of the red figures; accepting or applying first confirms them"),
    figures: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        value: z.number().nullable(),
        unit: z.enum(["share", "days", "count", "hours"]),
        count: z.int(),
        red: z.boolean(),
      }),
    ),
    scorecard: z.string().describe("The API path of the full scorecard, with every figure's definition and drill-down"),
  })
  .meta({ id: "ScorecardSummary" });
export type ScorecardSummary = z.infer<typeof ScorecardSummary>;
