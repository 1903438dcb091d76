import { type ReactNode, useState } from "react";
import { limits, Reason } from "#domains/assignments/contract";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Field } from "../ui/field";
import { FormProblem } from "../ui/form-problem";
import { TextArea } from "../ui/text-area";
import { useDialogAction } from "./use-dialog-action";

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
  const [error, setError] = useState<string | undefined>();
  const close = () => {
    setReason("");
    setError(undefined);
    action.clear();
    onClose();
  };
  const action = useDialogAction(close);
  const confirm = () => {
    const parsed = Reason.safeParse({ reason });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Give a reason.");
      return;
    }
    void action.run(() => onSubmit(parsed.data.reason));
  };

  return (
    <ConfirmDialog
      isOpen={isOpen}
      title={title}
      confirmLabel={confirmLabel}
      tone={tone}
      isBusy={action.isBusy}
      onConfirm={confirm}
      onClose={close}
    >
      {children}
      <FormProblem message={action.problem} />
      <Field label={label} error={error}>
        {(control) => (
          <TextArea
            {...control}
            rows={3}
            maxLength={limits.reason}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </Field>
    </ConfirmDialog>
  );
}
