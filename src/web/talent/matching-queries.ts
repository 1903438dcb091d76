import { useQuery } from "@tanstack/react-query";
import { api, ok } from "../api";

export interface WorkerSearch {
  skills: string;
  near: string;
  radiusMiles: number;
  q: string;
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
            },
          },
          signal,
        }),
      ),
  });
}

/** GET /assignments/{id}/matches: the ranked workers with the reasons. */
export function useAssignmentMatches(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ["talent", "matches", id],
    enabled,
    queryFn: ({ signal }) => ok(api.GET("/api/v1/assignments/{id}/matches", { params: { path: { id } }, signal })),
  });
}
