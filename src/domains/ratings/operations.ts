import type { OperationDocs } from "#platform/domain";

/** What the API reference says about each ratings operation (applied by operationId). */
export const operations: OperationDocs = {
  giveRating: {
    summary: "Rate the other side of an assignment",
    description:
      "After the assignment is approved, invoiced, paid or cancelled after assignment, the company (admin or manager) rates the worker (overall, quality, professionalism, communication) and the worker rates the company (overall, clarity, communication, payment as promised), each excellent, satisfied or unsatisfied, with a review. Ratings are double-blind: hidden from the other side until both have rated or 14 days have passed since the first, then published together. Sending again before publication changes the caller's rating (200); the first time answers 201. `rates` must name the other side.",
  },
  listAssignmentRatings: {
    summary: "Get an assignment's ratings",
    description:
      "The caller's own side's rating (hidden or published) and the other side's once published, whether the caller may rate now, and when hidden ratings are published at the latest. For the assignment's company and its worker; others get 404.",
  },
  replyToRating: {
    summary: "Reply to a rating",
    description:
      "The rated side's one public reply to a published rating: the rated worker, or the rated company's admin or manager. A second reply is 409.",
  },
  flagRating: {
    summary: "Flag a review as abusive",
    description:
      "Anyone who can read a published rating may flag it; the flag and its reason are kept for Trust & Safety. Flagging the same rating again answers the first flag.",
  },
  getCompanyScorecard: {
    summary: "Get a company's scorecard",
    description:
      "The Company Scorecard for the last 90 days (today and the 89 UTC days before) and all time: approval time, approvals before auto-approval, payment timeliness, invoices past due now, worker satisfaction, cancellations after assignment, and the median response time to workers' questions and messages (from the messages domain). Each figure carries its value, the number of contributions, its window, a one-sentence definition, whether it is red (satisfaction under 75 %, approval 3 days or more, payments 1 day or more late on average) and the path of its drill-down. Kept incrementally as events happen.",
  },
  getCompanyMonthlyScorecard: {
    summary: "Get a company's scorecard by month",
    description:
      "Each Company Scorecard figure for each of the last 12 UTC months (the current month last), computed over that month alone from sums kept as events happen: value, number of contributions and whether the month crosses the red threshold. Invoices past due now have no monthly history. The same readers as the scorecard.",
  },
  drillDownCompanyFigure: {
    summary: "List what makes a company figure",
    description:
      "The assignments and invoices behind one Company Scorecard figure in the window, newest first, each with its contribution (1 or 0 for a share, days for an average) and what happened; paged by cursor.",
  },
  exportCompanyFigureCsv: {
    summary: "Export a company figure's drill-down (CSV)",
    description: "The drill-down of one Company Scorecard figure as CSV, at most 10,000 rows, newest first.",
  },
  getWorkerScorecard: {
    summary: "Get a worker's scorecard",
    description:
      "The worker scorecard for the last 90 days and all time: client satisfaction and its three dimensions, on-time arrival, deliverables on time, completed assignments, abandons (the worker's cancellations) and no-shows, and the median response time; each figure with value, count, window, definition and drill-down path.",
  },
  listWorkerScorecards: {
    summary: "Get several workers' scorecards",
    description:
      "The scorecards of up to 100 workers in one read (`ids`, repeated or comma-separated), in the order asked, each exactly what getWorkerScorecard answers for that worker (the caller's company's own history with the worker included for a company member); an id that is no worker is left out. The assignment page reads its invited workers' and applicants' scorecards this way.",
  },
  getWorkerMonthlyScorecard: {
    summary: "Get a worker's scorecard by month",
    description:
      "Each worker scorecard figure for each of the last 12 UTC months (the current month last), computed over that month alone from sums kept as events happen, with the number of contributions. The same readers as the scorecard.",
  },
  drillDownWorkerFigure: {
    summary: "List what makes a worker figure",
    description:
      "The assignments behind one worker scorecard figure in the window, newest first, each with its contribution and what happened; paged by cursor.",
  },
  exportWorkerFigureCsv: {
    summary: "Export a worker figure's drill-down (CSV)",
    description: "The drill-down of one worker scorecard figure as CSV, at most 10,000 rows, newest first.",
  },
};
