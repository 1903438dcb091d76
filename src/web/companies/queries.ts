import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { UpdateCompany, UpdateCompanySettings, UpdatePaymentSettings } from "#domains/companies/contract";
import { api, ok } from "../api";

export const companyKeys = {
  mine: ["companies", "me"] as const,
  public: (id: string) => ["companies", "public", id] as const,
};

/** The member's own company, with `actions`: what this member may change. */
export function useMyCompany() {
  return useQuery({ queryKey: companyKeys.mine, queryFn: () => ok(api.GET("/api/v1/companies/me")) });
}

export function useUpdateCompany() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateCompany) => ok(api.PATCH("/api/v1/companies/me", { body: input })),
    onSuccess: (company) => {
      client.setQueryData(companyKeys.mine, company);
      void client.invalidateQueries({ queryKey: ["companies", "public", company.id] });
      void client.invalidateQueries({ queryKey: ["me"] });
      void client.invalidateQueries({ queryKey: ["events"] });
    },
  });
}

export function useUpdateCompanySettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateCompanySettings) => ok(api.PATCH("/api/v1/companies/me/settings", { body: input })),
    onSuccess: (company) => {
      client.setQueryData(companyKeys.mine, company);
      void client.invalidateQueries({ queryKey: ["events"] });
    },
  });
}

/** Secured funds on or off (admins and finance members). */
export function useUpdatePaymentSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdatePaymentSettings) =>
      ok(api.PATCH("/api/v1/companies/me/payment-settings", { body: input })),
    onSuccess: (company) => {
      client.setQueryData(companyKeys.mine, company);
      void client.invalidateQueries({ queryKey: ["events"] });
    },
  });
}

export function usePublicCompany(id: string) {
  return useQuery({
    queryKey: companyKeys.public(id),
    queryFn: () => ok(api.GET("/api/v1/companies/{id}", { params: { path: { id } } })),
  });
}
