import { useState } from "react";
import { SaveTemplate } from "#domains/assignments/templates/contract";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Field } from "../ui/field";
import { FormProblem } from "../ui/form-problem";
import { TextInput } from "../ui/text-input";
import { useToast } from "../ui/toast";
import { useSaveTemplate } from "./templates-queries";
import { useDialogAction } from "./use-dialog-action";

interface SaveTemplateDialogProps {
  assignmentId: string;
  title: string;
  isOpen: boolean;
  onClose: () => void;
}

/** Keeps this assignment's terms and deliverables (not its dates) to start new ones from. */
export function SaveTemplateDialog({ assignmentId, title, isOpen, onClose }: SaveTemplateDialogProps) {
  const notify = useToast();
  const save = useSaveTemplate();
  const [name, setName] = useState(title);
  const [error, setError] = useState<string | undefined>();
  const close = () => {
    setError(undefined);
    action.clear();
    onClose();
  };
  const action = useDialogAction(() => {
    notify(`Template “${name}” saved.`);
    close();
  });
  const confirm = () => {
    const parsed = SaveTemplate.safeParse({ assignmentId, name });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    void action.run(() => save.mutateAsync(parsed.data));
  };
  return (
    <ConfirmDialog
      isOpen={isOpen}
      title="Save as a template"
      confirmLabel="Save template"
      tone="primary"
      isBusy={action.isBusy}
      onConfirm={confirm}
      onClose={close}
    >
      <FormProblem message={action.problem} />
      <p>The terms and deliverables are kept; the dates are not.</p>
      <Field label="Template name" error={error}>
        {(control) => <TextInput {...control} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
    </ConfirmDialog>
  );
}
