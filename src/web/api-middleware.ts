import type { Middleware } from "openapi-fetch";
import { isProblemCode, type ProblemCode, type ProblemDocument, problemCodes } from "#shared/problems";
import { ProblemError } from "./api-problem";
import { intentFor } from "./intents";

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
      const document = (await response.clone().json()) as Partial<ProblemDocument>;
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

const isAbort = (error: unknown) => error instanceof DOMException && error.name === "AbortError";

/**
 * Every non-2xx answer is thrown as a ProblemError read from its problem document (RFC 9457), and a server that
 * could not be reached as one with status 0, so callers see one kind of failure. An abort stays an AbortError.
 */
export const problems: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) {
      throw await toProblemError(response);
    }
    return undefined;
  },
  onError({ error }) {
    if (isAbort(error) || error instanceof ProblemError) {
      return undefined;
    }
    return new ProblemError(0, "unavailable", "Worklane could not be reached. Check your connection and try again.");
  },
};

/** What was sent, for recognising the same click again: a form by its fields and its files' names and contents. */
async function describeBody(request: Request): Promise<string> {
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    return request.clone().text();
  }
  const parts: string[] = [];
  for (const [name, value] of await request.clone().formData()) {
    if (typeof value === "string") {
      parts.push(`${name}=${value}`);
    } else {
      const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", await value.arrayBuffer()));
      parts.push(`${name}=${value.name}|${value.size}|${Array.from(digest, (b) => b.toString(16)).join("")}`);
    }
  }
  return parts.join("&");
}

type Intent = NonNullable<ReturnType<typeof intentFor>>;

/** The Idempotency-Key of each POST (see intents.ts), kept while its outcome is unknown. */
export function idempotencyKeys(): Middleware {
  const pending = new Map<string, Intent>();
  return {
    async onRequest({ request, id }) {
      if (request.method !== "POST") {
        return undefined;
      }
      const url = new URL(request.url, "http://origin.invalid");
      const intent = intentFor(request.method, `${url.pathname}${url.search}`, await describeBody(request));
      if (!intent) {
        return undefined;
      }
      pending.set(id, intent);
      request.headers.set("idempotency-key", intent.key);
      return request;
    },
    async onResponse({ response, id }) {
      const intent = pending.get(id);
      pending.delete(id);
      if (!intent) {
        return undefined;
      }
      // Not settled yet: the first attempt may still be running, or a proxy's 5xx may hide a request that went through.
      const unsettled =
        response.status >= 500 ||
        (response.status === 409 && (await toProblemError(response)).code === "idempotency_key_in_progress");
      if (unsettled) {
        intent.unanswered();
      } else {
        intent.answered();
      }
      return undefined;
    },
    onError({ id }) {
      pending.get(id)?.unanswered();
      pending.delete(id);
      return undefined;
    },
  };
}
