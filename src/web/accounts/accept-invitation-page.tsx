import { Link, useNavigate, useSearchParams } from "react-router";
import { AcceptInvitation } from "#domains/accounts/contract";
import { Button } from "../ui/button";
import { DateTime } from "../ui/date-time";
import { EmptyState } from "../ui/empty-state";
import { Field } from "../ui/field";
import { useContractForm, useSubmit } from "../ui/form";
import { FormProblem } from "../ui/form-problem";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { PasswordInput } from "../ui/password-input";
import { ProblemAlert } from "../ui/problem-alert";
import { TextInput } from "../ui/text-input";
import { useAcceptInvitation, useInvitationPreview } from "./queries";
import { roleLabels } from "./role-labels";

/** /invitations/accept?token=…: shows who invited you and as what, then creates your account. */
export function AcceptInvitationPage() {
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const navigate = useNavigate();
  const preview = useInvitationPreview(token);
  const accept = useAcceptInvitation();
  const form = useContractForm(AcceptInvitation, { token, name: "", password: "" });
  const { errors } = form.formState;
  const submit = useSubmit(
    form,
    (values) => accept.mutateAsync(values),
    () => void navigate("/home", { replace: true }),
  );

  if (token.length < 10) {
    return (
      <div className="narrow">
        <PageHeader title="Join a company on Worklane" />
        <EmptyState title="This page needs the link from your invitation email." />
      </div>
    );
  }
  if (preview.isPending) {
    return <Loading label="Checking your invitation…" />;
  }
  if (preview.isError) {
    return (
      <div className="narrow">
        <PageHeader title="Join a company on Worklane" />
        <ProblemAlert error={preview.error} />
        <p>
          Ask the person who invited you to send a new invitation, or <Link to="/login">log in</Link> if you already
          joined.
        </p>
      </div>
    );
  }
  const invitation = preview.data;
  return (
    <div className="narrow">
      <PageHeader
        title={`Join ${invitation.companyName}`}
        lead={
          <>
            You are invited as <strong>{roleLabels[invitation.role].label}</strong>:{" "}
            {roleLabels[invitation.role].description.toLowerCase()}
          </>
        }
      />
      <form className="card form" onSubmit={submit.onSubmit} noValidate>
        <FormProblem message={submit.problem} />
        <dl className="facts">
          <div>
            <dt>Email</dt>
            <dd>{invitation.email}</dd>
          </div>
          <div>
            <dt>Invitation expires</dt>
            <dd>
              <DateTime value={invitation.expiresAt} />
            </dd>
          </div>
        </dl>
        <Field label="Your full name" error={errors.name?.message}>
          {(control) => <TextInput {...control} autoComplete="name" {...form.register("name")} />}
        </Field>
        <Field label="Choose a password" hint="At least 10 characters." error={errors.password?.message}>
          {(control) => <PasswordInput {...control} autoComplete="new-password" {...form.register("password")} />}
        </Field>
        <Button type="submit" variant="primary" isBusy={submit.isSubmitting}>
          Accept and create account
        </Button>
      </form>
    </div>
  );
}
