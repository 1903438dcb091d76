import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AddCredential, SaveRequirementSet } from "#domains/talent/contract";
import type { CreatePool, MessagePool } from "#domains/talent/pools/contract";
import { api, fileForm, ok } from "../api";

export const talentKeys = {
  all: ["talent"] as const,
  mine: ["talent", "credentials", "mine"] as const,
  worker: (workerId: string) => ["talent", "credentials", "worker", workerId] as const,
  sets: ["talent", "requirement-sets"] as const,
  requirements: (id: string, workerId?: string) => ["talent", "requirements", id, workerId ?? "me"] as const,
};

/** Any talent change can change a requirement check anywhere: refresh every talent read and the assignments. */
function useRefreshTalent() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: talentKeys.all });
    void client.invalidateQueries({ queryKey: ["assignments"] });
  };
}

export function useMyCredentials() {
  return useQuery({ queryKey: talentKeys.mine, queryFn: () => ok(api.GET("/api/v1/credentials")) });
}

export function useAddCredential() {
  const refresh = useRefreshTalent();
  return useMutation({
    mutationFn: (input: AddCredential) => ok(api.POST("/api/v1/credentials", { body: input })),
    onSuccess: refresh,
  });
}

export function useUploadCredentialDocument() {
  const refresh = useRefreshTalent();
  return useMutation({
    mutationFn: ({ id, file }: { id: string; file: File }) =>
      ok(
        api.POST("/api/v1/credentials/{id}/document", {
          params: { path: { id } },
          body: { file },
          bodySerializer: fileForm,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useWorkerCredentials(workerId: string) {
  return useQuery({
    queryKey: talentKeys.worker(workerId),
    queryFn: () => ok(api.GET("/api/v1/workers/{workerId}/credentials", { params: { path: { workerId } } })),
  });
}

export function useVerifyCredential() {
  const refresh = useRefreshTalent();
  return useMutation({
    mutationFn: (id: string) =>
      ok(api.POST("/api/v1/credentials/{id}/verify", { params: { path: { id } }, body: { note: null } })),
    onSuccess: refresh,
  });
}

export function useRejectCredential() {
  const refresh = useRefreshTalent();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      ok(api.POST("/api/v1/credentials/{id}/reject", { params: { path: { id } }, body: { reason } })),
    onSuccess: refresh,
  });
}

export function useRequirementSets() {
  return useQuery({ queryKey: talentKeys.sets, queryFn: () => ok(api.GET("/api/v1/requirement-sets")) });
}

export function useCreateRequirementSet() {
  const refresh = useRefreshTalent();
  return useMutation({
    mutationFn: (input: SaveRequirementSet) => ok(api.POST("/api/v1/requirement-sets", { body: input })),
    onSuccess: refresh,
  });
}

/** The assignment's set checked for the calling worker, or (for the company) the named worker. */
export function useAssignmentRequirements(id: string, workerId?: string) {
  return useQuery({
    queryKey: talentKeys.requirements(id, workerId),
    queryFn: () =>
      ok(
        api.GET("/api/v1/assignments/{id}/requirements", {
          params: { path: { id }, query: workerId ? { workerId } : {} },
        }),
      ),
  });
}

export function useAttachedRequirementSet(id: string) {
  return useQuery({
    queryKey: ["talent", "attached", id],
    queryFn: () => ok(api.GET("/api/v1/assignments/{id}/requirement-set", { params: { path: { id } } })),
  });
}

export function useAttachRequirementSet(id: string) {
  const refresh = useRefreshTalent();
  return useMutation({
    mutationFn: (requirementSetId: string | null) =>
      ok(api.PUT("/api/v1/assignments/{id}/requirement-set", { params: { path: { id } }, body: { requirementSetId } })),
    onSuccess: refresh,
  });
}

export function useOverrideRequirements(id: string) {
  const refresh = useRefreshTalent();
  return useMutation({
    mutationFn: (input: { workerId: string; reason: string }) =>
      ok(api.POST("/api/v1/assignments/{id}/requirement-overrides", { params: { path: { id } }, body: input })),
    onSuccess: refresh,
  });
}

export const poolKeys = { all: ["talent", "pools"] as const };

export function useTalentPools() {
  return useQuery({ queryKey: poolKeys.all, queryFn: () => ok(api.GET("/api/v1/talent-pools")) });
}

export function useTalentPool(id: string) {
  return useQuery({
    queryKey: [...poolKeys.all, id],
    queryFn: () => ok(api.GET("/api/v1/talent-pools/{id}", { params: { path: { id } } })),
  });
}

export function useCreateTalentPool() {
  const refresh = useRefreshTalent();
  return useMutation({
    mutationFn: (input: CreatePool) => ok(api.POST("/api/v1/talent-pools", { body: input })),
    onSuccess: refresh,
  });
}

export function useApplyToPool() {
  const refresh = useRefreshTalent();
  return useMutation({
    mutationFn: (id: string) => ok(api.POST("/api/v1/talent-pools/{id}/apply", { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

export function useInviteToPool() {
  const refresh = useRefreshTalent();
  return useMutation({
    mutationFn: ({ id, workerId }: { id: string; workerId: string }) =>
      ok(api.POST("/api/v1/talent-pools/{id}/invitations", { params: { path: { id } }, body: { workerId } })),
    onSuccess: refresh,
  });
}

export function useApprovePoolMember() {
  const refresh = useRefreshTalent();
  return useMutation({
    mutationFn: ({ id, workerId }: { id: string; workerId: string }) =>
      ok(api.POST("/api/v1/talent-pools/{id}/members/{workerId}/approve", { params: { path: { id, workerId } } })),
    onSuccess: refresh,
  });
}

/** One email to every member of a pool; changes nothing the pages show, so nothing is refreshed. */
export function useMessagePool() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: MessagePool }) =>
      ok(api.POST("/api/v1/talent-pools/{id}/messages", { params: { path: { id } }, body })),
  });
}
