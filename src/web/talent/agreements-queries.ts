import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, fileForm, ok } from "../api";

const keys = { all: ["talent", "agreements"] as const };

function useRefresh() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ["talent"] });
    void client.invalidateQueries({ queryKey: ["assignments"] });
  };
}

export function useAgreements() {
  return useQuery({ queryKey: keys.all, queryFn: () => ok(api.GET("/api/v1/agreements")) });
}

export function useCreateAgreement() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (title: string) => ok(api.POST("/api/v1/agreements", { body: { title, description: null } })),
    onSuccess: refresh,
  });
}

export function useUploadAgreementVersion() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, version, file }: { id: string; version: string; file: File }) =>
      ok(
        api.POST("/api/v1/agreements/{id}/versions", {
          params: { path: { id }, query: { version } },
          body: { file },
          bodySerializer: fileForm,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useAskToSign() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, workerIds }: { id: string; workerIds: string[] }) =>
      ok(api.POST("/api/v1/agreements/{id}/requests", { params: { path: { id } }, body: { workerIds } })),
    onSuccess: refresh,
  });
}

export function useSignAgreement() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, versionId, fullName }: { id: string; versionId: string; fullName: string }) =>
      ok(api.POST("/api/v1/agreements/{id}/sign", { params: { path: { id } }, body: { versionId, fullName } })),
    onSuccess: refresh,
  });
}
