import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CaptureSignature,
  DefineDeliverables,
  DeliverablesView,
  FillCustomField,
  TickChecklistItem,
  WriteReport,
} from "#domains/assignments/deliverables/contract";
import { api, fileForm, ok } from "../api";
import { assignmentKeys } from "./queries";

export const deliverableKeys = { one: (id: string) => ["assignments", "deliverables", id] as const };

/** What the worker must hand in and what is in (GET /assignments/{id}/deliverables), with `canDefine`/`canHandIn`. */
export function useDeliverables(id: string) {
  return useQuery({
    queryKey: deliverableKeys.one(id),
    queryFn: ({ signal }) => ok(api.GET("/api/v1/assignments/{id}/deliverables", { params: { path: { id } }, signal })),
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
    mutationFn: (input: DefineDeliverables) =>
      ok(api.PUT("/api/v1/assignments/{id}/deliverables", { params: { path: { id } }, body: input })),
    onSuccess: refresh,
  });
}

/**
 * Ticks one checklist item. The tick goes into the cached view before the request, after stopping any read in flight
 * (it would answer with the item as it was); the server's view replaces it once answered, again after stopping any
 * read that started before the tick was saved, so no refetch undoes it. A refusal puts the item back (the caller
 * shows why) and reads the view again. Ticks of one item go out one after another, so the last click wins.
 */
export function useTickChecklistItem(id: string, itemId: string) {
  const client = useQueryClient();
  const refresh = useRefreshDeliverables(id);
  const key = deliverableKeys.one(id);
  const markDone = (done: boolean) =>
    client.setQueryData<DeliverablesView>(
      key,
      (view) =>
        view && { ...view, checklist: view.checklist.map((item) => (item.id === itemId ? { ...item, done } : item)) },
    );
  return useMutation({
    scope: { id: `checklist:${id}:${itemId}` },
    mutationFn: ({ done }: TickChecklistItem) =>
      ok(
        api.PUT("/api/v1/assignments/{id}/deliverables/checklist/{itemId}", {
          params: { path: { id, itemId } },
          body: { done },
        }),
      ),
    onMutate: async ({ done }) => {
      await client.cancelQueries({ queryKey: key });
      markDone(done);
    },
    onSuccess: async (view) => {
      await client.cancelQueries({ queryKey: key });
      refresh(view);
    },
    onError: (_error, { done }) => {
      markDone(!done);
      void client.invalidateQueries({ queryKey: key });
    },
  });
}

export function useFillCustomField(id: string) {
  const refresh = useRefreshDeliverables(id);
  return useMutation({
    mutationFn: ({ fieldId, value }: { fieldId: string } & FillCustomField) =>
      ok(
        api.PUT("/api/v1/assignments/{id}/deliverables/fields/{fieldId}", {
          params: { path: { id, fieldId } },
          body: { value },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useWriteReport(id: string) {
  const refresh = useRefreshDeliverables(id);
  return useMutation({
    mutationFn: ({ requirementId, text }: { requirementId: string } & WriteReport) =>
      ok(
        api.PUT("/api/v1/assignments/{id}/deliverables/requirements/{requirementId}/report", {
          params: { path: { id, requirementId } },
          body: { text },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useCaptureSignature(id: string) {
  const refresh = useRefreshDeliverables(id);
  return useMutation({
    mutationFn: ({ requirementId, ...body }: { requirementId: string } & CaptureSignature) =>
      ok(
        api.POST("/api/v1/assignments/{id}/deliverables/requirements/{requirementId}/signature", {
          params: { path: { id, requirementId } },
          body,
        }),
      ),
    onSuccess: () => refresh(undefined),
  });
}

export function useRemoveDeliverableFile(id: string) {
  const refresh = useRefreshDeliverables(id);
  return useMutation({
    mutationFn: ({ requirementId, fileId }: { requirementId: string; fileId: string }) =>
      ok(
        api.DELETE("/api/v1/assignments/{id}/deliverables/requirements/{requirementId}/files/{fileId}", {
          params: { path: { id, requirementId, fileId } },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useUploadDeliverableFile(id: string) {
  const refresh = useRefreshDeliverables(id);
  return useMutation({
    mutationFn: ({ requirementId, file }: { requirementId: string; file: File }) =>
      ok(
        api.POST("/api/v1/assignments/{id}/deliverables/requirements/{requirementId}/files", {
          params: { path: { id, requirementId } },
          body: { file },
          bodySerializer: fileForm,
        }),
      ),
    onSuccess: () => refresh(undefined),
  });
}
