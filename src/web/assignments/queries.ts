import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type {
  AddRecipients,
  ApplyForAssignment,
  AssignmentDraftPreview,
  CancelAssignment,
  CheckIn,
  CreateAssignment,
  Reason,
  SendAssignment,
  SubmitAssignment,
  UpdateAssignment,
} from "#domains/assignments/contract";
import type {
  AssignmentList,
  AssignmentPreview,
  AssignmentQuery,
  AssignmentView,
  Inbox,
  InboxQuery,
} from "#domains/assignments/views";
import { api } from "../api";

/** The list filters as the page keeps them (status as one comma-separated value, like the query string). */
export type ListFilters = Partial<Record<Exclude<keyof AssignmentQuery, "limit">, string>>;

export const assignmentKeys = {
  all: ["assignments"] as const,
  list: (filters: ListFilters) => ["assignments", "list", filters] as const,
  inbox: (filters: Partial<InboxQuery>) => ["assignments", "inbox", filters] as const,
  one: (id: string) => ["assignments", "one", id] as const,
  preview: (draft: string) => ["assignments", "preview", draft] as const,
};

const PAGE_SIZE = 25;

/** The client's assignments with the filters and totals of GET /assignments. */
export function useAssignments(filters: ListFilters) {
  return useQuery({
    queryKey: assignmentKeys.list(filters),
    queryFn: ({ signal }) => api.get<AssignmentList>("/assignments", { ...filters, limit: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
}

/** The same filters as a CSV download (GET /assignments/export.csv), for a plain link. */
export function exportUrl(filters: ListFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value && key !== "cursor") {
      params.set(key, value);
    }
  }
  const search = params.toString();
  return `/api/v1/assignments/export.csv${search ? `?${search}` : ""}`;
}

/** What was sent to the logged-in worker (GET /assignments/inbox). */
export function useInbox(filters: Partial<InboxQuery>) {
  return useQuery({
    queryKey: assignmentKeys.inbox(filters),
    queryFn: ({ signal }) => api.get<Inbox>("/assignments/inbox", { ...filters, limit: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
}

/** One assignment as the caller may see it, with `actions`: what the caller may do now. */
export function useAssignment(id: string) {
  return useQuery({
    queryKey: assignmentKeys.one(id),
    queryFn: ({ signal }) => api.get<AssignmentView>(`/assignments/${id}`, undefined, signal),
  });
}

/** Typing pauses this long before the draft is scored again. */
const PREVIEW_DELAY_MS = 300;

/** `value` once it has stayed the same for `ms`. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The completeness report and maximum spend of the draft being typed (POST /assignments/preview, the server's own
 * rules). The last answer stays on screen while the next is asked and when a half-typed draft is refused.
 */
export function useAssignmentPreview(draft: AssignmentDraftPreview) {
  const settled = useSettled(JSON.stringify(draft), PREVIEW_DELAY_MS);
  const query = useQuery({
    queryKey: assignmentKeys.preview(settled),
    queryFn: () => api.post<AssignmentPreview>("/assignments/preview", JSON.parse(settled)),
    placeholderData: keepPreviousData,
    // The rules read the clock (a window can pass while someone types); a minute is fine enough.
    refetchInterval: 60_000,
    retry: false,
  });
  const [lastGood, setLastGood] = useState<AssignmentPreview | undefined>(undefined);
  useEffect(() => {
    if (query.data) {
      setLastGood(query.data);
    }
  }, [query.data]);
  return { preview: query.data ?? lastGood, error: query.error, isFetching: query.isFetching };
}

/** After any change: the view the server answered is the truth; lists, inbox and timelines are read again. */
export function useRefreshAfter() {
  const client = useQueryClient();
  return (view: AssignmentView) => {
    client.setQueryData(assignmentKeys.one(view.id), view);
    void client.invalidateQueries({ queryKey: ["assignments", "list"] });
    void client.invalidateQueries({ queryKey: ["assignments", "inbox"] });
    void client.invalidateQueries({ queryKey: ["events"] });
    // Requests, deliverables and attachments carry their own `actions`/`canAttach`, which follow the status too (a
    // worker just taken off must stop seeing "Make a request"; a cancelled assignment takes no more files). Their
    // keys all read ["assignments", <part>, id].
    void client.invalidateQueries({
      predicate: (query) =>
        query.queryKey[0] === "assignments" &&
        ["requests", "deliverables", "attachments"].includes(String(query.queryKey[1])) &&
        query.queryKey[2] === view.id,
    });
  };
}

export function useCreateAssignment() {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (input: CreateAssignment) => api.post<AssignmentView>("/assignments", input),
    onSuccess: refresh,
  });
}

export function useUpdateAssignment(id: string) {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (input: UpdateAssignment) => api.patch<AssignmentView>(`/assignments/${id}`, input),
    onSuccess: refresh,
  });
}

/** One POST /assignments/{id}/<verb> endpoint; each exported hook below names one. */
function useActionMutation<Input = void>(id: string, path: string) {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (input: Input) => api.post<AssignmentView>(`/assignments/${id}/${path}`, input ?? {}),
    onSuccess: refresh,
  });
}

export const useSendAssignment = (id: string) => useActionMutation<SendAssignment>(id, "send");
export const useAddRecipients = (id: string) => useActionMutation<AddRecipients>(id, "recipients");
export const useWithdrawAssignment = (id: string) => useActionMutation(id, "withdraw");
export const useAcceptAssignment = (id: string) => useActionMutation(id, "accept");
export const useApplyForAssignment = (id: string) => useActionMutation<ApplyForAssignment>(id, "apply");
export const useDeclineAssignment = (id: string) => useActionMutation<Reason>(id, "decline");
export const useConfirmAssignment = (id: string) => useActionMutation(id, "confirm");
export const useCheckIn = (id: string) => useActionMutation<CheckIn>(id, "check-in");
export const useCheckOut = (id: string) => useActionMutation<CheckIn>(id, "check-out");
export const useSubmitAssignment = (id: string) => useActionMutation<SubmitAssignment>(id, "submit");
export const useAbandonAssignment = (id: string) => useActionMutation<Reason>(id, "abandon");
export const useApproveAssignment = (id: string) => useActionMutation(id, "approve");
export const useReturnAssignment = (id: string) => useActionMutation<Reason>(id, "return");
export const useCancelAssignment = (id: string) => useActionMutation<CancelAssignment>(id, "cancel");
export const useMarkNoShow = (id: string) => useActionMutation(id, "no-show");
export const useHoldAssignment = (id: string) => useActionMutation<Reason>(id, "hold");
export const useResumeAssignment = (id: string) => useActionMutation(id, "resume");
export const useVoidAssignment = (id: string) => useActionMutation(id, "void");

export function useSelectApplication(id: string) {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (applicationId: string) =>
      api.post<AssignmentView>(`/assignments/${id}/applications/${applicationId}/select`),
    onSuccess: refresh,
  });
}
