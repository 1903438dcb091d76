import { companyRoles, InviteMember } from "#domains/accounts/contract";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useContractForm, useSubmit } from "../ui/form";
import { FormProblem } from "../ui/form-problem";
import { Select } from "../ui/select";
import { TextInput } from "../ui/text-input";
import { useToast } from "../ui/toast";
import { useInviteMember } from "./queries";
import { roleLabels } from "./role-labels";

export const roleOptions = companyRoles.map((role) => ({ value: role, label: roleLabels[role].label }));

/** Invites one teammate by email; the invitation email carries a one-time link. */
export function InviteForm() {
  const invite = useInviteMember();
  const notify = useToast();
  const form = useContractForm(InviteMember, { email: "", role: "manager" });
  const { errors } = form.formState;
  const role = form.watch("role");
  const submit = useSubmit(
    form,
    (values) => invite.mutateAsync(values),
    (invitation) => {
      form.reset({ email: "", role: invitation.role });
      notify(`Invitation sent to ${invitation.email}.`);
    },
  );
  return (
    <form className="form form--inline" onSubmit={submit.onSubmit} noValidate aria-label="Invite a teammate">
      <FormProblem message={submit.problem} />
      <Field label="Email address" error={errors.email?.message}>
        {(control) => <TextInput {...control} type="email" autoComplete="off" {...form.register("email")} />}
      </Field>
      <Field label="Role" hint={roleLabels[role]?.description} error={errors.role?.message}>
        {(control) => <Select {...control} options={roleOptions} {...form.register("role")} />}
      </Field>
      <Button type="submit" variant="primary" isBusy={submit.isSubmitting}>
        Send invitation
      </Button>
    </form>
  );
}
