import { useState } from "react";
import { Link } from "react-router";
import { RequestPasswordReset } from "#domains/accounts/contract";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useContractForm, useSubmit } from "../ui/form";
import { FormProblem } from "../ui/form-problem";
import { PageHeader } from "../ui/page-header";
import { TextInput } from "../ui/text-input";
import { useRequestPasswordReset } from "./queries";

/** Asks for a reset link. The answer never says whether the address has an account (the server's rule too). */
export function ForgotPasswordPage() {
  const request = useRequestPasswordReset();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useContractForm(RequestPasswordReset, { email: "" });
  const submit = useSubmit(
    form,
    (values) => request.mutateAsync(values),
    (_result, values) => setSentTo(values.email),
  );

  return (
    <div className="narrow">
      <PageHeader title="Reset your password" lead="We will email you a link to choose a new password." />
      {sentTo ? (
        <div className="card" role="status">
          <p className="alert__title">Check your email</p>
          <p>
            If an account exists for <strong>{sentTo}</strong>, a reset link is on its way. The link works for one hour
            and only once.
          </p>
          <p>
            <Link to="/login">Back to log in</Link>
          </p>
        </div>
      ) : (
        <form className="card form" onSubmit={submit.onSubmit} noValidate>
          <FormProblem message={submit.problem} />
          <Field label="Email address" error={form.formState.errors.email?.message}>
            {(control) => <TextInput {...control} type="email" autoComplete="email" {...form.register("email")} />}
          </Field>
          <Button type="submit" variant="primary" isBusy={submit.isSubmitting}>
            Send reset link
          </Button>
          <p className="small">
            <Link to="/login">Back to log in</Link>
          </p>
        </form>
      )}
    </div>
  );
}
