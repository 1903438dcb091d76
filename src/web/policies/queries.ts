import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AcceptPolicies, PolicyKind, PublishPolicyVersion } from "#domains/policies/contract";
import { api, ok } from "../api";

export const policyKeys = {
  all: ["policies"] as const,
  overview: ["policies", "overview"] as const,
  document: (kind: PolicyKind) => ["policies", "document", kind] as const,
  version: (kind: PolicyKind, version: number) => ["policies", "version", kind, version] as const,
};

/** Every policy with its current version, and what the viewer still has to accept (`pending`). */
export function usePolicyOverview(enabled = true) {
  return useQuery({
    queryKey: policyKeys.overview,
    queryFn: () => ok(api.GET("/api/v1/policies")),
    enabled,
  });
}

export function usePolicyDocument(kind: PolicyKind) {
  return useQuery({
    queryKey: policyKeys.document(kind),
    queryFn: () => ok(api.GET("/api/v1/policies/{kind}", { params: { path: { kind } } })),
  });
}

/** One version with its body and the body of the version before it. */
export function usePolicyVersion(kind: PolicyKind, version: number | null) {
  return useQuery({
    queryKey: policyKeys.version(kind, version ?? 0),
    queryFn: () =>
      ok(api.GET("/api/v1/policies/{kind}/versions/{version}", { params: { path: { kind, version: version ?? 0 } } })),
    enabled: version !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useAcceptPolicies() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AcceptPolicies) => ok(api.POST("/api/v1/policies/accept", { body: input })),
    onSuccess: (overview) => {
      client.setQueryData(policyKeys.overview, overview);
      void client.invalidateQueries({ queryKey: policyKeys.all });
    },
  });
}

export function usePublishPolicyVersion(kind: PolicyKind) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: PublishPolicyVersion) =>
      ok(api.POST("/api/v1/policies/{kind}/versions", { params: { path: { kind } }, body: input })),
    onSuccess: () => client.invalidateQueries({ queryKey: policyKeys.all }),
  });
}
