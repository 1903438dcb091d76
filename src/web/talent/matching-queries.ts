import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { Money } from "#shared/money";
import { api, ok } from "../api";
import { pagedByCursor } from "../ui/show-more";

export interface WorkerSearch {
  skills: string;
  near: string;
  radiusMiles: number;
  q: string;
  /** "" for any; else a credential kind, with an optional name. */
  credentialKind: "" | "certification" | "licence" | "insurance" | "screening";
  credentialName: string;
  /** "" for any; else one of the company's pools. */
  poolId: string;
  /** The highest hourly rate, in minor units with its currency; null for any. */
  maxRate: Money | null;
}

/** GET /workers/search: runs once the company member has asked (a search with no filter lists everyone by name). */
export function useWorkerSearch(search: WorkerSearch | null) {
  return useQuery({
    queryKey: ["talent", "search", search],
    enabled: search !== null,
    queryFn: ({ signal }) =>
      ok(
        api.GET("/api/v1/workers/search", {
          params: {
            query: {
              ...(search?.skills ? { skills: search.skills } : {}),
              ...(search?.near ? { near: search.near, radiusMiles: search.radiusMiles } : {}),
              ...(search?.q ? { q: search.q } : {}),
              ...(search?.credentialKind
                ? {
                    credentialKind: search.credentialKind,
                    ...(search.credentialName ? { credentialName: search.credentialName } : {}),
                  }
                : {}),
              ...(search?.poolId ? { poolId: search.poolId } : {}),
              ...(search?.maxRate ? { maxRate: search.maxRate.amount, rateCurrency: search.maxRate.currency } : {}),
            },
          },
          signal,
        }),
      ),
  });
}

/** GET /assignments/{id}/matches: the ranked workers with the reasons, a page at a time (the server's cursor). */
export function useAssignmentMatches(id: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: ["talent", "matches", id],
    enabled,
    queryFn: ({ pageParam: cursor, signal }) =>
      ok(
        api.GET("/api/v1/assignments/{id}/matches", {
          params: { path: { id }, query: cursor ? { cursor } : {} },
          signal,
        }),
      ),
    ...pagedByCursor,
  });
}
