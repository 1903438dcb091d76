import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AppealSanction,
  DismissReport,
  FileReport,
  IssueSanction,
  ReportStatus,
  ReviewAppeal,
} from "#domains/moderation/contract";
import { api, fileForm, ok } from "../api";

export const moderationKeys = { all: ["moderation"] as const };

function useRefresh() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: moderationKeys.all });
}

export function useMyReports() {
  return useQuery({
    queryKey: [...moderationKeys.all, "my-reports"],
    queryFn: ({ signal }) => ok(api.GET("/api/v1/reports", { signal })),
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
  return useQuery({
    queryKey: [...moderationKeys.all, "my-sanctions"],
    queryFn: ({ signal }) => ok(api.GET("/api/v1/sanctions", { signal })),
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
  return useQuery({
    queryKey: [...moderationKeys.all, "queue", status],
    queryFn: ({ signal }) => ok(api.GET("/api/v1/staff/reports", { params: { query: { status } }, signal })),
  });
}

export function usePendingAppeals() {
  return useQuery({
    queryKey: [...moderationKeys.all, "appeals"],
    queryFn: ({ signal }) =>
      ok(api.GET("/api/v1/staff/sanctions", { params: { query: { appeal: "pending" } }, signal })),
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
