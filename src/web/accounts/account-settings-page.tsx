import { Controller } from "react-hook-form";
import { Link } from "react-router";
import { ChangePassword, UpdateMe } from "#domains/accounts/contract";
import { BlocksSection } from "../companies/blocks-section";
import { useSession } from "../shell/use-session";
import { Button } from "../ui/button";
import { DateTime } from "../ui/date-time";
import { Field } from "../ui/field";
import { useContractForm, useSubmit } from "../ui/form";
import { FormProblem } from "../ui/form-problem";
import { PageHeader } from "../ui/page-header";
import { PasswordInput } from "../ui/password-input";
import { Section } from "../ui/section";
import { TextInput } from "../ui/text-input";
import { TimeZoneSelect } from "../ui/time-zone-select";
import { useToast } from "../ui/toast";
import { browserZone } from "../ui/viewer-zone";
import { useChangePassword, useUpdateMe } from "./queries";

function NameForm() {
  const me = useSession();
  const notify = useToast();
  const updateMe = useUpdateMe();
  const form = useContractForm(UpdateMe, { name: me.name });
  const submit = useSubmit(
    form,
    (values) => updateMe.mutateAsync(values),
    (saved) => {
      form.reset({ name: saved.name });
      notify("Your name is saved.");
    },
  );
  return (
    <form className="form" onSubmit={submit.onSubmit} noValidate>
      <FormProblem message={submit.problem} />
      <Field
        label="Full name"
        hint="Shown to your team and the people you work with."
        error={form.formState.errors.name?.message}
      >
        {(control) => <TextInput {...control} autoComplete="name" {...form.register("name")} />}
      </Field>
      <Button type="submit" variant="primary" isBusy={submit.isSubmitting}>
        Save name
      </Button>
    </form>
  );
}

/** The zone every page shows times in; unset, a worker's profile zone, else the browser's (shell/signed-in-zone). */
function TimeZoneForm() {
  const me = useSession();
  const notify = useToast();
  const updateMe = useUpdateMe();
  const form = useContractForm(UpdateMe, { timeZone: me.timeZone });
  const isWorker = me.accountType === "worker";
  const submit = useSubmit(
    form,
    (values) => updateMe.mutateAsync(values),
    (saved) => {
      form.reset({ timeZone: saved.timeZone });
      notify(
        saved.timeZone ? `Times are shown in ${saved.timeZone.replaceAll("_", " ")}.` : "Your time zone is cleared.",
      );
    },
  );
  const hint = isWorker
    ? `Times on every page are shown in this zone. Unset: your worker profile's zone, else your browser's (${browserZone}).`
    : `Times on every page are shown in this zone. Unset: your browser's (${browserZone}).`;
  return (
    <form className="form form--next" onSubmit={submit.onSubmit} noValidate>
      <FormProblem message={submit.problem} />
      <Controller
        control={form.control}
        name="timeZone"
        render={({ field }) => (
          <Field label="Time zone" hint={hint} error={form.formState.errors.timeZone?.message}>
            {(control) => (
              <TimeZoneSelect
                control={control}
                ref={field.ref}
                value={field.value ?? null}
                onChange={field.onChange}
                onBlur={field.onBlur}
                emptyLabel={isWorker ? "Use my profile's or browser's zone" : "Use my browser's zone"}
              />
            )}
          </Field>
        )}
      />
      <Button type="submit" variant="primary" isBusy={submit.isSubmitting}>
        Save time zone
      </Button>
    </form>
  );
}

function PasswordForm() {
  const notify = useToast();
  const change = useChangePassword();
  const form = useContractForm(ChangePassword, { currentPassword: "", newPassword: "", revokeApiKeys: false });
  const { errors } = form.formState;
  const submit = useSubmit(
    form,
    (values) => change.mutateAsync(values),
    (done) => {
      form.reset();
      const keys = done.apiKeysRevoked > 0 ? ` ${done.apiKeysRevoked} API key(s) revoked.` : "";
      notify(`Your password is changed. Your other sessions were logged out.${keys}`);
    },
  );
  return (
    <form className="form" onSubmit={submit.onSubmit} noValidate>
      <FormProblem message={submit.problem} />
      <Field label="Current password" error={errors.currentPassword?.message}>
        {(control) => (
          <PasswordInput {...control} autoComplete="current-password" {...form.register("currentPassword")} />
        )}
      </Field>
      <Field label="New password" hint="At least 10 characters." error={errors.newPassword?.message}>
        {(control) => <PasswordInput {...control} autoComplete="new-password" {...form.register("newPassword")} />}
      </Field>
      <label className="checkbox">
        <input type="checkbox" {...form.register("revokeApiKeys")} />
        Also revoke all my API keys (do this if a key or this password may have leaked; programs using them stop)
      </label>
      <Button type="submit" variant="primary" isBusy={submit.isSubmitting}>
        Change password
      </Button>
    </form>
  );
}

/** /settings: the person's own account, whatever its kind. */
export function AccountSettingsPage() {
  const me = useSession();
  return (
    <>
      <PageHeader title="Account settings" lead="Your name, your time zone, your password and how you sign in." />
      <div className="grid grid--two">
        <Section title="Profile">
          <dl className="facts">
            <div>
              <dt>Email</dt>
              <dd className="break">{me.email}</dd>
            </div>
            <div>
              <dt>Account</dt>
              <dd>
                {me.accountType}
                {me.company ? ` at ${me.company.name} (${me.company.role})` : ""}
              </dd>
            </div>
            <div>
              <dt>Member since</dt>
              <dd>
                <DateTime value={me.createdAt} isDateOnly />
              </dd>
            </div>
          </dl>
          <NameForm />
          <TimeZoneForm />
        </Section>
        <Section
          title="Password"
          description="Changing it logs out every other session of this account and voids any reset link."
        >
          <PasswordForm />
        </Section>
      </div>
      <BlocksSection />
      <p>
        Programs that act for you use <Link to="/settings/api-keys">API keys</Link>.
      </p>
    </>
  );
}
