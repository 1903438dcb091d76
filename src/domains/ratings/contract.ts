/**
 * The ratings vocabulary (issue 14): the three levels, what each side rates, and what clients send. Browser-safe.
 */
import { z } from "zod";
import { Cursor, Id, Limit, Text } from "#shared/fields";

export const ratingLevels = ["excellent", "satisfied", "unsatisfied"] as const;
export type RatingLevel = (typeof ratingLevels)[number];
/** Who is rated: the company rates the `worker`, the worker rates the `company`. */
export const ratees = ["worker", "company"] as const;
export type Ratee = (typeof ratees)[number];

/** The dimensions besides `overall`, by who is rated. */
export const dimensionsOf = {
  worker: ["quality", "professionalism", "communication"],
  company: ["clarity", "communication", "paymentAsPromised"],
} as const satisfies Record<Ratee, readonly string[]>;

/** Excellent and satisfied count as satisfied in every share. */
export const isSatisfied = (level: RatingLevel) => level !== "unsatisfied";

/** Days both ratings stay hidden at most: after this, whatever was given is published (double-blind). */
export const BLIND_DAYS = 14;

const Level = z.enum(ratingLevels);
const Review = Text(5000);

export const RateWorker = z.strictObject({
  rates: z.literal("worker"),
  overall: Level,
  quality: Level,
  professionalism: Level,
  communication: Level,
  review: Review,
});
export const RateCompany = z.strictObject({
  rates: z.literal("company"),
  overall: Level,
  clarity: Level.describe("Clarity of the assignment's description"),
  communication: Level,
  paymentAsPromised: Level,
  review: Review,
});
/** One body for both sides; `rates` says who is rated and must match the caller's side. */
export const GiveRating = z.discriminatedUnion("rates", [RateWorker, RateCompany]);
export type GiveRating = z.infer<typeof GiveRating>;

export const ReplyToRating = z.strictObject({ text: Text(2000) });
export type ReplyToRating = z.infer<typeof ReplyToRating>;

export const FlagRating = z.strictObject({ reason: Text(1000) });
export type FlagRating = z.infer<typeof FlagRating>;

/** The figures of each scorecard, in the order pages show them. */
export const companyFigures = [
  "approvalDays",
  "approvedBeforeDeadline",
  "paidOnTime",
  "daysLate",
  "pastDueNow",
  "satisfaction",
  "cancellations",
  "lateCancellations",
  "lateCancellationFeesPaid",
  "responseTime",
] as const;
export const workerFigures = [
  "satisfaction",
  "quality",
  "professionalism",
  "communication",
  "onTimeArrival",
  "deliverablesOnTime",
  "completed",
  "abandons",
  "noShows",
  "responseTime",
] as const;
export type CompanyFigure = (typeof companyFigures)[number];
export type WorkerFigure = (typeof workerFigures)[number];
export type FigureKey = CompanyFigure | WorkerFigure;
export const scorecardSubjects = ["company", "worker"] as const;
export type ScorecardSubject = (typeof scorecardSubjects)[number];

export const windows = ["last90Days", "allTime"] as const;
export type Window = (typeof windows)[number];

export const DrillDownQuery = z.strictObject({
  window: z.enum(windows).default("last90Days"),
  limit: Limit,
  cursor: Cursor,
});
export type DrillDownQuery = z.infer<typeof DrillDownQuery>;
export const ExportQuery = z.strictObject({ window: z.enum(windows).default("last90Days") });
export type ExportQuery = z.infer<typeof ExportQuery>;
export const CompanyFigureParams = z.strictObject({
  id: z.uuid({ error: "Use a valid id." }),
  figure: z.enum(companyFigures),
});
export const WorkerFigureParams = z.strictObject({
  id: z.uuid({ error: "Use a valid id." }),
  figure: z.enum(workerFigures),
});

/** Most workers one read of several scorecards takes (a page of the API's lists). */
export const MAX_SCORECARDS = 100;

export const WorkerScorecardsQuery = z.strictObject({
  /** Worker ids, the parameter repeated (`ids=…&ids=…`) or comma-separated; an id that is no worker is left out. */
  ids: z.preprocess(
    (v) => (typeof v === "string" ? v.split(",").filter(Boolean) : v),
    z
      .array(Id)
      .min(1, "Give at least one worker id.")
      .max(MAX_SCORECARDS, `Ask for at most ${MAX_SCORECARDS} workers at once.`),
  ),
});
export type WorkerScorecardsQuery = z.infer<typeof WorkerScorecardsQuery>;
