import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { EditMessage, PostMessage } from "#domains/messages/contract";
import { api, fileForm, ok } from "../api";
import { assignmentKeys } from "../assignments/queries";

export const messageKeys = { all: (id: string) => ["assignments", "messages", id] as const };

/** The conversation on one assignment as the caller may read it, with `canPost` and the response times. */
export function useMessages(id: string) {
  return useQuery({
    queryKey: messageKeys.all(id),
    queryFn: ({ signal }) => ok(api.GET("/api/v1/assignments/{id}/messages", { params: { path: { id } }, signal })),
  });
}

export function usePostMessage(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<PostMessage> & Pick<PostMessage, "kind" | "body">) =>
      ok(
        api.POST("/api/v1/assignments/{id}/messages", {
          params: { path: { id } },
          body: { replyTo: null, shared: false, ...input },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: messageKeys.all(id) });
      // A question opens, and an answer clears, the `question_open` label of the assignment and its list row.
      void client.invalidateQueries({ queryKey: assignmentKeys.one(id) });
      void client.invalidateQueries({ queryKey: ["assignments", "list"] });
    },
  });
}

export function useEditMessage(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ messageId, body }: EditMessage & { messageId: string }) =>
      ok(
        api.PATCH("/api/v1/assignments/{id}/messages/{messageId}", {
          params: { path: { id, messageId } },
          body: { body },
        }),
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: messageKeys.all(id) }),
  });
}

/** Adds one file to the caller's message (after posting it, within its 5 minutes); the thread refreshes. */
export function useAttachMessageFile(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ messageId, file }: { messageId: string; file: File }) =>
      ok(
        api.POST("/api/v1/assignments/{id}/messages/{messageId}/files", {
          params: { path: { id, messageId } },
          body: { file },
          bodySerializer: fileForm,
        }),
      ),
    onSettled: () => void client.invalidateQueries({ queryKey: messageKeys.all(id) }),
  });
}
