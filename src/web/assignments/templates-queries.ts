import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CreateFromTemplate,
  ImportReport,
  SaveTemplate,
  TemplateList,
  TemplateView,
} from "#domains/assignments/templates/contract";
import type { AssignmentView } from "#domains/assignments/views";
import { api } from "../api";
import { useRefreshAfter } from "./queries";

const templateKeys = { all: ["assignment-templates"] as const };

export function useTemplates() {
  return useQuery({
    queryKey: templateKeys.all,
    queryFn: ({ signal }) => api.get<TemplateList>("/assignment-templates", undefined, signal),
  });
}

export function useSaveTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveTemplate) => api.post<TemplateView>("/assignment-templates", input),
    onSuccess: () => void client.invalidateQueries({ queryKey: templateKeys.all }),
  });
}

export function useDeleteTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<{ ok: true }>(`/assignment-templates/${id}`),
    onSuccess: () => void client.invalidateQueries({ queryKey: templateKeys.all }),
  });
}

/** A new draft from a template (POST /assignment-templates/{id}/assignments), its deliverables copied. */
export function useCreateFromTemplate() {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: ({ templateId, ...input }: { templateId: string } & CreateFromTemplate) =>
      api.post<AssignmentView>(`/assignment-templates/${templateId}/assignments`, input),
    onSuccess: refresh,
  });
}

/** Bulk create from a CSV text: one draft per row, the report says row by row what was refused and why. */
export function useImportCsv() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ csv, templateId }: { csv: string; templateId: string | null }) =>
      api.postRaw<ImportReport>(
        `/assignment-templates/import${templateId ? `?templateId=${encodeURIComponent(templateId)}` : ""}`,
        csv,
        { "content-type": "text/csv" },
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: ["assignments", "list"] }),
  });
}
