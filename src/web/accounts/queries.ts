import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AcceptInvitation,
  ChangePassword,
  CompanyRole,
  CreateApiKey,
  InviteMember,
  LogIn,
  Me,
  RequestPasswordReset,
  ResetPassword,
  SignUp,
  UpdateMe,
} from "#domains/accounts/contract";
import { api, isProblem, ok } from "../api";
import { forgetIntents } from "../intents";

export const accountKeys = {
  me: ["me"] as const,
  apiKeys: ["api-keys"] as const,
  members: ["members"] as const,
  invitations: ["invitations"] as const,
  invitationPreview: (token: string) => ["invitation-preview", token] as const,
  staffUsers: (q: string, cursor: string | undefined) => ["staff-users", q, cursor ?? ""] as const,
};

/** The session: null when nobody is logged in, so public pages can ask without an error state. */
export function useMe() {
  return useQuery({
    queryKey: accountKeys.me,
    // GET /auth/session answers 200 with `me: null` when logged out: public pages log no failed request.
    queryFn: async ({ signal }): Promise<Me | null> => (await ok(api.GET("/api/v1/auth/session", { signal }))).me,
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
      await ok(api.POST("/api/v1/auth/signup", { body: input }));
      return ok(api.POST("/api/v1/auth/login", { body: { email: input.email, password: input.password } })).catch(
        (error: unknown) => (isProblem(error, "invalid_credentials") ? null : Promise.reject(error)),
      );
    },
    onSuccess: (me) => (me ? start(me) : undefined),
  });
}

export function useVerifyEmail() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => ok(api.POST("/api/v1/auth/verify-email", { body: { token } })),
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.me }),
  });
}

export function useResendVerification() {
  return useMutation({ mutationFn: () => ok(api.POST("/api/v1/me/verification-email")) });
}

export function useLogIn() {
  const start = useStartSession();
  return useMutation({
    mutationFn: (input: LogIn) => ok(api.POST("/api/v1/auth/login", { body: input })),
    onSuccess: start,
  });
}

export function useLogOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => ok(api.POST("/api/v1/auth/logout")),
    onSettled: () => {
      forgetIntents();
      client.clear();
    },
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (input: RequestPasswordReset) => ok(api.POST("/api/v1/auth/password-reset", { body: input })),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (input: ResetPassword) => ok(api.POST("/api/v1/auth/password-reset/confirm", { body: input })),
  });
}

export function useUpdateMe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateMe) => ok(api.PATCH("/api/v1/me", { body: input })),
    onSuccess: (me) => client.setQueryData(accountKeys.me, me),
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePassword) => ok(api.POST("/api/v1/me/password", { body: input })),
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.apiKeys }),
  });
}

export function useApiKeys() {
  return useQuery({ queryKey: accountKeys.apiKeys, queryFn: () => ok(api.GET("/api/v1/api-keys")) });
}

export function useCreateApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateApiKey) => ok(api.POST("/api/v1/api-keys", { body: input })),
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.apiKeys }),
  });
}

export function useRevokeApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => ok(api.POST("/api/v1/api-keys/{id}/revoke", { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.apiKeys }),
  });
}

export function useMembers() {
  return useQuery({ queryKey: accountKeys.members, queryFn: () => ok(api.GET("/api/v1/members")) });
}

export function useChangeMemberRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: CompanyRole }) =>
      ok(api.PATCH("/api/v1/members/{userId}", { params: { path: { userId } }, body: { role } })),
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.members }),
  });
}

export function useRemoveMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => ok(api.POST("/api/v1/members/{userId}/remove", { params: { path: { userId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.members }),
  });
}

export function useInvitations(enabled = true) {
  return useQuery({
    queryKey: accountKeys.invitations,
    queryFn: () => ok(api.GET("/api/v1/invitations")),
    enabled,
  });
}

export function useInviteMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InviteMember) => ok(api.POST("/api/v1/invitations", { body: input })),
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.invitations }),
  });
}

export function useRevokeInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => ok(api.POST("/api/v1/invitations/{id}/revoke", { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.invitations }),
  });
}

export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: accountKeys.invitationPreview(token),
    queryFn: () => ok(api.GET("/api/v1/invitations/preview", { params: { query: { token } } })),
    enabled: token.length >= 10,
    retry: false,
  });
}

export function useAcceptInvitation() {
  const start = useStartSession();
  return useMutation({
    mutationFn: (input: AcceptInvitation) => ok(api.POST("/api/v1/invitations/accept", { body: input })),
    onSuccess: start,
  });
}

export function useStaffUsers(q: string, cursor: string | undefined) {
  return useQuery({
    queryKey: accountKeys.staffUsers(q, cursor),
    queryFn: () => ok(api.GET("/api/v1/staff/users", { params: { query: { q, cursor, limit: 25 } } })),
    placeholderData: keepPreviousData,
  });
}
