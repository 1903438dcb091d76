import { type ReactNode, useState } from "react";
import { limits, Reason } from "#domains/assignments/contract";
import { Field } from "../ui/field";
import { TextArea } from "../ui/text-area";
import { FormDialog, useFormDialog } from "./form-dialog";

interface ReasonDialogProps {
  isOpen: boolean;
  title: string;
  children?: ReactNode;
  label: string;
  confirmLabel: string;
  tone?: "danger" | "primary";
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
}

/** A question that needs a reason in words (decline, return, hold, abandon), checked by the Reason contract. */
export function ReasonDialog({
  isOpen,
  title,
  children,
  label,
  confirmLabel,
  tone = "danger",
  onSubmit,
  onClose,
}: ReasonDialogProps) {
  const [reason, setReason] = useState("");
  const dialog = useFormDialog(
    Reason,
    (body) => onSubmit(body.reason),
    () => {
      setReason("");
      onClose();
    },
  );
  return (
    <FormDialog
      dialog={dialog}
      isOpen={isOpen}
      title={title}
      confirmLabel={confirmLabel}
      tone={tone}
      onConfirm={() => dialog.confirm({ reason })}
    >
      {children}
      <ReasonField label={label} error={dialog.errors.reason} value={reason} onChange={setReason} />
    </FormDialog>
  );
}

/** The reason text area every dialog with a reason uses (bounded like the contract). */
export function ReasonField({
  label,
  error,
  value,
  onChange,
}: {
  label: string;
  error?: string;
  value: string;
  onChange: (text: string) => void;
}) {
  return (
    <Field label={label} error={error}>
      {(control) => (
        <TextArea
          {...control}
          rows={3}
          maxLength={limits.reason}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
