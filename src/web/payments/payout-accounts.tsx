import { useState } from "react";
import { AddPayoutAccount, VerifyPayoutAccount } from "#domains/payments/contract";
import type { PayoutAccountView } from "#domains/payments/views";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Field } from "../ui/field";
import { useContractForm, useSubmit } from "../ui/form";
import { FormProblem } from "../ui/form-problem";
import { Loading } from "../ui/loading";
import { StatusBadge } from "../ui/status-badge";
import { TextInput } from "../ui/text-input";
import { useToast } from "../ui/toast";
import { useAddPayoutAccount, usePayoutAccounts, useRemovePayoutAccount, useVerifyPayoutAccount } from "./queries";

const statusLabels = { pending: "Waiting for deposits", verified: "Verified", locked: "Locked", removed: "Removed" };
const tones = { pending: "warning", verified: "success", locked: "danger", removed: "neutral" } as const;

function AddAccountForm() {
  const notify = useToast();
  const add = useAddPayoutAccount();
  const form = useContractForm(AddPayoutAccount, { holderName: "", routingNumber: "", accountNumber: "" });
  const { errors } = form.formState;
  const submit = useSubmit(
    form,
    (values) => add.mutateAsync(values),
    (account) => {
      notify(`Two small deposits are on the way to ${account.accountNumberMasked}. Enter them below when they arrive.`);
      form.reset();
    },
  );
  return (
    <form className="form" onSubmit={submit.onSubmit} noValidate aria-label="Add a payout account">
      <FormProblem message={submit.problem} />
      <Field label="Account holder's name" error={errors.holderName?.message}>
        {(control) => <TextInput {...control} autoComplete="name" {...form.register("holderName")} />}
      </Field>
      <Field
        label="Routing number"
        hint="9 digits, printed at the bottom left of a cheque."
        error={errors.routingNumber?.message}
      >
        {(control) => <TextInput {...control} inputMode="numeric" {...form.register("routingNumber")} />}
      </Field>
      <Field label="Account number" hint="We keep only its last 4 digits." error={errors.accountNumber?.message}>
        {(control) => (
          <TextInput {...control} inputMode="numeric" autoComplete="off" {...form.register("accountNumber")} />
        )}
      </Field>
      <Button type="submit" variant="primary" isBusy={submit.isSubmitting}>
        Add account
      </Button>
    </form>
  );
}

function VerifyForm({ account }: { account: PayoutAccountView }) {
  const notify = useToast();
  const verify = useVerifyPayoutAccount(account.id);
  const form = useContractForm(VerifyPayoutAccount, { amounts: [Number.NaN, Number.NaN] });
  const { errors } = form.formState;
  const submit = useSubmit(
    form,
    (values) => verify.mutateAsync(values),
    () => notify(`${account.accountNumberMasked} is verified: you can withdraw to it.`),
  );
  const amountsError = errors.amounts?.message ?? errors.amounts?.root?.message;
  return (
    <form
      className="form"
      onSubmit={submit.onSubmit}
      noValidate
      aria-label={`Confirm the deposits to ${account.accountNumberMasked}`}
    >
      <FormProblem message={submit.problem} />
      <p>
        Enter the two deposits in cents as your bank shows them (e.g. 32 for $0.32); {account.attemptsLeft}{" "}
        {account.attemptsLeft === 1 ? "try" : "tries"} left.
      </p>
      <Field label="First deposit (cents)" error={errors.amounts?.[0]?.message ?? amountsError}>
        {(control) => (
          <TextInput {...control} inputMode="numeric" {...form.register("amounts.0", { valueAsNumber: true })} />
        )}
      </Field>
      <Field label="Second deposit (cents)" error={errors.amounts?.[1]?.message}>
        {(control) => (
          <TextInput {...control} inputMode="numeric" {...form.register("amounts.1", { valueAsNumber: true })} />
        )}
      </Field>
      <Button type="submit" variant="primary" isBusy={submit.isSubmitting}>
        Verify
      </Button>
    </form>
  );
}

function AccountItem({ account }: { account: PayoutAccountView }) {
  const notify = useToast();
  const remove = useRemovePayoutAccount();
  const [confirming, setConfirming] = useState(false);
  const name = `${account.holderName}, ${account.accountNumberMasked}`;
  return (
    <li className="card" aria-label={name}>
      <p>
        <strong>{name}</strong> (routing {account.routingNumber}){" "}
        <StatusBadge status={account.status} label={statusLabels[account.status]} tone={tones[account.status]} />
      </p>
      {account.status === "locked" ? (
        <p>Locked after 3 wrong tries: remove it and add it again to get new deposits.</p>
      ) : null}
      {account.actions.includes("verify") ? <VerifyForm account={account} /> : null}
      {account.actions.includes("remove") ? (
        <Button size="small" onClick={() => setConfirming(true)}>
          Remove {account.accountNumberMasked}
        </Button>
      ) : null}
      <ConfirmDialog
        isOpen={confirming}
        title="Remove this payout account?"
        confirmLabel="Remove"
        isBusy={remove.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(account.id, {
            onSuccess: () => {
              setConfirming(false);
              notify(`${account.accountNumberMasked} was removed.`);
            },
            onError: () => notify("The account could not be removed; try again.", "error"),
          })
        }
      >
        <p>{name} will receive no more withdrawals. Past withdrawals still name it.</p>
      </ConfirmDialog>
    </li>
  );
}

/** The earnings page's payout accounts: withdrawals go only to one whose two micro-deposits were confirmed. */
export function PayoutAccounts() {
  const accounts = usePayoutAccounts();
  if (!accounts.data) {
    return <Loading />;
  }
  return (
    <div>
      {accounts.data.items.length === 0 ? (
        <p>No payout account yet. Add one: we send two small deposits, and you confirm them here.</p>
      ) : (
        <ul className="payout-accounts" aria-label="Payout accounts">
          {accounts.data.items.map((account) => (
            <AccountItem key={account.id} account={account} />
          ))}
        </ul>
      )}
      <AddAccountForm />
    </div>
  );
}
