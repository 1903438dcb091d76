import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Company, PublicCompany, UpdateCompany, UpdateCompanySettings } from "#domains/companies/contract";
import { api } from "../api";

export const companyKeys = {
  mine: ["companies", "me"] as const,
  public: (id: string) => ["companies", "public", id] as const,
};

/** The member's own company, with `actions`: what this member may change. */
export function useMyCompany() {
  return useQuery({ queryKey: companyKeys.mine, queryFn: () => api.get<Company>("/companies/me") });
}

export function useUpdateCompany() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateCompany) => api.patch<Company>("/companies/me", input),
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
    mutationFn: (input: UpdateCompanySettings) => api.patch<Company>("/companies/me/settings", input),
    onSuccess: (company) => {
      client.setQueryData(companyKeys.mine, company);
      void client.invalidateQueries({ queryKey: ["events"] });
    },
  });
}

export function usePublicCompany(id: string) {
  return useQuery({ queryKey: companyKeys.public(id), queryFn: () => api.get<PublicCompany>(`/companies/${id}`) });
}
