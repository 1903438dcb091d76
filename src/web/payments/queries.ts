import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AddFunds, RequestPayout } from "#domains/payments/contract";
import type { Balance, FundingView, InvoiceList, InvoiceView, PayoutView } from "#domains/payments/views";
import { api } from "../api";

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const paymentKeys = {
  all: ["payments"] as const,
  balance: ["payments", "balance"] as const,
  fundings: ["payments", "fundings"] as const,
  payouts: ["payments", "payouts"] as const,
  invoices: (filter: string) => ["payments", "invoices", filter] as const,
  invoice: (id: string) => ["payments", "invoice", id] as const,
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
  return useQuery({ queryKey: paymentKeys.balance, queryFn: () => api.get<Balance>("/payments/balance") });
}

export function useFundings() {
  return useQuery({ queryKey: paymentKeys.fundings, queryFn: () => api.get<Page<FundingView>>("/payments/funding") });
}

export function useAddFunds() {
  const refresh = useRefreshPayments();
  return useMutation({
    mutationFn: (input: AddFunds) => api.post<FundingView>("/payments/funding", input),
    onSuccess: refresh,
  });
}

/** `query` is the list's query string without the `?` (status, assignmentId). */
export function useInvoices(query = "") {
  return useQuery({
    queryKey: paymentKeys.invoices(query),
    queryFn: () => api.get<InvoiceList>(`/invoices${query ? `?${query}` : ""}`),
  });
}

export function useInvoice(id: string) {
  return useQuery({ queryKey: paymentKeys.invoice(id), queryFn: () => api.get<InvoiceView>(`/invoices/${id}`) });
}

export function usePayInvoice() {
  const refresh = useRefreshPayments();
  return useMutation({
    mutationFn: (id: string) => api.post<InvoiceView>(`/invoices/${id}/pay`),
    onSuccess: refresh,
  });
}

export function usePayouts() {
  return useQuery({ queryKey: paymentKeys.payouts, queryFn: () => api.get<Page<PayoutView>>("/payouts") });
}

export function useRequestPayout() {
  const refresh = useRefreshPayments();
  return useMutation({
    mutationFn: (input: RequestPayout) => api.post<PayoutView>("/payouts", input),
    onSuccess: refresh,
  });
}
