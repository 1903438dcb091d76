import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AddFunds, AddPayoutAccount, RequestPayout, VerifyPayoutAccount } from "#domains/payments/contract";
import type { paths } from "../../../sdk/schema";
import { api, ok } from "../api";
import { pagedByCursor } from "../ui/show-more";

export const paymentKeys = {
  all: ["payments"] as const,
  balance: ["payments", "balance"] as const,
  fundings: ["payments", "fundings"] as const,
  payouts: ["payments", "payouts"] as const,
  payoutAccounts: ["payments", "payout-accounts"] as const,
  statements: ["payments", "statements"] as const,
  activity: ["payments", "activity"] as const,
  invoicePages: (query: InvoiceQuery) => ["payments", "invoice-pages", query] as const,
  invoice: (id: string) => ["payments", "invoice", id] as const,
  staffCompany: (id: string) => ["payments", "staff-company", id] as const,
};

/** Every payments read refreshes after any money moves: balances, lists and the invoice itself. */
function useRefreshPayments() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: paymentKeys.all });
    void client.invalidateQueries({ queryKey: ["assignments"] });
    void client.invalidateQueries({ queryKey: ["events"] });
  };
}

export function useBalance() {
  return useQuery({ queryKey: paymentKeys.balance, queryFn: () => ok(api.GET("/api/v1/payments/balance")) });
}

/** Staff: one company's money (balances, open invoices, past due and the lock), for the staff company page. */
export function useStaffCompanyPayments(companyId: string) {
  return useQuery({
    queryKey: paymentKeys.staffCompany(companyId),
    queryFn: ({ signal }) =>
      ok(api.GET("/api/v1/staff/companies/{id}/payments", { params: { path: { id: companyId } }, signal })),
  });
}

// The lists that grow without bound (activity, payables, earnings, fundings, withdrawals, statement months) read a
// page at a time with the server's cursor (pagedByCursor); "Show more" (ui/show-more.tsx) appends the next page.

/** The caller's own ledger entries, newest first. */
export function useActivity() {
  return useInfiniteQuery({
    queryKey: paymentKeys.activity,
    queryFn: ({ pageParam: cursor }) =>
      ok(api.GET("/api/v1/payments/activity", { params: { query: cursor ? { cursor } : {} } })),
    ...pagedByCursor,
  });
}

export function useFundings() {
  return useInfiniteQuery({
    queryKey: paymentKeys.fundings,
    queryFn: ({ pageParam: cursor }) =>
      ok(api.GET("/api/v1/payments/funding", { params: { query: cursor ? { cursor } : {} } })),
    ...pagedByCursor,
  });
}

export function useAddFunds() {
  const refresh = useRefreshPayments();
  return useMutation({
    mutationFn: (input: AddFunds) => ok(api.POST("/api/v1/payments/funding", { body: input })),
    onSuccess: refresh,
  });
}

export type InvoiceQuery = NonNullable<paths["/api/v1/invoices"]["get"]["parameters"]["query"]>;

/** The payables or earnings lists: every invoice matching `query`, newest first, a page at a time. */
export function useInvoicePages(query: InvoiceQuery = {}) {
  return useInfiniteQuery({
    queryKey: paymentKeys.invoicePages(query),
    queryFn: ({ pageParam: cursor }) =>
      ok(api.GET("/api/v1/invoices", { params: { query: cursor ? { ...query, cursor } : query } })),
    ...pagedByCursor,
  });
}

export function useInvoice(id: string) {
  return useQuery({
    queryKey: paymentKeys.invoice(id),
    queryFn: () => ok(api.GET("/api/v1/invoices/{id}", { params: { path: { id } } })),
  });
}

export function usePayInvoice() {
  const refresh = useRefreshPayments();
  return useMutation({
    mutationFn: (id: string) => ok(api.POST("/api/v1/invoices/{id}/pay", { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

/** Pays a selection together, all or none (POST /invoices/pay). */
export function usePayInvoices() {
  const refresh = useRefreshPayments();
  return useMutation({
    mutationFn: (invoiceIds: string[]) => ok(api.POST("/api/v1/invoices/pay", { body: { invoiceIds } })),
    onSuccess: refresh,
  });
}

export function usePayouts() {
  return useInfiniteQuery({
    queryKey: paymentKeys.payouts,
    queryFn: ({ pageParam: cursor }) => ok(api.GET("/api/v1/payouts", { params: { query: cursor ? { cursor } : {} } })),
    ...pagedByCursor,
  });
}

export function useRequestPayout() {
  const refresh = useRefreshPayments();
  return useMutation({
    mutationFn: (input: RequestPayout) => ok(api.POST("/api/v1/payouts", { body: input })),
    onSuccess: refresh,
  });
}

/** The CSV of the caller's invoices (payables or earnings) with the same filter as the list. */
export const invoicesCsvUrl = (query = "") => `/api/v1/invoices/export.csv${query ? `?${query}` : ""}`;

/** The worker's payout accounts (add, confirm the two deposits, remove). */
export function usePayoutAccounts() {
  return useQuery({ queryKey: paymentKeys.payoutAccounts, queryFn: () => ok(api.GET("/api/v1/payouts/accounts")) });
}

export function useAddPayoutAccount() {
  const refresh = useRefreshPayments();
  return useMutation({
    mutationFn: (input: AddPayoutAccount) => ok(api.POST("/api/v1/payouts/accounts", { body: input })),
    onSuccess: refresh,
  });
}

export function useVerifyPayoutAccount(id: string) {
  const refresh = useRefreshPayments();
  return useMutation({
    mutationFn: (input: VerifyPayoutAccount) =>
      ok(api.POST("/api/v1/payouts/accounts/{id}/verify", { params: { path: { id } }, body: input })),
    // A wrong try changes the tries left (or locks the account): refresh either way.
    onSettled: refresh,
  });
}

export function useRemovePayoutAccount() {
  const refresh = useRefreshPayments();
  return useMutation({
    mutationFn: (id: string) => ok(api.DELETE("/api/v1/payouts/accounts/{id}", { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

/** The months the company has a statement for (UTC months), newest first. */
export function useStatements() {
  return useInfiniteQuery({
    queryKey: paymentKeys.statements,
    queryFn: ({ pageParam: cursor }) =>
      ok(api.GET("/api/v1/payments/statements", { params: { query: cursor ? { cursor } : {} } })),
    ...pagedByCursor,
  });
}

/** A statement's PDF, its times in `timeZone` (the month itself is UTC). */
export const statementPdfUrl = (month: string, timeZone: string) =>
  `/api/v1/payments/statements/${month}/pdf?${new URLSearchParams({ timeZone })}`;
