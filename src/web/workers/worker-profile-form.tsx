import { Controller } from "react-hook-form";
import { industries } from "#domains/companies/contract";
import { MAX_SKILLS, MAX_TRAVEL_RADIUS_KM, UpdateWorkerProfile, type WorkerProfile } from "#domains/workers/contract";
import { Button } from "../ui/button";
import { CheckboxGroup } from "../ui/checkbox-group";
import { Field } from "../ui/field";
import { useContractForm, useSubmit } from "../ui/form";
import { FormProblem } from "../ui/form-problem";
import { LocationInput, locationErrors, placeFacts } from "../ui/location-input";
import { MarkdownEditor } from "../ui/markdown-editor";
import { MoneyInput } from "../ui/money-input";
import { SkillsInput } from "../ui/skills-input";
import { TextInput } from "../ui/text-input";
import { TimeZoneSelect } from "../ui/time-zone-select";
import { useToast } from "../ui/toast";
import { useUpdateWorkerProfile } from "./queries";

const emptyToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);
const asNumber = (value: unknown) => (value === "" ? Number.NaN : Number(value));

function valuesOf(profile: WorkerProfile) {
  return {
    headline: profile.headline,
    bio: profile.bio,
    skills: profile.skills,
    industries: profile.industries,
    homeLocation: profile.homeLocation,
    travelRadiusKm: profile.travelRadiusKm,
    hourlyRate: profile.hourlyRate,
    timeZone: profile.timeZone,
  };
}

/** Everything a worker tells clients about themselves; the exact address stays private. */
export function WorkerProfileForm({ profile }: { profile: WorkerProfile }) {
  const notify = useToast();
  const update = useUpdateWorkerProfile();
  const form = useContractForm(UpdateWorkerProfile, valuesOf(profile));
  const { errors } = form.formState;
  const home = form.watch("homeLocation");
  const chosenIndustries = form.watch("industries");
  const homeCurrency =
    placeFacts({ country: home?.country ?? null, latitude: null, longitude: null }).currency ?? "USD";
  const submit = useSubmit(
    form,
    (values) => update.mutateAsync(values),
    (saved) => {
      form.reset(valuesOf(saved));
      notify("Your profile is saved.");
    },
  );

  return (
    <form className="form" onSubmit={submit.onSubmit} noValidate aria-label="Worker profile">
      <FormProblem message={submit.problem} />
      <Field
        label="Headline"
        isOptional
        hint="One line, e.g. “Low-voltage technician, 8 years in retail IT”."
        error={errors.headline?.message}
      >
        {(control) => <TextInput {...control} {...form.register("headline", { setValueAs: emptyToNull })} />}
      </Field>
      <Controller
        control={form.control}
        name="bio"
        render={({ field }) => (
          <MarkdownEditor
            label="Bio"
            error={errors.bio?.message}
            value={field.value ?? ""}
            onChange={field.onChange}
            onBlur={field.onBlur}
          />
        )}
      />
      <Controller
        control={form.control}
        name="industries"
        render={({ field }) => (
          <CheckboxGroup
            legend="Industries"
            options={industries}
            value={field.value ?? []}
            onChange={field.onChange}
            error={errors.industries?.message}
          />
        )}
      />
      <Controller
        control={form.control}
        name="skills"
        render={({ field }) => (
          <Field
            label="Skills"
            isOptional
            hint="Type a skill and press Enter, or add one of the suggestions for your industries."
            error={errors.skills?.message ?? errors.skills?.[0]?.message}
          >
            {(control) => (
              <SkillsInput
                control={control}
                industries={chosenIndustries ?? []}
                maxItems={MAX_SKILLS}
                value={field.value ?? []}
                onChange={field.onChange}
                onBlur={field.onBlur}
              />
            )}
          </Field>
        )}
      />
      <Controller
        control={form.control}
        name="homeLocation"
        render={({ field }) => (
          <LocationInput
            cityLabel="Home city"
            addressHint="Private: clients see only your city."
            value={field.value ?? null}
            onChange={(location, picked) => {
              field.onChange(location);
              if (picked?.timeZone && !form.getValues("timeZone")) {
                form.setValue("timeZone", picked.timeZone, { shouldDirty: true });
              }
            }}
            errors={locationErrors(errors.homeLocation)}
          />
        )}
      />
      <div className="grid grid--two">
        <Field
          label="Travel radius (km)"
          hint={`How far you travel for on-site work, 0–${MAX_TRAVEL_RADIUS_KM}.`}
          error={errors.travelRadiusKm?.message}
        >
          {(control) => (
            <TextInput
              {...control}
              inputMode="numeric"
              className="input--short"
              {...form.register("travelRadiusKm", { setValueAs: asNumber })}
            />
          )}
        </Field>
        <Controller
          control={form.control}
          name="hourlyRate"
          render={({ field }) => (
            <Field
              label="Hourly rate"
              isOptional
              hint="What you usually charge per hour."
              error={errors.hourlyRate?.amount?.message ?? errors.hourlyRate?.message}
            >
              {(control) => (
                <MoneyInput
                  control={control}
                  value={field.value ?? null}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  defaultCurrency={homeCurrency}
                />
              )}
            </Field>
          )}
        />
      </div>
      <Controller
        control={form.control}
        name="timeZone"
        render={({ field }) => (
          <Field label="Time zone" isOptional error={errors.timeZone?.message}>
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
