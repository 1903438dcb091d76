import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { SignUp } from "#domains/accounts/contract";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useContractForm, useSubmit } from "../ui/form";
import { FormProblem } from "../ui/form-problem";
import { PageHeader } from "../ui/page-header";
import { PasswordInput } from "../ui/password-input";
import { RadioCards } from "../ui/radio-cards";
import { TextInput } from "../ui/text-input";
import { useSignUp } from "./queries";

const accountTypeOptions = [
  { value: "client", label: "I want to hire", description: "Create a company account and invite your team." },
  { value: "worker", label: "I want to work", description: "Create a worker profile and find assignments." },
] as const;

/** Sign up as a client (which creates the company and makes you its admin) or as a worker. */
export function SignUpPage() {
  const [params] = useSearchParams();
  const signUp = useSignUp();
  const form = useContractForm(SignUp, {
    accountType: params.get("as") === "worker" ? "worker" : "client",
    name: "",
    email: "",
    password: "",
  });
  const { errors } = form.formState;
  const isClient = form.watch("accountType") === "client";
  // The next page is chosen by PublicOnly once the session exists (home, or policies first). No session: the address
  // already had an account, whose owner we emailed; say "check your email" as for anyone.
  const [sentTo, setSentTo] = useState<string | null>(null);
  const submit = useSubmit(
    form,
    (values) => signUp.mutateAsync(values),
    (me, values) => (me ? undefined : setSentTo(values.email)),
  );

  if (sentTo) {
    return (
      <div className="narrow">
        <PageHeader title="Check your email" />
        <div className="card" role="status">
          <p>
            We sent a message to <strong>{sentTo}</strong>. Follow it to finish: it tells you how to log in or confirm
            your address.
          </p>
          <p>
            <Link to="/login">Log in</Link>
          </p>
        </div>
      </div>
    );
  }

  return (
    <div className="narrow">
      <PageHeader title="Create your Worklane account" lead="It takes a minute. You can fill in your profile later." />
      <form className="card form" onSubmit={submit.onSubmit} noValidate>
        <FormProblem message={submit.problem} />
        <RadioCards
          legend="What brings you to Worklane?"
          options={accountTypeOptions}
          registration={form.register("accountType")}
          error={errors.accountType?.message}
        />
        <Field label="Your full name" error={errors.name?.message}>
          {(control) => <TextInput {...control} autoComplete="name" {...form.register("name")} />}
        </Field>
        {isClient ? (
          <Field
            label="Company name"
            hint="You can change it later."
            error={"companyName" in errors ? errors.companyName?.message : undefined}
          >
            {(control) => (
              <TextInput
                {...control}
                autoComplete="organization"
                {...form.register("companyName", { shouldUnregister: true })}
              />
            )}
          </Field>
        ) : null}
        <Field label="Email address" error={errors.email?.message}>
          {(control) => <TextInput {...control} type="email" autoComplete="email" {...form.register("email")} />}
        </Field>
        <Field label="Password" hint="At least 10 characters." error={errors.password?.message}>
          {(control) => <PasswordInput {...control} autoComplete="new-password" {...form.register("password")} />}
        </Field>
        <p className="muted small">
          By signing up you agree to read and accept Worklane's policies, starting with the{" "}
          <Link to="/policies/terms_of_service">Terms of Service</Link>.
        </p>
        <Button type="submit" variant="primary" isBusy={submit.isSubmitting}>
          Create account
        </Button>
      </form>
      <p className="form-footer">
        Already have an account? <Link to="/login">Log in</Link>
      </p>
    </div>
  );
}
