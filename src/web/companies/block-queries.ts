import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreateBlock } from "#domains/companies/blocks/contract";
import { api, ok } from "../api";

export const blockKeys = { mine: ["blocks"] as const };

/** The blocks the caller's side made (a worker's, or the company's). */
export function useBlocks(enabled = true) {
  return useQuery({ queryKey: blockKeys.mine, queryFn: () => ok(api.GET("/api/v1/blocks")), enabled });
}

export function useBlock() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateBlock) => ok(api.POST("/api/v1/blocks", { body: input })),
    // The inbox and talent pools leave the pair's new work out from now on.
    onSuccess: () => client.invalidateQueries(),
  });
}

export function useUnblock() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => ok(api.DELETE("/api/v1/blocks/{id}", { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries(),
  });
}
