import { Controller } from "react-hook-form";
import { type Company, industries, UpdateCompany } from "#domains/companies/contract";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useContractForm, useSubmit } from "../ui/form";
import { FormProblem } from "../ui/form-problem";
import { LocationInput, locationErrors } from "../ui/location-input";
import { MarkdownEditor } from "../ui/markdown-editor";
import { Select } from "../ui/select";
import { TextInput } from "../ui/text-input";
import { TimeZoneSelect } from "../ui/time-zone-select";
import { useToast } from "../ui/toast";
import { useUpdateCompany } from "./queries";

const industryOptions = industries.map((industry) => ({ value: industry, label: industry }));
const emptyToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

function valuesOf(company: Company) {
  return {
    name: company.name,
    about: company.about,
    industry: company.industry,
    website: company.website,
    headquarters: company.headquarters,
    timeZone: company.timeZone,
  };
}

/** The company profile as its admins edit it; workers see the public part of it on /companies/:id. */
export function CompanyProfileForm({ company }: { company: Company }) {
  const notify = useToast();
  const update = useUpdateCompany();
  const form = useContractForm(UpdateCompany, valuesOf(company));
  const { errors } = form.formState;
  const submit = useSubmit(
    form,
    (values) => update.mutateAsync(values),
    (saved) => {
      form.reset(valuesOf(saved));
      notify("The company profile is saved.");
    },
  );

  return (
    <form className="form" onSubmit={submit.onSubmit} noValidate aria-label="Company profile">
      <FormProblem message={submit.problem} />
      <Field label="Company name" error={errors.name?.message}>
        {(control) => <TextInput {...control} autoComplete="organization" {...form.register("name")} />}
      </Field>
      <Controller
        control={form.control}
        name="about"
        render={({ field }) => (
          <MarkdownEditor
            label="About the company"
            hint="What you do and what working with you is like. Markdown is supported."
            error={errors.about?.message}
            value={field.value ?? ""}
            onChange={field.onChange}
            onBlur={field.onBlur}
          />
        )}
      />
      <div className="grid grid--two">
        <Field label="Industry" isOptional error={errors.industry?.message}>
          {(control) => (
            <Select
              {...control}
              options={industryOptions}
              placeholder="Not set"
              {...form.register("industry", { setValueAs: emptyToNull })}
            />
          )}
        </Field>
        <Field label="Website" isOptional hint="Starting with https://" error={errors.website?.message}>
          {(control) => (
            <TextInput
              {...control}
              type="url"
              autoComplete="url"
              {...form.register("website", { setValueAs: emptyToNull })}
            />
          )}
        </Field>
      </div>
      <Controller
        control={form.control}
        name="headquarters"
        render={({ field }) => (
          <LocationInput
            cityLabel="Headquarters"
            addressHint="Only your team sees the street address; the public page shows the city."
            value={field.value ?? null}
            onChange={(location, picked) => {
              field.onChange(location);
              if (picked?.timeZone && !form.getValues("timeZone")) {
                form.setValue("timeZone", picked.timeZone, { shouldDirty: true });
              }
            }}
            errors={locationErrors(errors.headquarters)}
          />
        )}
      />
      <Controller
        control={form.control}
        name="timeZone"
        render={({ field }) => (
          <Field label="Time zone" isOptional hint="Used for schedules and deadlines." error={errors.timeZone?.message}>
            {(control) => (
              <TimeZoneSelect
                control={control}
                ref={field.ref}
                value={field.value ?? null}
                onChange={field.onChange}
                onBlur={field.onBlur}
              />
            )}
          </Field>
        )}
      />
      <Button type="submit" variant="primary" isBusy={submit.isSubmitting}>
        Save profile
      </Button>
    </form>
  );
}
