import { Controller } from "react-hook-form";
import { CreateAssignment, limits } from "#domains/assignments/contract";
import type { AssignmentView } from "#domains/assignments/views";
import { industries } from "#domains/companies/contract";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useContractForm, useSubmit } from "../ui/form";
import { FormProblem } from "../ui/form-problem";
import { MarkdownEditor } from "../ui/markdown-editor";
import { Section } from "../ui/section";
import { Select } from "../ui/select";
import { SkillsInput } from "../ui/skills-input";
import { TextInput } from "../ui/text-input";
import type { AssignmentFormInput, AssignmentFormOutput } from "./assignment-form-values";
import { LiveReportPanel } from "./live-report-panel";
import { LocationFields } from "./location-fields";
import { PricingFields } from "./pricing-fields";
import { ScheduleFields } from "./schedule-fields";
import { TermsFields } from "./terms-fields";

const industryOptions = industries.map((industry) => ({ value: industry, label: industry }));

interface AssignmentFormProps {
  initial: AssignmentFormInput;
  deliverableCount: number;
  submitLabel: string;
  save: (values: AssignmentFormOutput) => Promise<AssignmentView>;
  onSaved: (view: AssignmentView) => void;
}

/** The client's create/edit form, validated by the CreateAssignment contract, with the live report beside it. */
export function AssignmentForm({ initial, deliverableCount, submitLabel, save, onSaved }: AssignmentFormProps) {
  const form = useContractForm(CreateAssignment, initial);
  const { errors } = form.formState;
  const industry = form.watch("industry");
  const submit = useSubmit(form, save, onSaved);

  return (
    <form className="grid grid--sidebar" onSubmit={submit.onSubmit} noValidate aria-label="Assignment">
      <div>
        <FormProblem message={submit.problem} />
        <Section title="The work">
          <div className="form">
            <Field label="Title" hint="What and where, in a few words." error={errors.title?.message}>
              {(control) => <TextInput {...control} maxLength={limits.title} {...form.register("title")} />}
            </Field>
            <Controller
              control={form.control}
              name="description"
              render={({ field }) => (
                <MarkdownEditor
                  label="Description"
                  hint="What to do, with what, and what “done” looks like. Markdown works; invited workers read it."
                  error={errors.description?.message}
                  value={field.value ?? ""}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                />
              )}
            />
            <div className="grid grid--two">
              <Controller
                control={form.control}
                name="industry"
                render={({ field }) => (
                  <Field label="Industry" isOptional error={errors.industry?.message}>
                    {(control) => (
                      <Select
                        {...control}
                        ref={field.ref}
                        options={industryOptions}
                        placeholder="Not set"
                        value={field.value ?? ""}
                        onChange={(e) => field.onChange(e.target.value || null)}
                      />
                    )}
                  </Field>
                )}
              />
              <Controller
                control={form.control}
                name="skills"
                render={({ field }) => (
                  <Field label="Skills needed" isOptional error={errors.skills?.message}>
                    {(control) => (
                      <SkillsInput
                        control={control}
                        industries={industry ? [industry] : []}
                        maxItems={30}
                        value={field.value ?? []}
                        onChange={field.onChange}
                        onBlur={field.onBlur}
                      />
                    )}
                  </Field>
                )}
              />
            </div>
            <Controller
              control={form.control}
              name="instructions"
              render={({ field }) => (
                <MarkdownEditor
                  label="Instructions for the assigned worker"
                  hint="Access codes, parking, who to ask for: shown only once a worker is assigned."
                  error={errors.instructions?.message}
                  value={field.value ?? ""}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  rows={4}
                />
              )}
            />
          </div>
        </Section>
        <Section title="Where">
          <div className="form">
            <LocationFields form={form} />
          </div>
        </Section>
        <Section title="When">
          <div className="form">
            <ScheduleFields form={form} />
          </div>
        </Section>
        <Section title="Pay and terms">
          <div className="form">
            <PricingFields form={form} />
            <TermsFields form={form} />
          </div>
        </Section>
        <Button type="submit" variant="primary" isBusy={submit.isSubmitting}>
          {submitLabel}
        </Button>
      </div>
      <LiveReportPanel form={form} deliverableCount={deliverableCount} />
    </form>
  );
}
