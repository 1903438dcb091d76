import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CaptureSignature,
  DefineDeliverables,
  DeliverablesView,
  FileView,
  FillCustomField,
  TickChecklistItem,
  WriteReport,
} from "#domains/assignments/deliverables/contract";
import { api } from "../api";
import { assignmentKeys } from "./queries";

export const deliverableKeys = { one: (id: string) => ["assignments", "deliverables", id] as const };

/** What the worker must hand in and what is in (GET /assignments/{id}/deliverables), with `canDefine`/`canHandIn`. */
export function useDeliverables(id: string) {
  return useQuery({
    queryKey: deliverableKeys.one(id),
    queryFn: ({ signal }) => api.get<DeliverablesView>(`/assignments/${id}/deliverables`, undefined, signal),
  });
}

/** After a deliverables change: its view, and the assignment (completeness, "deliverable late") and timeline. */
function useRefreshDeliverables(id: string) {
  const client = useQueryClient();
  return (view: DeliverablesView | undefined) => {
    if (view) {
      client.setQueryData(deliverableKeys.one(id), view);
    } else {
      void client.invalidateQueries({ queryKey: deliverableKeys.one(id) });
    }
    void client.invalidateQueries({ queryKey: assignmentKeys.one(id) });
    void client.invalidateQueries({ queryKey: ["events"] });
    void client.invalidateQueries({ queryKey: ["events", `assignment:${id}`] });
  };
}

export function useDefineDeliverables(id: string) {
  const refresh = useRefreshDeliverables(id);
  return useMutation({
    mutationFn: (input: DefineDeliverables) => api.put<DeliverablesView>(`/assignments/${id}/deliverables`, input),
    onSuccess: refresh,
  });
}

export function useTickChecklistItem(id: string) {
  const refresh = useRefreshDeliverables(id);
  return useMutation({
    mutationFn: ({ itemId, done }: { itemId: string } & TickChecklistItem) =>
      api.put<DeliverablesView>(`/assignments/${id}/deliverables/checklist/${itemId}`, { done }),
    onSuccess: refresh,
  });
}

export function useFillCustomField(id: string) {
  const refresh = useRefreshDeliverables(id);
  return useMutation({
    mutationFn: ({ fieldId, value }: { fieldId: string } & FillCustomField) =>
      api.put<DeliverablesView>(`/assignments/${id}/deliverables/fields/${fieldId}`, { value }),
    onSuccess: refresh,
  });
}

export function useWriteReport(id: string) {
  const refresh = useRefreshDeliverables(id);
  return useMutation({
    mutationFn: ({ requirementId, text }: { requirementId: string } & WriteReport) =>
      api.put<DeliverablesView>(`/assignments/${id}/deliverables/requirements/${requirementId}/report`, { text }),
    onSuccess: refresh,
  });
}

export function useCaptureSignature(id: string) {
  const refresh = useRefreshDeliverables(id);
  return useMutation({
    mutationFn: ({ requirementId, ...body }: { requirementId: string } & CaptureSignature) =>
      api.post<FileView>(`/assignments/${id}/deliverables/requirements/${requirementId}/signature`, body),
    onSuccess: () => refresh(undefined),
  });
}

export function useRemoveDeliverableFile(id: string) {
  const refresh = useRefreshDeliverables(id);
  return useMutation({
    mutationFn: ({ requirementId, fileId }: { requirementId: string; fileId: string }) =>
      api.delete<DeliverablesView>(`/assignments/${id}/deliverables/requirements/${requirementId}/files/${fileId}`),
    onSuccess: refresh,
  });
}

export function useUploadDeliverableFile(id: string) {
  const refresh = useRefreshDeliverables(id);
  return useMutation({
    mutationFn: ({ requirementId, file }: { requirementId: string; file: File }) =>
      api.upload<FileView>(`/assignments/${id}/deliverables/requirements/${requirementId}/files`, file),
    onSuccess: () => refresh(undefined),
  });
}
