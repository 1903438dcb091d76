import type { FastifyReply } from "fastify";
import { z } from "zod";
import { SESSION_COOKIE } from "#platform/http/auth";
import type { App } from "#platform/http/types";
import { IdParams, Ok } from "#shared/fields";
import { acceptInvitation } from "./actions/accept-invitation";
import { changeMemberRole } from "./actions/change-member-role";
import { changePassword } from "./actions/change-password";
import { createApiKey } from "./actions/create-api-key";
import { inviteMember } from "./actions/invite-member";
import { logIn, SESSION_DAYS, type SessionStarted } from "./actions/log-in";
import { logOut } from "./actions/log-out";
import { removeMember } from "./actions/remove-member";
import { requestPasswordReset } from "./actions/request-password-reset";
import { resendVerification } from "./actions/resend-verification";
import { resetPassword } from "./actions/reset-password";
import { revokeApiKey } from "./actions/revoke-api-key";
import { revokeInvitation } from "./actions/revoke-invitation";
import { signUp } from "./actions/sign-up";
import { updateMe } from "./actions/update-me";
import { verifyEmail } from "./actions/verify-email";
import {
  AcceptInvitation,
  AccessCutView,
  ApiKey,
  ChangeMemberRole,
  ChangePassword,
  CreateApiKey,
  CreatedApiKey,
  Invitation,
  InvitationPreview,
  InvitationToken,
  InviteMember,
  LogIn,
  Me,
  Member,
  MemberParams,
  RequestPasswordReset,
  ResetPassword,
  SignUp,
  StaffUser,
  StaffUserQuery,
  UpdateMe,
  VerifyEmail,
} from "./contract";
import {
  getMe,
  getSession,
  listApiKeys,
  listInvitations,
  listMembers,
  listUsersForStaff,
  previewInvitation,
} from "./queries";

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure behind TLS. */
function withSession(reply: FastifyReply, started: SessionStarted) {
  reply.setCookie(SESSION_COOKIE, started.token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: reply.server.worklane.secureCookies || reply.request.protocol === "https",
    maxAge: SESSION_DAYS * 86_400,
  });
  return started.me;
}

const tags = ["accounts"];
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export function routes(app: App): void {
  // 202 and no session whether or not the email is taken (no enumeration): the person logs in next.
  app.post(
    "/auth/signup",
    {
      schema: { operationId: "signUp", tags, body: SignUp, response: { 202: Ok } },
      config: { auth: "public", problems: ["rate_limited"] },
    },
    async (req, reply) => reply.code(202).send(await signUp(req.ctx, req.body, app.worklane.publicUrl)),
  );
  app.post(
    "/auth/verify-email",
    {
      schema: { operationId: "verifyEmail", tags, body: VerifyEmail, response: { 200: Ok } },
      config: { auth: "public", problems: ["token_invalid"] },
    },
    (req) => verifyEmail(req.ctx, req.body),
  );
  app.post(
    "/me/verification-email",
    {
      schema: { operationId: "resendVerificationEmail", tags, response: { 202: Ok } },
      config: { problems: ["rate_limited"] },
    },
    async (req, reply) => reply.code(202).send(await resendVerification(req.ctx, app.worklane.publicUrl)),
  );
  app.post(
    "/auth/login",
    {
      schema: { operationId: "logIn", tags, body: LogIn, response: { 200: Me } },
      // Takes no Idempotency-Key: a replayed answer could not carry the session cookie (never stored), and a repeated
      // log-in only opens another session.
      config: {
        auth: "public",
        idempotent: false,
        problems: ["invalid_credentials", "account_suspended", "rate_limited"],
      },
    },
    async (req, reply) => withSession(reply, await logIn(req.ctx, req.body, req.headers["user-agent"])),
  );
  app.post(
    "/auth/logout",
    // A suspended account may still leave: logging out is never something a sanction takes away.
    { schema: { operationId: "logOut", tags, response: { 200: Ok } }, config: { openWhenSuspended: true } },
    async (req, reply) => reply.clearCookie(SESSION_COOKIE, { path: "/" }).send(await logOut(req.ctx)),
  );
  app.post(
    "/auth/password-reset",
    {
      schema: { operationId: "requestPasswordReset", tags, body: RequestPasswordReset, response: { 202: Ok } },
      config: { auth: "public" },
    },
    async (req, reply) => reply.code(202).send(await requestPasswordReset(req.ctx, req.body, app.worklane.publicUrl)),
  );
  app.post(
    "/auth/password-reset/confirm",
    {
      schema: { operationId: "resetPassword", tags, body: ResetPassword, response: { 200: AccessCutView } },
      config: { auth: "public", problems: ["token_invalid"] },
    },
    (req) => resetPassword(req.ctx, req.body),
  );

  app.get(
    "/auth/session",
    {
      schema: { operationId: "getSession", tags, response: { 200: z.object({ me: Me.nullable() }) } },
      config: { auth: "public" },
    },
    (req) => getSession(req.ctx),
  );
  app.get(
    "/me",
    { schema: { operationId: "getMe", tags, response: { 200: Me } }, config: { problems: ["not_found"] } },
    (req) => getMe(req.ctx),
  );
  app.patch("/me", { schema: { operationId: "updateMe", tags, body: UpdateMe, response: { 200: Me } } }, (req) =>
    updateMe(req.ctx, req.body),
  );
  app.post(
    "/me/password",
    { schema: { operationId: "changePassword", tags, body: ChangePassword, response: { 200: AccessCutView } } },
    (req) => changePassword(req.ctx, req.body),
  );

  app.get("/api-keys", { schema: { operationId: "listApiKeys", tags, response: { 200: items(ApiKey) } } }, (req) =>
    listApiKeys(req.ctx),
  );
  app.post(
    "/api-keys",
    {
      schema: { operationId: "createApiKey", tags, body: CreateApiKey, response: { 201: CreatedApiKey } },
    },
    async (req, reply) => reply.code(201).send(await createApiKey(req.ctx, req.body)),
  );
  app.post(
    "/api-keys/:id/revoke",
    { schema: { operationId: "revokeApiKey", tags, params: IdParams, response: { 200: ApiKey } } },
    (req) => revokeApiKey(req.ctx, req.params.id),
  );

  app.get(
    "/members",
    { schema: { operationId: "listMembers", tags, response: { 200: items(Member) } }, config: { auth: "client" } },
    (req) => listMembers(req.ctx),
  );
  app.patch(
    "/members/:userId",
    {
      schema: {
        operationId: "changeMemberRole",
        tags,
        params: MemberParams,
        body: ChangeMemberRole,
        response: { 200: Member },
      },
      config: { auth: "client", roles: ["admin"], problems: ["last_admin"] },
    },
    (req) => changeMemberRole(req.ctx, req.params.userId, req.body),
  );
  app.post(
    "/members/:userId/remove",
    {
      schema: { operationId: "removeMember", tags, params: MemberParams, response: { 200: Ok } },
      config: { auth: "client", roles: ["admin"], problems: ["last_admin"] },
    },
    (req) => removeMember(req.ctx, req.params.userId),
  );

  app.get(
    "/invitations",
    {
      schema: { operationId: "listInvitations", tags, response: { 200: items(Invitation) } },
      config: { auth: "client", roles: ["admin"] },
    },
    (req) => listInvitations(req.ctx),
  );
  app.post(
    "/invitations",
    {
      schema: { operationId: "inviteMember", tags, body: InviteMember, response: { 201: Invitation } },
      config: { auth: "client", roles: ["admin"], problems: ["conflict", "email_taken"] },
    },
    async (req, reply) => reply.code(201).send(await inviteMember(req.ctx, req.body, app.worklane.publicUrl)),
  );
  app.post(
    "/invitations/:id/revoke",
    {
      schema: { operationId: "revokeInvitation", tags, params: IdParams, response: { 200: Invitation } },
      config: { auth: "client", roles: ["admin"], problems: ["invalid_transition"] },
    },
    (req) => revokeInvitation(req.ctx, req.params.id),
  );
  app.get(
    "/invitations/preview",
    {
      schema: {
        operationId: "previewInvitation",
        tags,
        querystring: InvitationToken,
        response: { 200: InvitationPreview },
      },
      config: { auth: "public", problems: ["token_invalid"] },
    },
    (req) => previewInvitation(req.ctx, req.query.token),
  );
  app.post(
    "/invitations/accept",
    {
      schema: { operationId: "acceptInvitation", tags, body: AcceptInvitation, response: { 201: Me } },
      config: { auth: "public", problems: ["token_invalid"] },
    },
    async (req, reply) =>
      reply.code(201).send(withSession(reply, await acceptInvitation(req.ctx, req.body, req.headers["user-agent"]))),
  );

  app.get(
    "/staff/users",
    {
      schema: {
        operationId: "listUsersForStaff",
        tags: ["staff"],
        querystring: StaffUserQuery,
        response: { 200: z.object({ items: z.array(StaffUser), nextCursor: z.string().nullable() }) },
      },
      config: { auth: "staff" },
    },
    (req) => listUsersForStaff(req.ctx, req.query),
  );
}
