import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreateWebhook, UpdateWebhook } from "#domains/notifications/webhooks/contract";
import { api, ok } from "../api";

const keys = {
  all: ["webhooks"] as const,
  deliveries: (id: string) => ["webhooks", id, "deliveries"] as const,
};

export function useWebhooks() {
  return useQuery({ queryKey: keys.all, queryFn: ({ signal }) => ok(api.GET("/api/v1/webhooks", { signal })) });
}

export function useCreateWebhook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateWebhook) => ok(api.POST("/api/v1/webhooks", { body })),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useUpdateWebhook(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateWebhook) => ok(api.PATCH("/api/v1/webhooks/{id}", { params: { path: { id } }, body })),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useDeleteWebhook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => ok(api.DELETE("/api/v1/webhooks/{id}", { params: { path: { id } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useRotateSecret() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => ok(api.POST("/api/v1/webhooks/{id}/rotate-secret", { params: { path: { id } } })),
    // The list shows the new secret's hint.
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.all }),
  });
}

/** The delivery log; while something is waiting or being sent it reads again every 2 s. */
export function useDeliveries(id: string) {
  return useQuery({
    queryKey: keys.deliveries(id),
    queryFn: ({ signal }) =>
      ok(api.GET("/api/v1/webhooks/{id}/deliveries", { params: { path: { id }, query: {} }, signal })),
    refetchInterval: (query) =>
      query.state.data?.items.some((d) => d.status === "pending" || d.status === "sending") ? 2_000 : false,
  });
}

export function useSendTest(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => ok(api.POST("/api/v1/webhooks/{id}/test", { params: { path: { id } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.deliveries(id) }),
  });
}

export function useReplay(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) =>
      ok(
        api.POST("/api/v1/webhooks/{id}/deliveries/{deliveryId}/replay", {
          params: { path: { id, deliveryId } },
        }),
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.deliveries(id) }),
  });
}
