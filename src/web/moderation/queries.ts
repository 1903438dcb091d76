import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AppealSanction,
  DismissReport,
  FileReport,
  IssueSanction,
  ReportStatus,
  ReviewAppeal,
} from "#domains/moderation/contract";
import { api, fileForm, ok } from "../api";
import { pagedByCursor } from "../ui/show-more";

export const moderationKeys = { all: ["moderation"] as const };

function useRefresh() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: moderationKeys.all });
}

/**
 * The lists (my reports, my sanctions, the report queue, the appeals waiting) read a page at a time with the server's
 * cursor; "Show more" (ui/show-more.tsx) appends the next page below the ones shown.
 */

export function useMyReports() {
  return useInfiniteQuery({
    queryKey: [...moderationKeys.all, "my-reports"],
    queryFn: ({ pageParam: cursor, signal }) =>
      ok(api.GET("/api/v1/reports", { params: { query: cursor ? { cursor } : {} }, signal })),
    ...pagedByCursor,
  });
}

/** Files the report, then its evidence files one by one (each a request of its own, as the API takes them). */
export function useFileReport() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ input, files }: { input: FileReport; files: File[] }) => {
      const created = await ok(api.POST("/api/v1/reports", { body: input }));
      for (const file of files) {
        await ok(
          api.POST("/api/v1/reports/{id}/evidence", {
            params: { path: { id: created.id } },
            body: { file },
            bodySerializer: fileForm,
          }),
        );
      }
      return created;
    },
    onSuccess: refresh,
  });
}

export function useMySanctions(enabled = true) {
  return useInfiniteQuery({
    queryKey: [...moderationKeys.all, "my-sanctions"],
    queryFn: ({ pageParam: cursor, signal }) =>
      ok(api.GET("/api/v1/sanctions", { params: { query: cursor ? { cursor } : {} }, signal })),
    ...pagedByCursor,
    enabled,
  });
}

export function useSanction(id: string) {
  return useQuery({
    queryKey: [...moderationKeys.all, "sanction", id],
    queryFn: ({ signal }) => ok(api.GET("/api/v1/sanctions/{id}", { params: { path: { id } }, signal })),
  });
}

export function useAppeal(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: AppealSanction) =>
      ok(api.POST("/api/v1/sanctions/{id}/appeal", { params: { path: { id } }, body: input })),
    onSuccess: refresh,
  });
}

export function useReviewAppeal(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: ReviewAppeal) =>
      ok(api.POST("/api/v1/staff/sanctions/{id}/review", { params: { path: { id } }, body: input })),
    onSuccess: refresh,
  });
}

export function useReportQueue(status: ReportStatus) {
  return useInfiniteQuery({
    queryKey: [...moderationKeys.all, "queue", status],
    queryFn: ({ pageParam: cursor, signal }) =>
      ok(api.GET("/api/v1/staff/reports", { params: { query: cursor ? { status, cursor } : { status } }, signal })),
    ...pagedByCursor,
  });
}

export function usePendingAppeals() {
  return useInfiniteQuery({
    queryKey: [...moderationKeys.all, "appeals"],
    queryFn: ({ pageParam: cursor, signal }) =>
      ok(
        api.GET("/api/v1/staff/sanctions", {
          params: { query: cursor ? { appeal: "pending", cursor } : { appeal: "pending" } },
          signal,
        }),
      ),
    ...pagedByCursor,
  });
}

export function useStaffReport(id: string) {
  return useQuery({
    queryKey: [...moderationKeys.all, "report", id],
    queryFn: ({ signal }) => ok(api.GET("/api/v1/staff/reports/{id}", { params: { path: { id } }, signal })),
  });
}

export function useIssueSanction() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: IssueSanction) => ok(api.POST("/api/v1/staff/sanctions", { body: input })),
    onSuccess: refresh,
  });
}

export function useDismissReport(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: DismissReport) =>
      ok(api.POST("/api/v1/staff/reports/{id}/dismiss", { params: { path: { id } }, body: input })),
    onSuccess: refresh,
  });
}
