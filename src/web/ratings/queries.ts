import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { FlagRating, GiveRating, ReplyToRating } from "#domains/ratings/contract";
import type { paths } from "../../../sdk/schema";
import { api, ok } from "../api";

export type Scorecard =
  paths["/api/v1/companies/{id}/scorecard"]["get"]["responses"]["200"]["content"]["application/json"];
export type Figure = Scorecard["last90Days"][number];
export type Subject = "company" | "worker";
export type Window = "last90Days" | "allTime";

export const ratingKeys = {
  all: ["ratings"] as const,
  assignment: (id: string) => ["ratings", "assignment", id] as const,
  scorecard: (subject: Subject, id: string) => ["ratings", "scorecard", subject, id] as const,
  workerScorecards: (ids: readonly string[]) => ["ratings", "worker-scorecards", ...ids] as const,
  monthly: (subject: Subject, id: string) => ["ratings", "monthly", subject, id] as const,
  drillDown: (subject: Subject, id: string, figure: string, window: Window, cursor: string | undefined) =>
    ["ratings", "drill-down", subject, id, figure, window, cursor] as const,
};

export function useAssignmentRatings(id: string) {
  return useQuery({
    queryKey: ratingKeys.assignment(id),
    queryFn: () => ok(api.GET("/api/v1/assignments/{id}/ratings", { params: { path: { id } } })),
  });
}

function useRefresh() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: ratingKeys.all });
}

export function useGiveRating(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: GiveRating) =>
      ok(api.POST("/api/v1/assignments/{id}/ratings", { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export function useReplyToRating(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ReplyToRating) => ok(api.POST("/api/v1/ratings/{id}/reply", { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export function useFlagRating(id: string) {
  return useMutation({
    mutationFn: (body: FlagRating) => ok(api.POST("/api/v1/ratings/{id}/flags", { params: { path: { id } }, body })),
  });
}

export function useScorecard(subject: Subject, id: string | undefined) {
  return useQuery({
    queryKey: ratingKeys.scorecard(subject, id ?? ""),
    enabled: Boolean(id),
    queryFn: ({ signal }) =>
      subject === "company"
        ? ok(api.GET("/api/v1/companies/{id}/scorecard", { params: { path: { id: id ?? "" } }, signal }))
        : ok(api.GET("/api/v1/workers/{id}/scorecard", { params: { path: { id: id ?? "" } }, signal })),
  });
}

/** The most workers one read takes (the API's bound); a longer list is read in that many workers a request. */
const SCORECARDS_PER_READ = 100;

/**
 * Several workers' scorecards (GET /workers/scorecards), for a table of invited workers or applicants: one request
 * per 100 workers, each one statement on the server, where every row used to read its own scorecard. By worker id.
 */
export function useWorkerScorecards(workerIds: readonly string[]) {
  const ids = [...new Set(workerIds)].sort();
  return useQuery({
    queryKey: ratingKeys.workerScorecards(ids),
    enabled: ids.length > 0,
    queryFn: async ({ signal }) => {
      const reads = [];
      for (let i = 0; i < ids.length; i += SCORECARDS_PER_READ) {
        const chunk = ids.slice(i, i + SCORECARDS_PER_READ);
        reads.push(ok(api.GET("/api/v1/workers/scorecards", { params: { query: { ids: chunk } }, signal })));
      }
      const pages = await Promise.all(reads);
      return new Map(pages.flatMap((page) => page.items.map((card) => [card.subject.id, card] as const)));
    },
  });
}

export type MonthlyScorecard =
  paths["/api/v1/companies/{id}/scorecard/monthly"]["get"]["responses"]["200"]["content"]["application/json"];
export type MonthlyFigure = MonthlyScorecard["figures"][number];

export function useMonthlyScorecard(subject: Subject, id: string) {
  return useQuery({
    queryKey: ratingKeys.monthly(subject, id),
    queryFn: ({ signal }) =>
      subject === "company"
        ? ok(api.GET("/api/v1/companies/{id}/scorecard/monthly", { params: { path: { id } }, signal }))
        : ok(api.GET("/api/v1/workers/{id}/scorecard/monthly", { params: { path: { id } }, signal })),
  });
}

export type CompanyFigureKey =
  paths["/api/v1/companies/{id}/scorecard/{figure}"]["get"]["parameters"]["path"]["figure"];
export type WorkerFigureKey = paths["/api/v1/workers/{id}/scorecard/{figure}"]["get"]["parameters"]["path"]["figure"];

export function useDrillDown(subject: Subject, id: string, figure: string, window: Window, cursor?: string) {
  return useQuery({
    queryKey: ratingKeys.drillDown(subject, id, figure, window, cursor),
    queryFn: ({ signal }) => {
      const query = { window, ...(cursor ? { cursor } : {}) };
      return subject === "company"
        ? ok(
            api.GET("/api/v1/companies/{id}/scorecard/{figure}", {
              params: { path: { id, figure: figure as CompanyFigureKey }, query },
              signal,
            }),
          )
        : ok(
            api.GET("/api/v1/workers/{id}/scorecard/{figure}", {
              params: { path: { id, figure: figure as WorkerFigureKey }, query },
              signal,
            }),
          );
    },
  });
}
