import { Link, useNavigate, useSearchParams } from "react-router";
import { LogIn } from "#domains/accounts/contract";
import { safeNext } from "../shell/public-only";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useContractForm, useSubmit } from "../ui/form";
import { FormProblem } from "../ui/form-problem";
import { PageHeader } from "../ui/page-header";
import { PasswordInput } from "../ui/password-input";
import { TextInput } from "../ui/text-input";
import { useLogIn } from "./queries";

export function LogInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const logIn = useLogIn();
  const form = useContractForm(LogIn, { email: "", password: "" });
  const { errors } = form.formState;
  const submit = useSubmit(
    form,
    (values) => logIn.mutateAsync(values),
    () => void navigate(safeNext(params.get("next")), { replace: true }),
  );

  return (
    <div className="narrow">
      <PageHeader title="Log in to Worklane" />
      <form className="card form" onSubmit={submit.onSubmit} noValidate>
        <FormProblem message={submit.problem} />
        <Field label="Email address" error={errors.email?.message}>
          {(control) => <TextInput {...control} type="email" autoComplete="username" {...form.register("email")} />}
        </Field>
        <Field label="Password" error={errors.password?.message}>
          {(control) => <PasswordInput {...control} autoComplete="current-password" {...form.register("password")} />}
        </Field>
        <Button type="submit" variant="primary" isBusy={submit.isSubmitting}>
          Log in
        </Button>
        <p className="small">
          <Link to="/forgot-password">Forgot your password?</Link>
        </p>
      </form>
      <p className="form-footer">
        New to Worklane? <Link to="/signup">Create an account</Link>
      </p>
    </div>
  );
}
