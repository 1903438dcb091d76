import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, fileForm, ok } from "../api";

export const attachmentKeys = { one: (id: string) => ["assignments", "attachments", id] as const };

/**
 * The client's files on an assignment (GET /assignments/{id}/attachments) with `canAttach`. The server shows them to
 * company members and the assigned worker and answers 404 to anyone else, invited workers included: `enabled`
 * leaves out the request the caller knows would be refused.
 */
export function useAttachments(id: string, enabled: boolean) {
  return useQuery({
    queryKey: attachmentKeys.one(id),
    queryFn: ({ signal }) => ok(api.GET("/api/v1/assignments/{id}/attachments", { params: { path: { id } }, signal })),
    enabled,
  });
}

/** After an attachment change: the list, and the timeline that records it. */
function useRefreshAttachments(id: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: attachmentKeys.one(id) });
    void client.invalidateQueries({ queryKey: ["events"] });
    void client.invalidateQueries({ queryKey: ["events", `assignment:${id}`] });
  };
}

export function useAddAttachment(id: string) {
  const refresh = useRefreshAttachments(id);
  return useMutation({
    mutationFn: (file: File) =>
      ok(
        api.POST("/api/v1/assignments/{id}/attachments", {
          params: { path: { id } },
          body: { file },
          bodySerializer: fileForm,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useRemoveAttachment(id: string) {
  const refresh = useRefreshAttachments(id);
  return useMutation({
    mutationFn: (fileId: string) =>
      ok(api.DELETE("/api/v1/assignments/{id}/attachments/{fileId}", { params: { path: { id, fileId } } })),
    onSuccess: refresh,
  });
}
