/**
 * The one table of problem codes (RFC 9457 `code` extension). A code is stable forever and never reused
 * for another meaning; the server's error handler and the web client both read this table.
 */
export const problemCodes = {
  validation_failed: { status: 400, title: "The request is not valid" },
  bad_request: { status: 400, title: "The request could not be read" },
  unauthenticated: { status: 401, title: "Please log in" },
  invalid_credentials: { status: 401, title: "Email or password is wrong" },
  account_suspended: { status: 403, title: "This account is suspended" },
  account_restricted: { status: 403, title: "A sanction on this account covers this action" },
  forbidden: { status: 403, title: "You may not do this" },
  csrf_rejected: { status: 403, title: "Cross-site request refused" },
  policy_acceptance_required: { status: 403, title: "Please accept the current policies first" },
  requirements_not_met: { status: 403, title: "You do not meet this work's requirements" },
  not_found: { status: 404, title: "Not found" },
  method_not_allowed: { status: 405, title: "Method not allowed" },
  request_timeout: { status: 408, title: "The request took too long to arrive" },
  conflict: { status: 409, title: "This conflicts with existing data" },
  email_taken: { status: 409, title: "An account with this email already exists" },
  email_unverified: { status: 403, title: "Verify your email address first" },
  blocked: { status: 403, title: "You cannot work with each other on Worklane" },
  company_locked: { status: 403, title: "The company account is locked for past-due invoices" },
  invalid_transition: { status: 409, title: "This action is not possible now" },
  idempotency_key_in_progress: { status: 409, title: "A request with this Idempotency-Key is still running" },
  last_admin: { status: 409, title: "A company needs at least one admin" },
  policy_version_not_current: { status: 409, title: "A newer version of this policy has been published" },
  deliverables_incomplete: { status: 409, title: "Deliverables are missing" },
  deliverable_in_use: { status: 409, title: "Work was already handed in for this deliverable" },
  request_already_pending: { status: 409, title: "A request of this kind is already waiting for an answer" },
  version_conflict: { status: 409, title: "This record changed since you loaded it" },
  edit_window_closed: { status: 409, title: "This can no longer be edited" },
  escalation_window_closed: { status: 409, title: "This assignment can no longer be escalated" },
  escalation_already_open: { status: 409, title: "A case about this assignment is already open" },
  webhook_disabled: { status: 409, title: "This webhook endpoint is disabled" },
  sandbox_controls_off: { status: 403, title: "Sandbox test controls are switched off on this server" },
  settlement_not_possible: { status: 409, title: "This settlement is not possible for the assignment now" },
  token_invalid: { status: 410, title: "This link is invalid or has expired" },
  payload_too_large: { status: 413, title: "The request body is too large" },
  uri_too_long: { status: 414, title: "The address is too long" },
  unsupported_media_type: { status: 415, title: "Unsupported content type" },
  idempotency_key_reused: { status: 422, title: "This Idempotency-Key was used for a different request" },
  budget_exceeded: { status: 422, title: "This is above the assignment's maximum spend" },
  cancellation_fee_not_offered: { status: 422, title: "No cancellation fee applies to this cancellation" },
  insufficient_funds: { status: 422, title: "Not enough funds" },
  payout_account_unverified: { status: 422, title: "Payouts go only to a verified payout account" },
  deposit_amounts_wrong: { status: 422, title: "The deposit amounts do not match" },
  place_not_found: { status: 422, title: "We could not find this place" },
  place_ambiguous: { status: 422, title: "Several places match this name" },
  webhook_url_not_allowed: { status: 422, title: "Webhooks need an http(s) address without credentials" },
  webhook_url_private: { status: 422, title: "Webhooks cannot go to private addresses" },
  webhook_url_unresolvable: { status: 422, title: "The webhook address does not resolve" },
  rate_limited: { status: 429, title: "Too many attempts" },
  headers_too_large: { status: 431, title: "The request headers are too large" },
  internal: { status: 500, title: "Something went wrong on our side" },
  unavailable: { status: 503, title: "The service is unavailable" },
  busy_retry: { status: 503, title: "The server was busy; nothing was saved, try again" },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof problemCodes;

export interface FieldError {
  /** JSON pointer into the request, e.g. `/body/email`. */
  pointer: string;
  message: string;
}

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  code: ProblemCode;
  detail: string;
  errors?: FieldError[];
  requestId?: string;
  [extra: string]: unknown;
}

/** Thrown by domain code; `platform/http/errors.ts` is the only place that turns it into a response. */
export class Problem extends Error {
  readonly status: number;
  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
    readonly errors?: FieldError[],
  ) {
    super(detail);
    this.name = "Problem";
    this.status = problemCodes[code].status;
  }
}

export function problem(code: ProblemCode, detail: string, extra: Record<string, unknown> = {}): Problem {
  return new Problem(code, detail, extra);
}

export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === "string" && Object.hasOwn(problemCodes, value);
}
