import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useDeferredValue } from "react";
import { api, ok } from "../api";

/** The cities starting with what was typed (two letters at least), for an address form's suggestions. */
export function usePlaceSuggestions(typed: string) {
  const q = useDeferredValue(typed.trim());
  return useQuery({
    queryKey: ["places", q],
    queryFn: ({ signal }) => ok(api.GET("/api/v1/places", { params: { query: { q } }, signal })),
    enabled: q.length >= 2,
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: keepPreviousData,
  });
}
