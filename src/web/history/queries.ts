import { useInfiniteQuery } from "@tanstack/react-query";
import { api, ok } from "../api";
import { pagedByCursor } from "../ui/show-more";

/** A record's history, newest first, a page at a time (`subject` is `<type>:<id>`). */
export function useEvents(subject: string, enabled = true) {
  return useInfiniteQuery({
    queryKey: ["events", subject],
    queryFn: ({ pageParam }) =>
      ok(api.GET("/api/v1/events", { params: { query: { subject, cursor: pageParam, limit: 20 } } })),
    ...pagedByCursor,
    enabled,
  });
}
