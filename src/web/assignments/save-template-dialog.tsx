import { useState } from "react";
import { SaveTemplate } from "#domains/assignments/templates/contract";
import { Field } from "../ui/field";
import { TextInput } from "../ui/text-input";
import { useToast } from "../ui/toast";
import { FormDialog, useFormDialog } from "./form-dialog";
import { useSaveTemplate } from "./templates-queries";

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
  const dialog = useFormDialog(
    SaveTemplate,
    async (body) => {
      await save.mutateAsync(body);
      notify(`Template “${body.name}” saved.`);
    },
    onClose,
  );
  return (
    <FormDialog
      dialog={dialog}
      isOpen={isOpen}
      title="Save as a template"
      confirmLabel="Save template"
      onConfirm={() => dialog.confirm({ assignmentId, name })}
    >
      <p>The terms and deliverables are kept; the dates are not.</p>
      <Field label="Template name" error={dialog.errors.name}>
        {(control) => <TextInput {...control} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
    </FormDialog>
  );
}
