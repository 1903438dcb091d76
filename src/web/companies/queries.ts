import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  SetCompanyPlan,
  StaffCompanyDetail,
  UpdateCompany,
  UpdateCompanySettings,
  UpdatePaymentSettings,
} from "#domains/companies/contract";
import { api, ok } from "../api";

export const companyKeys = {
  mine: ["companies", "me"] as const,
  public: (id: string) => ["companies", "public", id] as const,
  staff: ["companies", "staff"] as const,
  staffList: (q: string, cursor: string | undefined) => ["companies", "staff", "list", q, cursor] as const,
  staffOne: (id: string) => ["companies", "staff", "one", id] as const,
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

/** Staff: every company whose name holds `q` (or whose id is `q`), A to Z, one page from `cursor`. */
export function useStaffCompanies(q: string, cursor: string | undefined) {
  return useQuery({
    queryKey: companyKeys.staffList(q, cursor),
    queryFn: ({ signal }) =>
      ok(
        api.GET("/api/v1/staff/companies", {
          params: { query: { ...(q ? { q } : {}), ...(cursor ? { cursor } : {}) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Staff: one company's plan, fee, payment terms and secured funds, with the plans to choose from. */
export function useStaffCompany(id: string) {
  return useQuery({
    queryKey: companyKeys.staffOne(id),
    queryFn: ({ signal }) => ok(api.GET("/api/v1/staff/companies/{id}", { params: { path: { id } }, signal })),
  });
}

/** A staff admin puts the company on a plan (a PUT: sending it twice sets the same plan, no key needed). */
export function useSetCompanyPlan(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SetCompanyPlan) =>
      ok(api.PUT("/api/v1/staff/companies/{id}/plan", { params: { path: { id } }, body: input })),
    onSuccess: (answer) => {
      // The page shows the new plan at once; the list and this read are asked again behind it.
      client.setQueryData<StaffCompanyDetail>(companyKeys.staffOne(id), (shown) =>
        shown ? { ...shown, plan: answer.plan } : shown,
      );
      void client.invalidateQueries({ queryKey: companyKeys.staff });
      void client.invalidateQueries({ queryKey: ["events"] });
    },
  });
}
