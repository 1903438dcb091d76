import { type FieldError, isProblemCode, type ProblemCode, type ProblemDocument, problemCodes } from "#shared/problems";
import { intentFor } from "./intents";

/** Any non-2xx answer, read from the server's problem document (RFC 9457) or made up when there was none. */
export class ProblemError extends Error {
  readonly status: number;
  readonly code: ProblemCode;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldError[];
  readonly requestId: string | undefined;
  readonly document: Partial<ProblemDocument>;

  constructor(status: number, code: ProblemCode, detail: string, document: Partial<ProblemDocument> = {}) {
    super(detail);
    this.name = "ProblemError";
    this.status = status;
    this.code = code;
    this.title = document.title ?? problemCodes[code].title;
    this.detail = detail;
    this.errors = Array.isArray(document.errors) ? document.errors : [];
    this.requestId = document.requestId;
    this.document = document;
  }
}

export function isProblem(error: unknown, code?: ProblemCode): error is ProblemError {
  return error instanceof ProblemError && (code === undefined || error.code === code);
}

/** Codes for answers that carried no problem document (a proxy's 502, an old bundle talking to a new server). */
function codeForStatus(status: number): ProblemCode {
  const byStatus: Record<number, ProblemCode> = {
    400: "bad_request",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    410: "token_invalid",
    413: "payload_too_large",
    415: "unsupported_media_type",
    429: "rate_limited",
  };
  return byStatus[status] ?? (status >= 500 && status !== 500 ? "unavailable" : "internal");
}

async function toProblemError(response: Response): Promise<ProblemError> {
  const type = response.headers.get("content-type") ?? "";
  if (type.includes("json")) {
    try {
      const document = (await response.json()) as Partial<ProblemDocument>;
      const code = isProblemCode(document.code) ? document.code : codeForStatus(response.status);
      const detail = typeof document.detail === "string" ? document.detail : problemCodes[code].title;
      return new ProblemError(response.status, code, detail, document);
    } catch {
      // An unreadable body falls through to the status-based answer below.
    }
  }
  const code = codeForStatus(response.status);
  return new ProblemError(response.status, code, problemCodes[code].title);
}

type Query = Record<string, string | number | boolean | null | undefined>;

interface RequestOptions {
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is: a multipart form (the browser sets its boundary) or a text such as CSV. */
  raw?: FormData | string;
  headers?: Record<string, string>;
  query?: Query;
  signal?: AbortSignal;
}

function urlFor(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") {
      params.set(key, String(value));
    }
  }
  const search = params.toString();
  return `/api/v1${path}${search ? `?${search}` : ""}`;
}

async function send<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json", ...options.headers };
  let body: FormData | string | undefined = options.raw;
  if (options.body !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(options.body);
  }
  const url = urlFor(path, options.query);
  const intent = intentFor(method, url, body);
  if (intent) {
    headers["idempotency-key"] = intent.key;
  }
  let response: Response;
  try {
    response = await fetch(url, { method, headers, credentials: "same-origin", body, signal: options.signal });
  } catch (error) {
    intent?.unanswered();
    if (error instanceof DOMException && error.name === "AbortError") {
      throw error;
    }
    throw new ProblemError(0, "unavailable", "Worklane could not be reached. Check your connection and try again.");
  }
  if (!response.ok) {
    const problem = await toProblemError(response);
    // Not settled yet: the first attempt may still be running, or a proxy's 5xx may hide a request that went through.
    const unsettled = response.status >= 500 || problem.code === "idempotency_key_in_progress";
    if (unsettled) {
      intent?.unanswered();
    } else {
      intent?.answered();
    }
    throw problem;
  }
  intent?.answered();
  if (response.status === 204) {
    return undefined as T;
  }
  return (await response.json()) as T;
}

/** The one way the web app talks to the server. Paths are relative to /api/v1. */
export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => send<T>("GET", path, { query, signal }),
  post: <T>(path: string, body?: unknown) => send<T>("POST", path, { body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => send<T>("PATCH", path, { body }),
  put: <T>(path: string, body: unknown) => send<T>("PUT", path, { body }),
  delete: <T>(path: string) => send<T>("DELETE", path),
  /** A POST whose body is not JSON, e.g. a CSV text with `{ "content-type": "text/csv" }`. */
  postRaw: <T>(path: string, body: FormData | string, headers?: Record<string, string>) =>
    send<T>("POST", path, { raw: body, headers }),
  /** One file as multipart/form-data in the part named `file`, which every upload route reads. */
  upload: <T>(path: string, file: File) => {
    const form = new FormData();
    form.set("file", file);
    return send<T>("POST", path, { raw: form });
  },
};
