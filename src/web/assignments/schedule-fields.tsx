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

type ScheduleErrors = { startsAt?: { message?: string }; endsAt?: { message?: string }; message?: string };

/** When: a fixed start (and expected end) or "arrive between", typed in the site's time zone; plus a deadline. */
export function ScheduleFields({ form }: { form: AssignmentFormApi }) {
  const { errors } = form.formState;
  const schedule = form.watch("schedule");
  const timeZone = form.watch("timeZone");
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
          <Controller
            control={form.control}
            name="schedule.startsAt"
            render={({ field }) => (
              <Field
                label={schedule.type === "window" ? "Arrive from" : "Starts"}
                error={scheduleErrors?.startsAt?.message}
              >
                {(control) => (
                  <ZonedDateTimeInput
                    control={control}
                    ref={field.ref}
                    timeZone={timeZone}
                    value={field.value}
                    onChange={(iso) => field.onChange(iso ?? "")}
                    onBlur={field.onBlur}
                  />
                )}
              </Field>
            )}
          />
          <Controller
            control={form.control}
            name="schedule.endsAt"
            render={({ field }) => (
              <Field
                label={schedule.type === "window" ? "Arrive by" : "Expected end"}
                isOptional={schedule.type === "fixed"}
                error={scheduleErrors?.endsAt?.message}
              >
                {(control) => (
                  <ZonedDateTimeInput
                    control={control}
                    ref={field.ref}
                    timeZone={timeZone}
                    value={field.value}
                    onChange={(iso) => field.onChange(iso ?? (schedule.type === "fixed" ? null : ""))}
                    onBlur={field.onBlur}
                  />
                )}
              </Field>
            )}
          />
        </div>
      ) : null}
      <Controller
        control={form.control}
        name="deadline"
        render={({ field }) => (
          <Field
            label="Deadline for completion"
            hint="When the work must be handed in."
            isOptional
            error={errors.deadline?.message}
          >
            {(control) => (
              <ZonedDateTimeInput
                control={control}
                ref={field.ref}
                timeZone={timeZone}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
              />
            )}
          </Field>
        )}
      />
    </>
  );
}
