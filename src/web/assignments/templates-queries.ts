import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreateFromTemplate, SaveTemplate } from "#domains/assignments/templates/contract";
import { api, asIs, ok } from "../api";
import { useRefreshAfter } from "./queries";

const templateKeys = { all: ["assignment-templates"] as const };

export function useTemplates() {
  return useQuery({
    queryKey: templateKeys.all,
    queryFn: ({ signal }) => ok(api.GET("/api/v1/assignment-templates", { signal })),
  });
}

export function useSaveTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveTemplate) => ok(api.POST("/api/v1/assignment-templates", { body: input })),
    onSuccess: () => void client.invalidateQueries({ queryKey: templateKeys.all }),
  });
}

export function useDeleteTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => ok(api.DELETE("/api/v1/assignment-templates/{id}", { params: { path: { id } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: templateKeys.all }),
  });
}

/** A new draft from a template (POST /assignment-templates/{id}/assignments), its deliverables copied. */
export function useCreateFromTemplate() {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: ({ templateId, ...input }: { templateId: string } & CreateFromTemplate) =>
      ok(
        api.POST("/api/v1/assignment-templates/{id}/assignments", {
          params: { path: { id: templateId } },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

/** Bulk create from a CSV text: one draft per row, the report says row by row what was refused and why. */
export function useImportCsv() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ csv, templateId }: { csv: string; templateId: string | null }) =>
      ok(
        api.POST("/api/v1/assignment-templates/import", {
          params: { query: { templateId: templateId ?? undefined } },
          body: csv,
          headers: { "content-type": "text/csv" },
          bodySerializer: asIs,
        }),
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: ["assignments", "list"] }),
  });
}
