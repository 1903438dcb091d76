import type { OperationDocs } from "#platform/domain";

/** What the API reference says about each accounts operation (platform/http/openapi.ts applies it by operationId). */
export const operations: OperationDocs = {
  signUp: {
    summary: "Sign up",
    description:
      "Creates a client account with its company (the caller becomes its admin) or a worker account and emails a link to confirm the address; then log in. The answer is 202 whether or not the email already has an account (its owner is emailed instead), so it reveals nothing. Limited per source address (429 with `Retry-After`).",
  },
  verifyEmail: {
    summary: "Confirm an email address",
    description:
      "Confirms the address with the token from the sign-up email; other confirmation links stop working. Until then an account can log in and fill its profile but not send, accept or apply (403 `email_unverified`).",
  },
  resendVerificationEmail: {
    summary: "Send the confirmation link again",
    description:
      "Emails a new link to confirm the signed-in user's address (nothing when already confirmed). A few an hour (429 with `Retry-After`).",
  },
  logIn: {
    summary: "Log in",
    description:
      "Starts a browser session (the `wl_session` cookie) for an email and password. Repeated failures are slowed down and answered 429 with `Retry-After`.",
  },
  logOut: { summary: "Log out", description: "Ends the current session. API keys are not affected." },
  requestPasswordReset: {
    summary: "Request a password reset",
    description:
      "Emails a reset link to the address if it has an account. The answer is the same whether it has one or not.",
  },
  resetPassword: {
    summary: "Reset the password",
    description:
      "Sets a new password with the token from a reset email. Every session ends, other reset links stop working and the user's API keys are revoked.",
  },
  getSession: {
    summary: "The current session, if any",
    description:
      "The signed-in account as `getMe` gives it, or `me: null` when nobody is signed in: always 200, so a page can " +
      "ask who is there without a failed request. A revoked API key is still refused with 401.",
  },
  getMe: { summary: "Who am I", description: "The signed-in user: name, email, account type, company and role." },
  updateMe: {
    summary: "Update my account",
    description:
      "Changes the signed-in user's display name and/or the IANA time zone they read times in (`null`: a worker's profile zone, else the browser's); only the fields sent change.",
  },
  changePassword: {
    summary: "Change my password",
    description:
      "Changes the password after checking the current one; the user's other sessions end, and with `revokeApiKeys` so do their API keys.",
  },
  listApiKeys: {
    summary: "List my API keys",
    description: "The signed-in user's API keys: name, prefix, when created and last used, and whether revoked.",
  },
  createApiKey: {
    summary: "Create an API key",
    description:
      "Creates a key that acts as the signed-in user. The secret is in this answer only; store it, it cannot be shown again.",
  },
  revokeApiKey: { summary: "Revoke an API key", description: "The key stops working at once. Cannot be undone." },
  listMembers: { summary: "List the company's members", description: "Everyone in the caller's company, with role." },
  changeMemberRole: {
    summary: "Change a member's role",
    description: "An admin makes a member admin, manager, finance or viewer. The last admin cannot step down.",
  },
  removeMember: {
    summary: "Remove a member",
    description:
      "An admin removes a member: their account closes and their sessions end. The last admin cannot be removed.",
  },
  listInvitations: {
    summary: "List team invitations",
    description: "Open and past invitations to join the caller's company (admins only).",
  },
  inviteMember: {
    summary: "Invite a teammate",
    description: "An admin emails an invitation to join the company with a role; the link is valid for 14 days.",
  },
  revokeInvitation: { summary: "Revoke a team invitation", description: "The invitation's link stops working." },
  previewInvitation: {
    summary: "Preview a team invitation",
    description: "What an invitation link offers (company, role, inviter), for the page that accepts it.",
  },
  acceptInvitation: {
    summary: "Accept a team invitation",
    description: "Creates the invitee's account in the inviting company with the offered role and starts a session.",
  },
  listUsersForStaff: {
    summary: "Find users (staff)",
    description: "Staff search every account by name or email, a page at a time.",
  },
};
