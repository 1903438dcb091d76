import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { PublicWorker, UpdateWorkerProfile, WorkerProfile } from "#domains/workers/contract";
import { api } from "../api";

export const workerKeys = {
  mine: ["workers", "me"] as const,
  public: (id: string) => ["workers", "public", id] as const,
};

export function useMyWorkerProfile() {
  return useQuery({ queryKey: workerKeys.mine, queryFn: () => api.get<WorkerProfile>("/workers/me") });
}

export function useUpdateWorkerProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateWorkerProfile) => api.patch<WorkerProfile>("/workers/me", input),
    onSuccess: (profile) => {
      client.setQueryData(workerKeys.mine, profile);
      void client.invalidateQueries({ queryKey: workerKeys.public(profile.userId) });
    },
  });
}

export function usePublicWorker(id: string) {
  return useQuery({ queryKey: workerKeys.public(id), queryFn: () => api.get<PublicWorker>(`/workers/${id}`) });
}
