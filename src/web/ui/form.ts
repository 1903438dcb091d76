import { zodResolver } from "@hookform/resolvers/zod";
import { type FormEvent, useState } from "react";
import {
  type DefaultValues,
  type FieldValues,
  type Path,
  type UseFormReturn,
  type UseFormSetError,
  useForm,
} from "react-hook-form";
import type { z } from "zod";
import { ProblemError } from "../api";

/**
 * A react-hook-form bound to a contract schema: the browser refuses exactly what the server refuses, with
 * the same messages, and the submitted values are the schema's output (trimmed, lower-cased emails…).
 */
export function useContractForm<Schema extends z.ZodType<FieldValues, FieldValues>>(
  schema: Schema,
  defaultValues: DefaultValues<z.input<Schema>>,
): UseFormReturn<z.input<Schema>, unknown, z.output<Schema>> {
  return useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    defaultValues,
    mode: "onTouched",
  });
}

/** `/body/homeLocation/city` → `homeLocation.city`; RFC 6901 escapes are undone. */
export function pointerToPath(pointer: string, prefix = "/body"): string | null {
  if (!pointer.startsWith(`${prefix}/`)) {
    return null;
  }
  return pointer
    .slice(prefix.length + 1)
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .join(".");
}

/**
 * Puts the server's per-field errors onto the form's fields and focuses the first one.
 * Returns true when every error found a field, so the form-level message can stay short.
 */
export function applyProblem<Values extends FieldValues>(
  setError: UseFormSetError<Values>,
  error: unknown,
  fieldNames: readonly string[],
): boolean {
  if (!(error instanceof ProblemError) || error.errors.length === 0) {
    return false;
  }
  let allMapped = true;
  let isFirst = true;
  for (const fieldError of error.errors) {
    const path = pointerToPath(fieldError.pointer);
    const root = path?.split(".")[0];
    if (!path || !root || !fieldNames.includes(root)) {
      allMapped = false;
      continue;
    }
    setError(path as Path<Values>, { type: "server", message: fieldError.message }, { shouldFocus: isFirst });
    isFirst = false;
  }
  return allMapped;
}

/** The sentence to show above a form for a failed submit. */
export function problemSummary(error: unknown, fieldsCarryIt: boolean): string {
  if (!(error instanceof ProblemError)) {
    return "Something went wrong. Please try again.";
  }
  if (error.code === "validation_failed" && fieldsCarryIt) {
    return "Please correct the fields marked below.";
  }
  return error.detail;
}

/**
 * The submit handler every form uses: validate with the contract, call the server, and on a problem put
 * field errors on the fields and the rest in `problem` (shown by FormProblem).
 */
export function useSubmit<In extends FieldValues, Out, Result>(
  form: UseFormReturn<In, unknown, Out>,
  action: (values: Out) => Promise<Result>,
  onDone?: (result: Result, values: Out) => void,
) {
  const [problem, setProblem] = useState<string | null>(null);
  const onSubmit = form.handleSubmit(
    async (values) => {
      setProblem(null);
      try {
        const result = await action(values);
        onDone?.(result, values);
      } catch (error) {
        const mapped = applyProblem(form.setError, error, Object.keys(form.getValues()));
        setProblem(problemSummary(error, mapped));
      }
    },
    // Said once above the form as well, so a screen reader hears it and no refusal can go unseen.
    () => setProblem("Please correct the fields marked below."),
  );
  return {
    onSubmit: (event?: FormEvent) => void onSubmit(event),
    problem,
    clearProblem: () => setProblem(null),
    isSubmitting: form.formState.isSubmitting,
  };
}
