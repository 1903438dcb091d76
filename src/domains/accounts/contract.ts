import { z } from "zod";
import { Email, Id, Password, Text } from "#shared/fields";
import { Timestamp, TimeZone } from "#shared/time";

export const accountTypes = ["client", "worker", "staff"] as const;
export const AccountType = z.enum(accountTypes);
export type AccountType = z.infer<typeof AccountType>;
/** admin: everything; manager: posts and manages assignments; finance: approves and pays; viewer: reads. */
export const companyRoles = ["admin", "manager", "finance", "viewer"] as const;
export const CompanyRole = z.enum(companyRoles);
export type CompanyRole = z.infer<typeof CompanyRole>;
export const staffRoles = ["admin", "escalations", "trust_safety"] as const;
export const StaffRole = z.enum(staffRoles);
export type StaffRole = z.infer<typeof StaffRole>;

const signUpFields = { email: Email, password: Password, name: Text(100) };
/** A client names the company it creates (and becomes its admin); a worker signs up alone, so sends no company. */
export const SignUp = z.discriminatedUnion(
  "accountType",
  [
    z.strictObject({
      ...signUpFields,
      accountType: z.literal("client"),
      companyName: z.string({ error: "Give your company's name." }).pipe(Text(120)),
    }),
    z.strictObject({ ...signUpFields, accountType: z.literal("worker") }),
  ],
  { error: "Choose client or worker." },
);
export type SignUp = z.infer<typeof SignUp>;

export const LogIn = z.strictObject({ email: Email, password: z.string().min(1, "Give your password.").max(256) });
export type LogIn = z.infer<typeof LogIn>;

export const MeCompany = z.object({ id: Id, name: z.string(), role: CompanyRole });
export const Me = z.object({
  id: Id,
  email: z.string(),
  name: z.string(),
  accountType: AccountType,
  staffRole: StaffRole.nullable(),
  company: MeCompany.nullable(),
  createdAt: Timestamp,
  /** False until the link emailed at sign-up is opened; until then the account cannot send, accept or apply. */
  emailVerified: z.boolean(),
  /** The IANA zone the person reads times in; null: not chosen (a worker's profile zone, else the browser's). */
  timeZone: z.string().nullable(),
});
export type Me = z.infer<typeof Me>;

/** Only the fields sent change; `timeZone: null` goes back to the browser's zone (a worker's profile zone first). */
export const UpdateMe = z
  .strictObject({ name: Text(100), timeZone: TimeZone.nullable() })
  .partial()
  .refine((value) => Object.keys(value).length > 0, "Change at least one field.");
export type UpdateMe = z.infer<typeof UpdateMe>;

export const ChangePassword = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: Password,
  /** Also revoke every API key of the account (a reset always does). */
  revokeApiKeys: z.boolean().optional(),
});
export type ChangePassword = z.infer<typeof ChangePassword>;

export const VerifyEmail = z.strictObject({ token: z.string().min(10).max(200) });
export type VerifyEmail = z.infer<typeof VerifyEmail>;

export const RequestPasswordReset = z.strictObject({ email: Email });
export type RequestPasswordReset = z.infer<typeof RequestPasswordReset>;
export const ResetPassword = z.strictObject({ token: z.string().min(10).max(200), password: Password });
export type ResetPassword = z.infer<typeof ResetPassword>;
/** What a password reset or change cut off: the other sessions it ended and the API keys it revoked. */
export const AccessCutView = z.object({
  ok: z.literal(true),
  sessionsEnded: z.number().int(),
  apiKeysRevoked: z.number().int(),
});
export type AccessCutView = z.infer<typeof AccessCutView>;

export const CreateApiKey = z.strictObject({
  name: Text(80),
  expiresInDays: z.number().int().min(1).max(3650).nullable().optional(),
});
export type CreateApiKey = z.infer<typeof CreateApiKey>;
export const ApiKey = z.object({
  id: Id,
  name: z.string(),
  prefix: z.string(),
  createdAt: Timestamp,
  lastUsedAt: Timestamp.nullable(),
  expiresAt: Timestamp.nullable(),
  revokedAt: Timestamp.nullable(),
});
export type ApiKey = z.infer<typeof ApiKey>;
/** The token appears in this one response only; Worklane stores its hash. */
export const CreatedApiKey = z.object({ apiKey: ApiKey, token: z.string() });

export const Member = z.object({
  userId: Id,
  name: z.string(),
  email: z.string(),
  role: CompanyRole,
  joinedAt: Timestamp,
});
export type Member = z.infer<typeof Member>;
export const ChangeMemberRole = z.strictObject({ role: CompanyRole });
export const MemberParams = z.strictObject({ userId: Id });

export const InviteMember = z.strictObject({ email: Email, role: CompanyRole });
export type InviteMember = z.infer<typeof InviteMember>;
export const InvitationStatus = z.enum(["pending", "accepted", "revoked", "expired"]);
export const Invitation = z.object({
  id: Id,
  email: z.string(),
  role: CompanyRole,
  status: InvitationStatus,
  invitedBy: z.string(),
  createdAt: Timestamp,
  expiresAt: Timestamp,
});
export type Invitation = z.infer<typeof Invitation>;
export const InvitationToken = z.strictObject({ token: z.string().min(10).max(200) });
export const InvitationPreview = z.object({
  companyName: z.string(),
  email: z.string(),
  role: CompanyRole,
  expiresAt: Timestamp,
});
export const AcceptInvitation = z.strictObject({
  token: z.string().min(10).max(200),
  name: Text(100),
  password: Password,
});
export type AcceptInvitation = z.infer<typeof AcceptInvitation>;

export const StaffUser = z.object({
  id: Id,
  email: z.string(),
  name: z.string(),
  accountType: AccountType,
  staffRole: StaffRole.nullable(),
  companyName: z.string().nullable(),
  createdAt: Timestamp,
});
export const StaffUserQuery = z.strictObject({
  q: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(500).optional(),
});
