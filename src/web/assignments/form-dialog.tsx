import { type ReactNode, useState } from "react";
import type { z } from "zod";
import type { Currency } from "#shared/money";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Field } from "../ui/field";
import { FormProblem } from "../ui/form-problem";
import { MoneyInput } from "../ui/money-input";
import { useDialogAction } from "./use-dialog-action";

/** Per-field messages of a contract refusal, keyed by the last part of each issue's path ("reason", "amount"). */
function messagesOf(error: z.ZodError): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path.at(-1) ?? "");
    messages[key] ??= issue.message;
  }
  return messages;
}

/**
 * A dialog that sends one body to the server: the contract schema checks it first (same messages as the server),
 * then `submit` runs; a refusal keeps the dialog open with the server's reason, success closes it.
 */
export function useFormDialog<Schema extends z.ZodType>(
  schema: Schema,
  submit: (body: z.output<Schema>) => Promise<unknown>,
  onClose: () => void,
) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const close = () => {
    setErrors({});
    action.clear();
    onClose();
  };
  const action = useDialogAction(close);
  const confirm = (body: unknown) => {
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      setErrors(messagesOf(parsed.error));
      return;
    }
    setErrors({});
    void action.run(() => submit(parsed.data));
  };
  return { errors, setErrors, close, confirm, problem: action.problem, isBusy: action.isBusy };
}

interface FormDialogProps {
  dialog: ReturnType<typeof useFormDialog>;
  isOpen: boolean;
  title: string;
  confirmLabel: string;
  tone?: "primary" | "danger";
  onConfirm: () => void;
  children: ReactNode;
}

export function FormDialog({
  dialog,
  isOpen,
  title,
  confirmLabel,
  tone = "primary",
  onConfirm,
  children,
}: FormDialogProps) {
  return (
    <ConfirmDialog
      isOpen={isOpen}
      title={title}
      confirmLabel={confirmLabel}
      tone={tone}
      isBusy={dialog.isBusy}
      onConfirm={onConfirm}
      onClose={dialog.close}
    >
      <FormProblem message={dialog.problem} />
      {children}
    </ConfirmDialog>
  );
}

interface AmountFieldProps {
  label: string;
  hint?: string;
  isOptional?: boolean;
  error?: string;
  currency: Currency;
  /** Minor units, or null when empty; text that is no amount becomes NaN, which the contract refuses. */
  value: number | null;
  onChange: (amount: number | null) => void;
}

/** An amount in the assignment's one currency. */
export function AmountField({ label, hint, isOptional, error, currency, value, onChange }: AmountFieldProps) {
  return (
    <Field label={label} hint={hint} isOptional={isOptional} error={error}>
      {(control) => (
        <MoneyInput
          control={control}
          currencyOptions={[currency]}
          defaultCurrency={currency}
          value={value === null ? null : { amount: value, currency }}
          onChange={(money) => onChange(money ? money.amount : null)}
        />
      )}
    </Field>
  );
}
