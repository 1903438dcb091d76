import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  AcceptInvitation,
  AccessCutView,
  ApiKey,
  ChangePassword,
  CompanyRole,
  CreateApiKey,
  CreatedApiKey,
  Invitation,
  InvitationPreview,
  InviteMember,
  LogIn,
  Me,
  Member,
  RequestPasswordReset,
  ResetPassword,
  SignUp,
  StaffUser,
  UpdateMe,
} from "#domains/accounts/contract";
import { api, isProblem } from "../api";
import { forgetIntents } from "../intents";

export const accountKeys = {
  me: ["me"] as const,
  apiKeys: ["api-keys"] as const,
  members: ["members"] as const,
  invitations: ["invitations"] as const,
  invitationPreview: (token: string) => ["invitation-preview", token] as const,
  staffUsers: (q: string, cursor: string | undefined) => ["staff-users", q, cursor ?? ""] as const,
};

type Items<T> = { items: T[] };
type Ok = { ok: true };

/** The session: null when nobody is logged in, so public pages can ask without an error state. */
export function useMe() {
  return useQuery({
    queryKey: accountKeys.me,
    queryFn: async ({ signal }): Promise<Me | null> => {
      try {
        return await api.get<Me>("/me", undefined, signal);
      } catch (error) {
        if (isProblem(error, "unauthenticated")) {
          return null;
        }
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

/** After a login-like answer, every cached read belongs to someone else: start clean with the new session. */
function useStartSession() {
  const client = useQueryClient();
  return (me: Me) => {
    forgetIntents();
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== accountKeys.me[0] });
    client.setQueryData(accountKeys.me, me);
  };
}

/**
 * Signs up, then logs in with the same email and password (sign-up answers alike whether or not the address had an
 * account, and opens no session). `null`: the address already had an account with another password, whose owner
 * was emailed; the page then says "check your email", as it would for anyone.
 */
export function useSignUp() {
  const start = useStartSession();
  return useMutation({
    mutationFn: async (input: SignUp): Promise<Me | null> => {
      await api.post<Ok>("/auth/signup", input);
      return api
        .post<Me>("/auth/login", { email: input.email, password: input.password })
        .catch((error: unknown) => (isProblem(error, "invalid_credentials") ? null : Promise.reject(error)));
    },
    onSuccess: (me) => (me ? start(me) : undefined),
  });
}

export function useVerifyEmail() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => api.post<Ok>("/auth/verify-email", { token }),
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.me }),
  });
}

export function useResendVerification() {
  return useMutation({ mutationFn: () => api.post<Ok>("/me/verification-email") });
}

export function useLogIn() {
  const start = useStartSession();
  return useMutation({ mutationFn: (input: LogIn) => api.post<Me>("/auth/login", input), onSuccess: start });
}

export function useLogOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<Ok>("/auth/logout"),
    onSettled: () => {
      forgetIntents();
      client.clear();
    },
  });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: (input: RequestPasswordReset) => api.post<Ok>("/auth/password-reset", input) });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (input: ResetPassword) => api.post<AccessCutView>("/auth/password-reset/confirm", input),
  });
}

export function useUpdateMe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateMe) => api.patch<Me>("/me", input),
    onSuccess: (me) => client.setQueryData(accountKeys.me, me),
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePassword) => api.post<AccessCutView>("/me/password", input),
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.apiKeys }),
  });
}

export function useApiKeys() {
  return useQuery({ queryKey: accountKeys.apiKeys, queryFn: () => api.get<Items<ApiKey>>("/api-keys") });
}

export function useCreateApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateApiKey) => api.post<z.infer<typeof CreatedApiKey>>("/api-keys", input),
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.apiKeys }),
  });
}

export function useRevokeApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<ApiKey>(`/api-keys/${id}/revoke`),
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.apiKeys }),
  });
}

export function useMembers() {
  return useQuery({ queryKey: accountKeys.members, queryFn: () => api.get<Items<Member>>("/members") });
}

export function useChangeMemberRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: CompanyRole }) =>
      api.patch<Member>(`/members/${userId}`, { role }),
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.members }),
  });
}

export function useRemoveMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => api.post<Ok>(`/members/${userId}/remove`),
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.members }),
  });
}

export function useInvitations(enabled = true) {
  return useQuery({
    queryKey: accountKeys.invitations,
    queryFn: () => api.get<Items<Invitation>>("/invitations"),
    enabled,
  });
}

export function useInviteMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InviteMember) => api.post<Invitation>("/invitations", input),
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.invitations }),
  });
}

export function useRevokeInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Invitation>(`/invitations/${id}/revoke`),
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.invitations }),
  });
}

export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: accountKeys.invitationPreview(token),
    queryFn: () => api.get<z.infer<typeof InvitationPreview>>("/invitations/preview", { token }),
    enabled: token.length >= 10,
    retry: false,
  });
}

export function useAcceptInvitation() {
  const start = useStartSession();
  return useMutation({
    mutationFn: (input: AcceptInvitation) => api.post<Me>("/invitations/accept", input),
    onSuccess: start,
  });
}

export type StaffUserPage = { items: z.infer<typeof StaffUser>[]; nextCursor: string | null };

export function useStaffUsers(q: string, cursor: string | undefined) {
  return useQuery({
    queryKey: accountKeys.staffUsers(q, cursor),
    queryFn: () => api.get<StaffUserPage>("/staff/users", { q, cursor, limit: 25 }),
    placeholderData: keepPreviousData,
  });
}
