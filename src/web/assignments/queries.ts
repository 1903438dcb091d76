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
import type { AssignmentPreview, AssignmentQuery, AssignmentView, InboxQuery } from "#domains/assignments/views";
import type { paths } from "../../../sdk/schema";
import { api, ok } from "../api";

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

type ListQuery = NonNullable<paths["/api/v1/assignments"]["get"]["parameters"]["query"]>;

/** The filters as read from the address bar go to the server as they are: it validates them and says what is wrong. */
function toListQuery({ status, label, ...rest }: ListFilters): ListQuery {
  return {
    ...rest,
    status: status?.split(",").filter(Boolean) as ListQuery["status"],
    label: label as ListQuery["label"],
    limit: PAGE_SIZE,
  };
}

/** The client's assignments with the filters and totals of GET /assignments. */
export function useAssignments(filters: ListFilters) {
  return useQuery({
    queryKey: assignmentKeys.list(filters),
    queryFn: ({ signal }) => ok(api.GET("/api/v1/assignments", { params: { query: toListQuery(filters) }, signal })),
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

/**
 * What was sent to the logged-in worker (GET /assignments/inbox). Always fresh when a page opens: offers arrive from
 * other people, so the home page's copy from a few seconds ago may already miss one (the app-wide 15 s would hide it).
 */
export function useInbox(filters: Partial<InboxQuery>) {
  return useQuery({
    queryKey: assignmentKeys.inbox(filters),
    queryFn: ({ signal }) =>
      ok(api.GET("/api/v1/assignments/inbox", { params: { query: { ...filters, limit: PAGE_SIZE } }, signal })),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}

/** One assignment as the caller may see it, with `actions`: what the caller may do now. */
export function useAssignment(id: string) {
  return useQuery({
    queryKey: assignmentKeys.one(id),
    queryFn: ({ signal }) => ok(api.GET("/api/v1/assignments/{id}", { params: { path: { id } }, signal })),
    // Approval opens the invoice through the job queue a moment after its answer: asked again every 2 s until the
    // view carries it (and the status moves to invoiced), for the parties who see it.
    refetchInterval: (query) => (awaitsInvoice(query.state.data) ? 2_000 : false),
  });
}

function awaitsInvoice(view: AssignmentView | undefined): boolean {
  return view?.status === "approved" && view.invoice === null && view.party !== "invitee";
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
    queryFn: () => ok(api.POST("/api/v1/assignments/preview", { body: JSON.parse(settled) })),
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
    mutationFn: (input: CreateAssignment) => ok(api.POST("/api/v1/assignments", { body: input })),
    onSuccess: refresh,
  });
}

export function useUpdateAssignment(id: string) {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (input: UpdateAssignment) =>
      ok(api.PATCH("/api/v1/assignments/{id}", { params: { path: { id } }, body: input })),
    onSuccess: refresh,
  });
}

/**
 * One POST /assignments/{id}/<verb> endpoint, answering the assignment's view (the send answers more: what its pools
 * reached); each exported hook below names one.
 */
function useActionMutation<Input, View extends AssignmentView = AssignmentView>(
  call: (input: Input) => Promise<{ data?: View; response: Response }>,
) {
  const refresh = useRefreshAfter();
  return useMutation({ mutationFn: (input: Input) => ok(call(input)), onSuccess: refresh });
}

export const useSendAssignment = (id: string) =>
  useActionMutation((body: SendAssignment) =>
    api.POST("/api/v1/assignments/{id}/send", { params: { path: { id } }, body }),
  );
export const useAddRecipients = (id: string) =>
  useActionMutation((body: AddRecipients) =>
    api.POST("/api/v1/assignments/{id}/recipients", { params: { path: { id } }, body }),
  );
export const useWithdrawAssignment = (id: string) =>
  useActionMutation((_: undefined) => api.POST("/api/v1/assignments/{id}/withdraw", { params: { path: { id } } }));
export const useAcceptAssignment = (id: string) =>
  useActionMutation((_: undefined) => api.POST("/api/v1/assignments/{id}/accept", { params: { path: { id } } }));
export const useApplyForAssignment = (id: string) =>
  useActionMutation((body: ApplyForAssignment) =>
    api.POST("/api/v1/assignments/{id}/apply", { params: { path: { id } }, body }),
  );
export const useDeclineAssignment = (id: string) =>
  useActionMutation((body: Reason) => api.POST("/api/v1/assignments/{id}/decline", { params: { path: { id } }, body }));
export const useConfirmAssignment = (id: string) =>
  useActionMutation((_: undefined) => api.POST("/api/v1/assignments/{id}/confirm", { params: { path: { id } } }));
export const useCheckIn = (id: string) =>
  useActionMutation((body: CheckIn) =>
    api.POST("/api/v1/assignments/{id}/check-in", { params: { path: { id } }, body }),
  );
export const useCheckOut = (id: string) =>
  useActionMutation((body: CheckIn) =>
    api.POST("/api/v1/assignments/{id}/check-out", { params: { path: { id } }, body }),
  );
export const useSubmitAssignment = (id: string) =>
  useActionMutation((body: SubmitAssignment) =>
    api.POST("/api/v1/assignments/{id}/submit", { params: { path: { id } }, body }),
  );
export const useAbandonAssignment = (id: string) =>
  useActionMutation((body: Reason) => api.POST("/api/v1/assignments/{id}/abandon", { params: { path: { id } }, body }));
export const useApproveAssignment = (id: string) =>
  useActionMutation((_: undefined) => api.POST("/api/v1/assignments/{id}/approve", { params: { path: { id } } }));
export const useReturnAssignment = (id: string) =>
  useActionMutation((body: Reason) => api.POST("/api/v1/assignments/{id}/return", { params: { path: { id } }, body }));
export const useCancelAssignment = (id: string) =>
  useActionMutation((body: CancelAssignment) =>
    api.POST("/api/v1/assignments/{id}/cancel", { params: { path: { id } }, body }),
  );
export const useMarkNoShow = (id: string) =>
  useActionMutation((_: undefined) => api.POST("/api/v1/assignments/{id}/no-show", { params: { path: { id } } }));
export const useHoldAssignment = (id: string) =>
  useActionMutation((body: Reason) => api.POST("/api/v1/assignments/{id}/hold", { params: { path: { id } }, body }));
export const useResumeAssignment = (id: string) =>
  useActionMutation((_: undefined) => api.POST("/api/v1/assignments/{id}/resume", { params: { path: { id } } }));
export const useVoidAssignment = (id: string) =>
  useActionMutation((_: undefined) => api.POST("/api/v1/assignments/{id}/void", { params: { path: { id } } }));

export function useSelectApplication(id: string) {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (applicationId: string) =>
      ok(
        api.POST("/api/v1/assignments/{id}/applications/{applicationId}/select", {
          params: { path: { id, applicationId } },
        }),
      ),
    onSuccess: refresh,
  });
}
