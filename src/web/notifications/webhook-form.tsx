import { Controller } from "react-hook-form";
import { CreateWebhook, webhookEventTypes } from "#domains/notifications/webhooks/contract";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useContractForm, useSubmit } from "../ui/form";
import { FormProblem } from "../ui/form-problem";
import { TextInput } from "../ui/text-input";
import { useCreateWebhook } from "./webhook-queries";

/** The event types grouped by the record they are about: assignment.*, invoice.*, escalation.* */
const groups = [...new Set(webhookEventTypes.map((type) => type.split(".")[0] ?? ""))];
const groupLabels: Record<string, string> = {
  assignment: "Assignments",
  invoice: "Invoices",
  escalation: "Escalation cases",
};

/** Registers an endpoint: its URL, the events it wants and an optional description. */
export function WebhookForm({ onCreated }: { onCreated: (url: string, secret: string) => void }) {
  const create = useCreateWebhook();
  const form = useContractForm(CreateWebhook, { url: "", eventTypes: [], description: null });
  const { errors } = form.formState;
  const submit = useSubmit(
    form,
    (values) => create.mutateAsync(values),
    (created) => {
      form.reset();
      onCreated(created.webhook.url, created.secret);
      // Shown once: the page's panel holds it until dismissed, the mutation's cache no longer.
      create.reset();
    },
  );
  return (
    <form className="form" onSubmit={submit.onSubmit} noValidate>
      <FormProblem message={submit.problem} />
      <Field label="Endpoint URL" hint="An https:// address your program listens on." error={errors.url?.message}>
        {(control) => <TextInput {...control} type="url" {...form.register("url")} />}
      </Field>
      <Field label="Description" isOptional error={errors.description?.message}>
        {(control) => (
          <TextInput
            {...control}
            {...form.register("description", {
              setValueAs: (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null),
            })}
          />
        )}
      </Field>
      <Controller
        control={form.control}
        name="eventTypes"
        render={({ field }) => (
          <fieldset className="field checkbox-fieldset">
            <legend className="field__label">Event types</legend>
            <p className="field__hint">Worklane sends these events of your company to the endpoint.</p>
            {groups.map((group) => (
              <fieldset key={group} className="checkbox-fieldset">
                <legend className="small">{groupLabels[group] ?? group}</legend>
                <div className="checkbox-grid checkbox-grid--names">
                  {webhookEventTypes
                    .filter((type) => type.startsWith(`${group}.`))
                    .map((type) => (
                      <label key={type} className="checkbox">
                        <input
                          type="checkbox"
                          checked={field.value.includes(type)}
                          onChange={(e) =>
                            field.onChange(
                              e.target.checked
                                ? webhookEventTypes.filter((t) => t === type || field.value.includes(t))
                                : field.value.filter((t) => t !== type),
                            )
                          }
                        />
                        <code>{type}</code>
                      </label>
                    ))}
                </div>
              </fieldset>
            ))}
            {errors.eventTypes?.message ? <p className="field__error">{errors.eventTypes.message}</p> : null}
          </fieldset>
        )}
      />
      <Button type="submit" variant="primary" isBusy={submit.isSubmitting}>
        Add endpoint
      </Button>
    </form>
  );
}
