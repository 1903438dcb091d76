import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { type AccessCutView, ResetPassword } from "#domains/accounts/contract";
import { Button, ButtonLink } from "../ui/button";
import { EmptyState } from "../ui/empty-state";
import { Field } from "../ui/field";
import { useContractForm, useSubmit } from "../ui/form";
import { FormProblem } from "../ui/form-problem";
import { PageHeader } from "../ui/page-header";
import { PasswordInput } from "../ui/password-input";
import { useResetPassword } from "./queries";

/** The page the emailed link opens (/reset-password?token=…). */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const reset = useResetPassword();
  const [done, setDone] = useState<AccessCutView | null>(null);
  const form = useContractForm(ResetPassword, { token, password: "" });
  const submit = useSubmit(form, (values) => reset.mutateAsync(values), setDone);

  if (!token) {
    return (
      <div className="narrow">
        <PageHeader title="Choose a new password" />
        <EmptyState
          title="This page needs the link from your email."
          action={<Link to="/forgot-password">Ask for a new link</Link>}
        />
      </div>
    );
  }
  return (
    <div className="narrow">
      <PageHeader title="Choose a new password" />
      {done ? (
        <div className="card" role="status">
          <p className="alert__title">Your password is changed</p>
          <p>
            For your safety every session of this account was logged out, every other reset link stopped working and{" "}
            {done.apiKeysRevoked === 0
              ? "any API key would have been revoked (you had none)."
              : `${done.apiKeysRevoked === 1 ? "your API key was" : `all ${done.apiKeysRevoked} of your API keys were`} revoked.`}{" "}
            Log in with the new password, then make new keys for your programs on the{" "}
            <Link to="/settings/api-keys">API keys page</Link>.
          </p>
          <ButtonLink to="/login" variant="primary">
            Log in
          </ButtonLink>
        </div>
      ) : (
        <form className="card form" onSubmit={submit.onSubmit} noValidate>
          <FormProblem message={submit.problem} />
          <Field label="New password" hint="At least 10 characters." error={form.formState.errors.password?.message}>
            {(control) => <PasswordInput {...control} autoComplete="new-password" {...form.register("password")} />}
          </Field>
          <Button type="submit" variant="primary" isBusy={submit.isSubmitting}>
            Save new password
          </Button>
          {submit.problem ? (
            <p className="small">
              <Link to="/forgot-password">Ask for a new link</Link>
            </p>
          ) : null}
        </form>
      )}
    </div>
  );
}
