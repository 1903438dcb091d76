import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AnswerRequest, MakeRequest, RequestView } from "#domains/assignments/requests/contract";
import { api, ok } from "../api";
import { assignmentKeys } from "./queries";

export const requestKeys = { all: (id: string) => ["assignments", "requests", id] as const };

/** Budget, reschedule, expense and bonus requests of one assignment, with `canMake` and per-request `actions`. */
export function useRequests(id: string) {
  return useQuery({
    queryKey: requestKeys.all(id),
    queryFn: ({ signal }) => ok(api.GET("/api/v1/assignments/{id}/requests", { params: { path: { id } }, signal })),
  });
}

/** A request changes the assignment too (labels, maximum spend, schedule): all three are read again. */
function useRefreshRequests(id: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: requestKeys.all(id) });
    void client.invalidateQueries({ queryKey: assignmentKeys.one(id) });
    void client.invalidateQueries({ queryKey: ["events"] });
    void client.invalidateQueries({ queryKey: ["events", `assignment:${id}`] });
  };
}

export function useMakeRequest(id: string) {
  const refresh = useRefreshRequests(id);
  return useMutation({
    mutationFn: (input: MakeRequest) =>
      ok(api.POST("/api/v1/assignments/{id}/requests", { params: { path: { id } }, body: input })),
    onSuccess: refresh,
  });
}

/** POST /assignments/{id}/requests/{requestId}/accept | decline | withdraw. */
export function useAnswerRequest(id: string) {
  const refresh = useRefreshRequests(id);
  return useMutation({
    mutationFn: ({
      requestId,
      verb,
      ...body
    }: { requestId: string; verb: RequestView["actions"][number] } & AnswerRequest) =>
      ok(
        verb === "withdraw"
          ? api.POST("/api/v1/assignments/{id}/requests/{requestId}/withdraw", { params: { path: { id, requestId } } })
          : api.POST(`/api/v1/assignments/{id}/requests/{requestId}/${verb}`, {
              params: { path: { id, requestId } },
              body,
            }),
      ),
    onSuccess: refresh,
  });
}
