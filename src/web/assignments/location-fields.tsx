import { Controller } from "react-hook-form";
import type { OnsiteContact } from "#domains/assignments/contract";
import { Field } from "../ui/field";
import { LocationInput, locationErrors } from "../ui/location-input";
import { RadioCards } from "../ui/radio-cards";
import { TextInput } from "../ui/text-input";
import type { AssignmentFormApi } from "./assignment-form-values";

const locationOptions = [
  { value: "onsite", label: "On site", description: "At an address: the worker travels there." },
  { value: "remote", label: "Remote", description: "From anywhere: no site, no travel." },
];

type ContactInput = { name: string; phone: string | null; email: string | null };

/** An all-empty contact is no contact; otherwise the typed parts, empty ones as null. */
function contactOf(current: ContactInput | null, key: keyof ContactInput, text: string): ContactInput | null {
  const next: ContactInput = {
    name: current?.name ?? "",
    phone: current?.phone ?? null,
    email: current?.email ?? null,
  };
  if (key === "name") {
    next.name = text;
  } else {
    next[key] = text === "" ? null : text;
  }
  return next.name === "" && !next.phone && !next.email ? null : next;
}

/** Where the work happens: remote, or an address (a picked city suggestion sets the time zone) and a contact. */
export function LocationFields({ form }: { form: AssignmentFormApi }) {
  const { errors } = form.formState;
  const isOnsite = form.watch("locationType") === "onsite";
  const onTypeChange = form.register("locationType", {
    onChange: () => {
      if (form.getValues("locationType") === "remote") {
        form.setValue("location", null);
        form.setValue("onsiteContact", null);
      }
    },
  });
  return (
    <>
      <RadioCards legend="Kind of place" options={locationOptions} registration={onTypeChange} />
      {isOnsite ? (
        <>
          <Controller
            control={form.control}
            name="location"
            render={({ field }) => (
              <LocationInput
                cityLabel="Site city"
                addressHint="Workers see the city in their inbox; the address helps them judge the trip."
                value={field.value ?? null}
                onChange={(location, picked) => {
                  field.onChange(location);
                  if (picked?.timeZone) {
                    form.setValue("timeZone", picked.timeZone, { shouldDirty: true });
                  }
                }}
                errors={locationErrors(errors.location)}
              />
            )}
          />
          <Controller
            control={form.control}
            name="onsiteContact"
            render={({ field }) => {
              const value = (field.value ?? null) as ContactInput | null;
              const set = (key: keyof ContactInput) => (text: string) => field.onChange(contactOf(value, key, text));
              const contactErrors = errors.onsiteContact as Partial<Record<keyof OnsiteContact, { message?: string }>>;
              return (
                <fieldset className="checkbox-fieldset">
                  <legend className="field__label">
                    On-site contact <span className="field__optional">(optional)</span>
                  </legend>
                  <p className="field__hint">Shown to the assigned worker only.</p>
                  <div className="grid grid--two">
                    <Field label="Contact name" error={contactErrors?.name?.message} isOptional>
                      {(control) => (
                        <TextInput
                          {...control}
                          value={value?.name ?? ""}
                          onChange={(e) => set("name")(e.target.value)}
                        />
                      )}
                    </Field>
                    <Field label="Contact phone" error={contactErrors?.phone?.message} isOptional>
                      {(control) => (
                        <TextInput
                          {...control}
                          type="tel"
                          value={value?.phone ?? ""}
                          onChange={(e) => set("phone")(e.target.value)}
                        />
                      )}
                    </Field>
                    <Field label="Contact email" error={contactErrors?.email?.message} isOptional>
                      {(control) => (
                        <TextInput
                          {...control}
                          type="email"
                          value={value?.email ?? ""}
                          onChange={(e) => set("email")(e.target.value)}
                        />
                      )}
                    </Field>
                  </div>
                </fieldset>
              );
            }}
          />
        </>
      ) : null}
    </>
  );
}
