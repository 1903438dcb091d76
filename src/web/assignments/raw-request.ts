import { isProblemCode, type ProblemDocument } from "#shared/problems";
import { ProblemError } from "../api";

/**
 * A POST whose body is not JSON: a file (multipart/form-data, part `file`) or a CSV text. The shared client in api.ts
 * speaks JSON only, so these requests go out here and their refusals are read into the same ProblemError. Move this
 * into api.ts (e.g. `api.postRaw`) when another domain needs it.
 */
export async function postRaw<T>(
  path: string,
  body: FormData | string,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(`/api/v1${path}`, {
    method: "POST",
    body,
    credentials: "same-origin",
    headers: { accept: "application/json", ...headers },
  }).catch(() => {
    throw new ProblemError(0, "unavailable", "Worklane could not be reached. Check your connection and try again.");
  });
  if (!response.ok) {
    const document = (await response.json().catch(() => ({}))) as Partial<ProblemDocument>;
    const code = isProblemCode(document.code) ? document.code : "bad_request";
    throw new ProblemError(response.status, code, document.detail ?? "The request was refused.", document);
  }
  return (await response.json()) as T;
}

export function formWithFile(file: File): FormData {
  const form = new FormData();
  form.set("file", file);
  return form;
}
