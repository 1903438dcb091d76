import { useState } from "react";
import { type PolicyDocument, PublishPolicyVersion } from "#domains/policies/contract";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Field } from "../ui/field";
import { useContractForm, useSubmit } from "../ui/form";
import { FormProblem } from "../ui/form-problem";
import { LineDiff } from "../ui/line-diff";
import { TextArea } from "../ui/text-area";
import { TextInput } from "../ui/text-input";
import { useToast } from "../ui/toast";
import { usePublishPolicyVersion } from "./queries";

/** Drafts the next version from the current one; publishing asks everyone it applies to to accept again. */
export function PublishForm({ document }: { document: PolicyDocument }) {
  const notify = useToast();
  const publish = usePublishPolicyVersion(document.kind);
  const [isConfirming, setIsConfirming] = useState(false);
  const form = useContractForm(PublishPolicyVersion, {
    title: document.current.title,
    body: document.current.body,
    summaryOfChanges: "",
  });
  const { errors } = form.formState;
  const body = form.watch("body");
  const submit = useSubmit(
    form,
    (values) => publish.mutateAsync(values),
    (version) => {
      setIsConfirming(false);
      notify(`Version ${version.version} of ${document.label} is published.`);
    },
  );
  const askToConfirm = form.handleSubmit(() => setIsConfirming(true));

  return (
    <form className="form" onSubmit={(event) => void askToConfirm(event)} noValidate>
      <FormProblem message={submit.problem} />
      <Field label="Title" error={errors.title?.message}>
        {(control) => <TextInput {...control} {...form.register("title")} />}
      </Field>
      <Field
        label="Summary of changes"
        hint="One or two sentences people read before the details, e.g. “Clarifies cancellation fees.”"
        error={errors.summaryOfChanges?.message}
      >
        {(control) => <TextArea {...control} rows={2} {...form.register("summaryOfChanges")} />}
      </Field>
      <Field label="Text (Markdown)" error={errors.body?.message}>
        {(control) => <TextArea {...control} rows={18} className="input--code" {...form.register("body")} />}
      </Field>
      <div className="field">
        <h3 className="subheading">Changes against version {document.current.version}</h3>
        <LineDiff before={document.current.body} after={body} label="Changes in this draft" />
      </div>
      <Button type="submit" variant="primary">
        Publish version {document.current.version + 1}
      </Button>
      <ConfirmDialog
        isOpen={isConfirming}
        title={`Publish version ${document.current.version + 1}?`}
        confirmLabel="Publish"
        tone="primary"
        isBusy={submit.isSubmitting}
        onConfirm={() => submit.onSubmit()}
        onClose={() => setIsConfirming(false)}
      >
        <p>Everyone {document.label} applies to will have to accept it before their next assignment.</p>
      </ConfirmDialog>
    </form>
  );
}
