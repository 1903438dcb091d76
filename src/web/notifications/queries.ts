import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import type { MarkRead, UpdatePreferences } from "#domains/notifications/contract";
import { api, ok } from "../api";

export const notificationKeys = {
  all: ["notifications"] as const,
  list: (unread: boolean) => ["notifications", "list", unread] as const,
};

export function useNotifications(unread = false) {
  return useQuery({
    queryKey: notificationKeys.list(unread),
    queryFn: ({ signal }) =>
      ok(api.GET("/api/v1/notifications", { params: { query: { unread: unread ? "true" : "false" } }, signal })),
  });
}

/** The bell's number: the first page of unread notifications also says how many there are in all. */
export function useUnreadCount(): number | undefined {
  const unread = useNotifications(true);
  return unread.data?.unreadCount;
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MarkRead) => ok(api.POST("/api/v1/notifications/read", { body: input })),
    onSuccess: () => void client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

/**
 * Listens to GET /notifications/stream while signed in: each pushed notification refreshes the inbox and the bell
 * (EventSource reconnects by itself when the server ends the stream).
 */
export function useLiveNotifications(enabled: boolean): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === "undefined") {
      return;
    }
    const source = new EventSource("/api/v1/notifications/stream");
    const refresh = () => void client.invalidateQueries({ queryKey: notificationKeys.all });
    source.addEventListener("notification", refresh);
    return () => source.close();
  }, [enabled, client]);
}

export function usePreferences() {
  return useQuery({
    queryKey: ["notifications", "preferences"],
    queryFn: ({ signal }) => ok(api.GET("/api/v1/notification-preferences", { signal })),
  });
}

export function useUpdatePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdatePreferences) => ok(api.PUT("/api/v1/notification-preferences", { body: input })),
    onSuccess: (data) => client.setQueryData(["notifications", "preferences"], data),
  });
}
