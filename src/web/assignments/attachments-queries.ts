import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AttachmentList, FileView } from "#domains/assignments/deliverables/contract";
import { api } from "../api";

export const attachmentKeys = { one: (id: string) => ["assignments", "attachments", id] as const };

/**
 * The client's files on an assignment (GET /assignments/{id}/attachments) with `canAttach`. The server shows them to
 * company members and the assigned worker and answers 404 to anyone else, invited workers included: `enabled`
 * leaves out the request the caller knows would be refused.
 */
export function useAttachments(id: string, enabled: boolean) {
  return useQuery({
    queryKey: attachmentKeys.one(id),
    queryFn: ({ signal }) => api.get<AttachmentList>(`/assignments/${id}/attachments`, undefined, signal),
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
    mutationFn: (file: File) => api.upload<FileView>(`/assignments/${id}/attachments`, file),
    onSuccess: refresh,
  });
}

export function useRemoveAttachment(id: string) {
  const refresh = useRefreshAttachments(id);
  return useMutation({
    mutationFn: (fileId: string) => api.delete<{ ok: true }>(`/assignments/${id}/attachments/${fileId}`),
    onSuccess: refresh,
  });
}
