import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CloseCase, OpenEscalation, PostCaseMessage, ProposeSettlement } from "#domains/escalations/contract";
import type { paths } from "../../../sdk/schema";
import { api, fileForm, ok } from "../api";

export type CaseQuery = NonNullable<paths["/api/v1/escalations"]["get"]["parameters"]["query"]>;

export const escalationKeys = {
  all: ["escalations"] as const,
  list: (query: CaseQuery) => ["escalations", "list", query] as const,
  one: (id: string) => ["escalations", "one", id] as const,
};

/** After any step a case, its lists, and the assignment (pauses, status) may have changed. */
function useRefresh() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: escalationKeys.all });
    void client.invalidateQueries({ queryKey: ["assignments"] });
    void client.invalidateQueries({ queryKey: ["payments"] });
  };
}

export function useEscalations(query: CaseQuery = {}) {
  return useQuery({
    queryKey: escalationKeys.list(query),
    queryFn: ({ signal }) => ok(api.GET("/api/v1/escalations", { params: { query }, signal })),
  });
}

export function useEscalation(id: string) {
  return useQuery({
    queryKey: escalationKeys.one(id),
    queryFn: ({ signal }) => ok(api.GET("/api/v1/escalations/{id}", { params: { path: { id } }, signal })),
  });
}

export function useOpenEscalation(assignmentId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: OpenEscalation) =>
      ok(api.POST("/api/v1/assignments/{id}/escalations", { params: { path: { id: assignmentId } }, body: input })),
    onSuccess: refresh,
  });
}

export function usePostCaseMessage(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: PostCaseMessage) =>
      ok(api.POST("/api/v1/escalations/{id}/messages", { params: { path: { id } }, body: input })),
    onSuccess: refresh,
  });
}

/**
 * A file for the case (no `messageId`: the opening's evidence) or for the caller's own message in it; one file per
 * request, as the messages domain sends them.
 */
export function useAttachCaseFile() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ caseId, messageId, file }: { caseId: string; messageId?: string; file: File }) =>
      ok(
        api.POST("/api/v1/escalations/{id}/files", {
          params: { path: { id: caseId }, query: messageId ? { messageId } : {} },
          body: { file },
          bodySerializer: fileForm,
        }),
      ),
    onSettled: refresh,
  });
}

export function useTakeCase(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () => ok(api.POST("/api/v1/escalations/{id}/take", { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

export function useCloseCase(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: CloseCase) =>
      ok(api.POST("/api/v1/escalations/{id}/close", { params: { path: { id } }, body: input })),
    onSuccess: refresh,
  });
}

export function useWithdrawCase(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (reason: string | null) =>
      ok(api.POST("/api/v1/escalations/{id}/withdraw", { params: { path: { id } }, body: { reason } })),
    onSuccess: refresh,
  });
}

export function usePropose(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: ProposeSettlement) =>
      ok(api.POST("/api/v1/escalations/{id}/proposals", { params: { path: { id } }, body: input })),
    onSuccess: refresh,
  });
}

export function useAnswerProposal(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ proposalId, answer }: { proposalId: string; answer: "accept" | "decline" }) =>
      ok(
        answer === "accept"
          ? api.POST("/api/v1/escalations/{id}/proposals/{proposalId}/accept", { params: { path: { id, proposalId } } })
          : api.POST("/api/v1/escalations/{id}/proposals/{proposalId}/decline", {
              params: { path: { id, proposalId } },
            }),
      ),
    onSuccess: refresh,
  });
}

export function useEscalationDashboard() {
  return useQuery({
    queryKey: ["escalations", "dashboard"],
    queryFn: ({ signal }) => ok(api.GET("/api/v1/staff/escalations/dashboard", { signal })),
  });
}
