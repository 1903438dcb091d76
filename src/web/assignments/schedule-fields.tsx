import { Controller } from "react-hook-form";
import { Field } from "../ui/field";
import { Select } from "../ui/select";
import { TimeZoneSelect } from "../ui/time-zone-select";
import { ZonedDateTimeInput } from "../ui/zoned-date-time-input";
import type { AssignmentFormApi } from "./assignment-form-values";

const scheduleOptions = [
  { value: "", label: "Not scheduled yet" },
  { value: "fixed", label: "A fixed start" },
  { value: "window", label: "An arrival window" },
];

interface ZonedFieldProps {
  form: AssignmentFormApi;
  name: "schedule.startsAt" | "schedule.endsAt" | "deadline";
  label: string;
  hint?: string;
  isOptional?: boolean;
  error?: string;
  /** What a cleared input stores: "" (the contract then asks for a time) or null (not set). */
  empty: "" | null;
}

/** A date and time of the form, typed on the clock of the work's time zone. */
function ZonedField({ form, name, label, hint, isOptional, error, empty }: ZonedFieldProps) {
  const timeZone = form.watch("timeZone");
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Field label={label} hint={hint} isOptional={isOptional} error={error}>
          {(control) => (
            <ZonedDateTimeInput
              control={control}
              ref={field.ref}
              timeZone={timeZone}
              value={field.value}
              onChange={(iso) => field.onChange(iso ?? empty)}
              onBlur={field.onBlur}
            />
          )}
        </Field>
      )}
    />
  );
}

type ScheduleErrors = { startsAt?: { message?: string }; endsAt?: { message?: string }; message?: string };

/** When: a fixed start (and expected end) or "arrive between", typed in the site's time zone; plus a deadline. */
export function ScheduleFields({ form }: { form: AssignmentFormApi }) {
  const { errors } = form.formState;
  const schedule = form.watch("schedule");
  const scheduleErrors = errors.schedule as ScheduleErrors | undefined;

  const setType = (type: string) => {
    const startsAt = schedule?.startsAt ?? "";
    if (type === "fixed") {
      form.setValue("schedule", { type, startsAt, endsAt: schedule?.endsAt ?? null }, { shouldDirty: true });
    } else if (type === "window") {
      form.setValue("schedule", { type, startsAt, endsAt: schedule?.endsAt ?? "" }, { shouldDirty: true });
    } else {
      form.setValue("schedule", null, { shouldDirty: true });
    }
  };

  return (
    <>
      <Controller
        control={form.control}
        name="timeZone"
        render={({ field }) => (
          <Field
            label="Time zone of the work"
            hint="Times below are typed as the clock reads there; picking a site city sets it."
            error={errors.timeZone?.message}
          >
            {(control) => (
              <TimeZoneSelect
                control={control}
                ref={field.ref}
                value={field.value}
                onChange={(zone) => field.onChange(zone ?? "")}
              />
            )}
          </Field>
        )}
      />
      <Field label="Schedule" error={scheduleErrors?.message}>
        {(control) => (
          <Select
            {...control}
            options={scheduleOptions}
            value={schedule?.type ?? ""}
            onChange={(e) => setType(e.target.value)}
          />
        )}
      </Field>
      {schedule ? (
        <div className="grid grid--two">
          <ZonedField
            form={form}
            name="schedule.startsAt"
            label={schedule.type === "window" ? "Arrive from" : "Starts"}
            error={scheduleErrors?.startsAt?.message}
            empty=""
          />
          <ZonedField
            form={form}
            name="schedule.endsAt"
            label={schedule.type === "window" ? "Arrive by" : "Expected end"}
            isOptional={schedule.type === "fixed"}
            error={scheduleErrors?.endsAt?.message}
            empty={schedule.type === "fixed" ? null : ""}
          />
        </div>
      ) : null}
      <ZonedField
        form={form}
        name="deadline"
        label="Deadline for completion"
        hint="When the work must be handed in."
        isOptional
        error={errors.deadline?.message}
        empty={null}
      />
    </>
  );
}
