import { zodResolver } from "@hookform/resolvers/zod";
import { useFieldArray, useForm } from "react-hook-form";
import type { z } from "zod";
import {
  customFieldTypes,
  DefineDeliverables,
  type DeliverablesView,
  requirementKinds,
} from "#domains/assignments/deliverables/contract";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useSubmit } from "../ui/form";
import { FormProblem } from "../ui/form-problem";
import { Select } from "../ui/select";
import { TextInput } from "../ui/text-input";
import { useDefineDeliverables } from "./deliverables-queries";

const kindOptions = requirementKinds.map((kind) => ({
  value: kind,
  label: kind.charAt(0).toUpperCase() + kind.slice(1),
}));
const typeOptions = customFieldTypes.map((type) => ({
  value: type,
  label: type.charAt(0).toUpperCase() + type.slice(1),
}));
const fillerOptions = [
  { value: "worker", label: "The worker" },
  { value: "client", label: "Your company" },
];
const asNumber = (value: unknown) => (value === "" ? Number.NaN : Number(value));
const asList = (value: unknown) =>
  typeof value === "string"
    ? value
        .split(",")
        .map((choice) => choice.trim())
        .filter(Boolean)
    : value;

function valuesOf(view: DeliverablesView) {
  return {
    requirements: view.requirements.map(({ id, kind, title, instructions, requiredCount, dueAt }) => ({
      id,
      kind,
      title,
      instructions,
      requiredCount,
      dueAt,
    })),
    checklist: view.checklist.map(({ id, text, required }) => ({ id, text, required })),
    fields: view.fields.map(({ id, label, type, choices, required, filledBy }) => ({
      id,
      label,
      type,
      choices,
      required,
      filledBy,
    })),
  };
}

/** The client names what to hand in; the whole set is saved at once (PUT), kept items keep what was handed in. */
export function DeliverablesEditor({
  assignmentId,
  view,
  onDone,
}: {
  assignmentId: string;
  view: DeliverablesView;
  onDone: () => void;
}) {
  const define = useDefineDeliverables(assignmentId);
  // Validated on submit, not on touch: with touch validation a freshly added, still empty row shows "This cannot be
  // empty." until it is left, and the message vanishing under the pointer swallows the click on Save.
  const form = useForm<z.input<typeof DefineDeliverables>, unknown, z.output<typeof DefineDeliverables>>({
    resolver: zodResolver(DefineDeliverables),
    defaultValues: valuesOf(view),
    mode: "onSubmit",
  });
  const requirements = useFieldArray({ control: form.control, name: "requirements", keyName: "key" });
  const checklist = useFieldArray({ control: form.control, name: "checklist", keyName: "key" });
  const fields = useFieldArray({ control: form.control, name: "fields", keyName: "key" });
  const { errors } = form.formState;
  const submit = useSubmit(form, (values) => define.mutateAsync(values), onDone);

  return (
    <form className="form" onSubmit={submit.onSubmit} noValidate aria-label="Deliverables">
      <FormProblem message={submit.problem} />
      <h3 className="subheading">To hand in</h3>
      {requirements.fields.map((row, index) => (
        <div key={row.key} className="grid grid--two">
          <Field label={`Item ${index + 1}: what`} error={errors.requirements?.[index]?.title?.message}>
            {(control) => <TextInput {...control} {...form.register(`requirements.${index}.title`)} />}
          </Field>
          <div className="inline-list">
            <Field label="Kind">
              {(control) => (
                <Select {...control} options={kindOptions} {...form.register(`requirements.${index}.kind`)} />
              )}
            </Field>
            <Field label="How many" error={errors.requirements?.[index]?.requiredCount?.message}>
              {(control) => (
                <TextInput
                  {...control}
                  inputMode="numeric"
                  className="input--short"
                  {...form.register(`requirements.${index}.requiredCount`, { setValueAs: asNumber })}
                />
              )}
            </Field>
            <Button size="small" variant="ghost" onClick={() => requirements.remove(index)}>
              Remove<span className="visually-hidden"> item {index + 1}</span>
            </Button>
          </div>
        </div>
      ))}
      <Button size="small" onClick={() => requirements.append({ kind: "photo", title: "", requiredCount: 1 })}>
        Add something to hand in
      </Button>
      <h3 className="subheading">Checklist</h3>
      {checklist.fields.map((row, index) => (
        <div key={row.key} className="inline-list">
          <Field label={`Task ${index + 1}`} error={errors.checklist?.[index]?.text?.message}>
            {(control) => <TextInput {...control} {...form.register(`checklist.${index}.text`)} />}
          </Field>
          <label className="checkbox">
            <input type="checkbox" {...form.register(`checklist.${index}.required`)} />
            Required
          </label>
          <Button size="small" variant="ghost" onClick={() => checklist.remove(index)}>
            Remove<span className="visually-hidden"> task {index + 1}</span>
          </Button>
        </div>
      ))}
      <Button size="small" onClick={() => checklist.append({ text: "", required: true })}>
        Add a task
      </Button>
      <h3 className="subheading">Custom fields</h3>
      {fields.fields.map((row, index) => (
        <div key={row.key} className="grid grid--two">
          <Field label={`Field ${index + 1}: label`} error={errors.fields?.[index]?.label?.message}>
            {(control) => <TextInput {...control} {...form.register(`fields.${index}.label`)} />}
          </Field>
          <div className="inline-list">
            <Field label="Type">
              {(control) => <Select {...control} options={typeOptions} {...form.register(`fields.${index}.type`)} />}
            </Field>
            <Field label="Filled in by">
              {(control) => (
                <Select {...control} options={fillerOptions} {...form.register(`fields.${index}.filledBy`)} />
              )}
            </Field>
            <Button size="small" variant="ghost" onClick={() => fields.remove(index)}>
              Remove<span className="visually-hidden"> field {index + 1}</span>
            </Button>
          </div>
          <Field
            label="Choices (for a choice field)"
            hint="Separated by commas."
            isOptional
            error={errors.fields?.[index]?.choices?.message}
          >
            {(control) => (
              <TextInput {...control} {...form.register(`fields.${index}.choices`, { setValueAs: asList })} />
            )}
          </Field>
          <label className="checkbox">
            <input type="checkbox" {...form.register(`fields.${index}.required`)} />
            Required before submitting
          </label>
        </div>
      ))}
      <Button
        size="small"
        onClick={() => fields.append({ label: "", type: "text", choices: [], required: false, filledBy: "worker" })}
      >
        Add a field
      </Button>
      <div className="inline-list">
        <Button type="submit" variant="primary" isBusy={submit.isSubmitting}>
          Save deliverables
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
