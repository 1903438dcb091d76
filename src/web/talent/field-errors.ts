import type { z } from "zod";
import { ProblemError } from "../api";

/** Field errors keyed by the body path (`coverage.amount`), from the contract's parse or the server's problem. */
export type FieldErrors = Record<string, string>;

export function issuesToErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".");
    errors[key] ??= issue.message;
  }
  return errors;
}

export function problemToErrors(error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (error instanceof ProblemError) {
    for (const { pointer, message } of error.errors) {
      if (pointer.startsWith("/body/")) {
        errors[pointer.slice(6).replaceAll("/", ".")] ??= message;
      }
    }
  }
  return errors;
}

export const problemText = (error: unknown) =>
  error instanceof ProblemError ? error.detail : "Something went wrong. Please try again.";
