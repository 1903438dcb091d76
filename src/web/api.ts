import createClient from "openapi-fetch";
import type { paths } from "../../sdk/schema";
import { idempotencyKeys, problems } from "./api-middleware";

export { isProblem, ProblemError } from "./api-problem";

type QueryValue = string | number | boolean | null | undefined;

/** Form-style query (arrays repeat the name); empty values are left out, so a cleared filter is no filter. */
function serializeQuery(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of (Array.isArray(value) ? value : [value]) as QueryValue[]) {
      if (item !== undefined && item !== null && item !== "") {
        params.append(key, String(item));
      }
    }
  }
  return params.toString();
}

/**
 * The web app's client, typed by sdk/schema.d.ts (generated from openapi.json), so a renamed route, parameter
 * or field fails `tsc`. Every non-2xx answer is thrown as a ProblemError and POSTs carry Idempotency-Keys
 * (api-middleware.ts). `baseUrl` is only for tests: the browser resolves /api/v1 paths against the page.
 */
export function createApi(baseUrl = "") {
  const client = createClient<paths>({
    baseUrl,
    credentials: "same-origin",
    headers: { accept: "application/json" },
    querySerializer: serializeQuery,
    // Looked up per call, so a test's stubbed fetch is the one used.
    fetch: (request) => globalThis.fetch(request),
  });
  client.use(problems, idempotencyKeys());
  return client;
}

/** The one way the web app talks to the server: `ok(api.GET("/api/v1/me", { signal }))`. */
export const api = createApi();

/**
 * The body of a 2xx answer (undefined for a 204); every other answer was already thrown by the middleware as a
 * ProblemError, so callers get the data or an exception, never openapi-fetch's `{ error }` branch.
 */
export async function ok<T>(request: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data } = await request;
  return data as T;
}

/** A body sent as it is (a CSV text): openapi-fetch would otherwise JSON-encode it. */
export const asIs = (body: unknown) => body as string;

/** One file as multipart/form-data in the part named `file`, which every upload route reads. */
export function fileForm(body: unknown): FormData {
  const form = new FormData();
  form.set("file", (body as { file: File }).file);
  return form;
}
