import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { GradeAttempt, SaveTest, SubmitAttempt } from "#domains/talent/tests/contract";
import { api, ok } from "../api";

export const testKeys = {
  all: ["talent", "tests"] as const,
  one: (id: string) => ["talent", "tests", id] as const,
  attempts: (id: string) => ["talent", "tests", id, "attempts"] as const,
  attempt: (id: string) => ["talent", "attempts", id] as const,
};

/** A test or attempt change can change a requirement check anywhere: refresh every talent read. */
function useRefresh() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ["talent"] });
    void client.invalidateQueries({ queryKey: ["assignments"] });
  };
}

export function useSkillTests() {
  return useQuery({ queryKey: testKeys.all, queryFn: () => ok(api.GET("/api/v1/skill-tests")) });
}

export function useSkillTest(id: string) {
  return useQuery({
    queryKey: testKeys.one(id),
    queryFn: () => ok(api.GET("/api/v1/skill-tests/{id}", { params: { path: { id } } })),
  });
}

export function useSkillTestAttempts(id: string) {
  return useQuery({
    queryKey: testKeys.attempts(id),
    queryFn: () => ok(api.GET("/api/v1/skill-tests/{id}/attempts", { params: { path: { id } } })),
  });
}

export function useSkillTestAttempt(id: string) {
  return useQuery({
    queryKey: testKeys.attempt(id),
    queryFn: () => ok(api.GET("/api/v1/skill-test-attempts/{id}", { params: { path: { id } } })),
  });
}

export function useCreateSkillTest() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: SaveTest) => ok(api.POST("/api/v1/skill-tests", { body: input })),
    onSuccess: refresh,
  });
}

export function useUpdateSkillTest() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: SaveTest }) =>
      ok(api.PUT("/api/v1/skill-tests/{id}", { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

/** A published test is fixed; a company changes it by duplicating it into a new draft. */
export function useDuplicateSkillTest() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => ok(api.POST("/api/v1/skill-tests/{id}/duplicate", { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

export function usePublishSkillTest() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => ok(api.POST("/api/v1/skill-tests/{id}/publish", { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

export function useInviteToSkillTest() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, workerIds }: { id: string; workerIds: string[] }) =>
      ok(api.POST("/api/v1/skill-tests/{id}/invitations", { params: { path: { id } }, body: { workerIds } })),
    onSuccess: refresh,
  });
}

export function useStartSkillTest() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => ok(api.POST("/api/v1/skill-tests/{id}/attempts", { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

export function useSubmitAttempt() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: SubmitAttempt }) =>
      ok(api.POST("/api/v1/skill-test-attempts/{id}/submit", { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

/** The answers so far, kept on the server so an abandoned sitting is graded on them; nothing else changes. */
export function useSaveAnswers() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: SubmitAttempt }) =>
      ok(api.PUT("/api/v1/skill-test-attempts/{id}/answers", { params: { path: { id } }, body })),
  });
}

export function useGradeAttempt() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: GradeAttempt }) =>
      ok(api.POST("/api/v1/skill-test-attempts/{id}/grades", { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}
