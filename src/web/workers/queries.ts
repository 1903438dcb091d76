import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { UpdateWorkerProfile } from "#domains/workers/contract";
import { api, ok } from "../api";

export const workerKeys = {
  mine: ["workers", "me"] as const,
  public: (id: string) => ["workers", "public", id] as const,
};

export function useMyWorkerProfile({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: workerKeys.mine, queryFn: () => ok(api.GET("/api/v1/workers/me")), enabled });
}

export function useUpdateWorkerProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateWorkerProfile) => ok(api.PATCH("/api/v1/workers/me", { body: input })),
    onSuccess: (profile) => {
      client.setQueryData(workerKeys.mine, profile);
      void client.invalidateQueries({ queryKey: workerKeys.public(profile.userId) });
    },
  });
}

export function usePublicWorker(id: string) {
  return useQuery({
    queryKey: workerKeys.public(id),
    queryFn: () => ok(api.GET("/api/v1/workers/{id}", { params: { path: { id } } })),
  });
}
