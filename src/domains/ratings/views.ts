/** What the ratings API answers (browser-safe Zod). */
import { z } from "zod";
import { companyFigures, ratees, ratingLevels, windows, workerFigures } from "./contract";

const Level = z.enum(ratingLevels);
const Instant = z.string().describe("ISO 8601 date-time");

export const RatingView = z
  .object({
    id: z.uuid(),
    assignmentId: z.uuid(),
    rates: z.enum(ratees).describe("Who is rated: the worker (by the company) or the company (by the worker)"),
    companyId: z.uuid(),
    workerId: z.uuid(),
    overall: Level,
    scores: z.record(z.string(), Level).describe("The three dimensions of this side, by name"),
    review: z.string(),
    createdAt: Instant,
    updatedAt: Instant,
    publishedAt: Instant.nullable().describe("Null while hidden: only its author sees it then"),
    reply: z.string().nullable(),
    repliedAt: Instant.nullable(),
    actions: z.array(z.enum(["reply", "flag"])),
  })
  .meta({ id: "Rating" });
export type RatingView = z.infer<typeof RatingView>;

export const AssignmentRatings = z
  .object({
    assignmentId: z.uuid(),
    /** What the caller may see: their own rating (hidden or not) and the published ones. */
    ratings: z.array(RatingView),
    mine: RatingView.nullable().describe("The caller's own rating, if they gave one"),
    canRate: z.boolean().describe("The caller may give (or still change) their rating now"),
    rates: z.enum(ratees).nullable().describe("Who the caller rates here: the worker or the company"),
    published: z.boolean(),
    publishesAt: Instant.nullable().describe(
      "When the hidden ratings are published at the latest (14 days after the first); null before any rating",
    ),
  })
  .meta({ id: "AssignmentRatings" });
export type AssignmentRatings = z.infer<typeof AssignmentRatings>;

export const FlagView = z.object({ id: z.uuid(), ratingId: z.uuid(), createdAt: Instant }).meta({ id: "RatingFlag" });
export type FlagView = z.infer<typeof FlagView>;

const figureKeys = [...new Set([...companyFigures, ...workerFigures])] as [string, ...string[]];

export const Figure = z
  .object({
    key: z.enum(figureKeys),
    label: z.string(),
    value: z.number().nullable().describe("A share in 0..1, days, hours or a count (see unit); null without data"),
    unit: z.enum(["share", "days", "count", "hours"]),
    count: z.int().describe("How many contributions (assignments, invoices, ratings) the value is made of"),
    window: z.enum([...windows, "now"]),
    definition: z.string(),
    red: z.boolean().describe("The seed's threshold is crossed (judged on the last 90 days)"),
    note: z.string().nullable().describe("Why the figure has no value, when it is not kept yet"),
    drillDown: z.string().describe("The API path listing the contributions behind the figure"),
  })
  .meta({ id: "ScorecardFigure" });
export type Figure = z.infer<typeof Figure>;

export const Scorecard = z
  .object({
    subject: z.object({ type: z.enum(["company", "worker"]), id: z.uuid(), name: z.string() }),
    last90Days: z.array(Figure),
    allTime: z.array(Figure),
    red: z.array(z.string()).describe("The labels of the red figures, for a confirmation that names them"),
    withYourCompany: z
      .array(z.object({ key: z.string(), label: z.string(), value: z.number().nullable(), count: z.int() }))
      .nullable()
      .describe(
        "A worker's scorecard read by a company member: the figures from that company's own assignments with the worker, all time (nobody else sees them); null otherwise",
      ),
  })
  .meta({ id: "Scorecard" });
export type Scorecard = z.infer<typeof Scorecard>;

export const WorkerScorecards = z
  .object({
    items: z
      .array(Scorecard)
      .describe("One per worker asked, in the order asked, each as the worker's own scorecard read answers it"),
  })
  .meta({ id: "WorkerScorecards" });
export type WorkerScorecards = z.infer<typeof WorkerScorecards>;

export const Contribution = z
  .object({
    at: Instant,
    assignmentId: z.uuid().nullable(),
    value: z.number().describe("This contribution's value: 1 or 0 for a share, days for an average, 1 for a tally"),
    note: z.string(),
  })
  .meta({ id: "ScorecardContribution" });

export const DrillDown = z
  .object({
    figure: Figure,
    items: z.array(Contribution),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: "ScorecardDrillDown" });
export type DrillDown = z.infer<typeof DrillDown>;

export const MonthlyPoint = z
  .object({
    month: z.string().describe("The UTC month, YYYY-MM"),
    value: z.number().nullable().describe("The figure over that month alone; null without data"),
    count: z.int(),
    red: z.boolean().describe("The seed's threshold is crossed in that month"),
  })
  .meta({ id: "ScorecardMonth" });

export const MonthlyScorecard = z
  .object({
    subject: z.object({ type: z.enum(["company", "worker"]), id: z.uuid(), name: z.string() }),
    months: z.array(z.string()).describe("The last 12 UTC months, oldest first (YYYY-MM), the current one last"),
    figures: z.array(
      z.object({
        key: z.enum(figureKeys),
        label: z.string(),
        unit: z.enum(["share", "days", "count", "hours"]),
        definition: z.string(),
        note: z.string().nullable().describe("Why the figure has no monthly values"),
        points: z.array(MonthlyPoint).describe("One per month, in the order of `months`"),
      }),
    ),
  })
  .meta({ id: "MonthlyScorecard" });
export type MonthlyScorecard = z.infer<typeof MonthlyScorecard>;
