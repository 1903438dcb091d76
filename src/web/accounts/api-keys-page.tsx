import { useState } from "react";
import type { ApiKey } from "#domains/accounts/contract";
import { CreateApiKey } from "#domains/accounts/contract";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { DateTime } from "../ui/date-time";
import { EmptyState } from "../ui/empty-state";
import { Field } from "../ui/field";
import { useContractForm, useSubmit } from "../ui/form";
import { FormProblem } from "../ui/form-problem";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { Select } from "../ui/select";
import { StatusBadge } from "../ui/status-badge";
import { TextInput } from "../ui/text-input";
import { useToast } from "../ui/toast";
import { CreatedKeyPanel } from "./created-key-panel";
import { useApiKeys, useCreateApiKey, useRevokeApiKey } from "./queries";

const expiryOptions = [
  { value: "", label: "Never" },
  { value: "30", label: "In 30 days" },
  { value: "90", label: "In 90 days" },
  { value: "365", label: "In a year" },
];

function statusOf(key: ApiKey): "active" | "revoked" | "expired" {
  if (key.revokedAt) {
    return "revoked";
  }
  return key.expiresAt && new Date(key.expiresAt) <= new Date() ? "expired" : "active";
}

function CreateKeyForm({ onCreated }: { onCreated: (name: string, token: string) => void }) {
  const create = useCreateApiKey();
  const form = useContractForm(CreateApiKey, { name: "", expiresInDays: null });
  const { errors } = form.formState;
  const submit = useSubmit(
    form,
    (values) => create.mutateAsync(values),
    (created) => {
      form.reset();
      onCreated(created.apiKey.name, created.token);
    },
  );
  return (
    <form className="form form--inline" onSubmit={submit.onSubmit} noValidate>
      <FormProblem message={submit.problem} />
      <Field label="Key name" hint="Say where it is used, e.g. “Billing export”." error={errors.name?.message}>
        {(control) => <TextInput {...control} {...form.register("name")} />}
      </Field>
      <Field label="Expires" error={errors.expiresInDays?.message}>
        {(control) => (
          <Select
            {...control}
            options={expiryOptions}
            {...form.register("expiresInDays", { setValueAs: (value) => (value ? Number(value) : null) })}
          />
        )}
      </Field>
      <Button type="submit" variant="primary" isBusy={submit.isSubmitting}>
        Create key
      </Button>
    </form>
  );
}

/** /settings/api-keys: keys that let programs act as this user. */
export function ApiKeysPage() {
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const notify = useToast();
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [toRevoke, setToRevoke] = useState<ApiKey | null>(null);

  const confirmRevoke = () => {
    if (!toRevoke) {
      return;
    }
    revoke.mutate(toRevoke.id, {
      onSuccess: (key) => notify(`The key “${key.name}” is revoked.`),
      onError: (error) => notify(error.message, "error"),
      onSettled: () => setToRevoke(null),
    });
  };

  return (
    <>
      <PageHeader title="API keys" lead="Programs use a key to call the Worklane API with your permissions." />
      {created ? <CreatedKeyPanel {...created} onDone={() => setCreated(null)} /> : null}
      <Section title="Create a key">
        <CreateKeyForm onCreated={(name, token) => setCreated({ name, token })} />
      </Section>
      <Section title="Your keys">
        {keys.isPending ? <Loading /> : null}
        {keys.isError ? <ProblemAlert error={keys.error} onRetry={() => void keys.refetch()} /> : null}
        {keys.data?.items.length === 0 ? <EmptyState title="You have no API keys yet." /> : null}
        {keys.data && keys.data.items.length > 0 ? (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Your API keys</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Starts with</th>
                  <th scope="col">Created</th>
                  <th scope="col">Last used</th>
                  <th scope="col">Expires</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {keys.data.items.map((key) => (
                  <tr key={key.id}>
                    <td>{key.name}</td>
                    <td data-label="Starts with">
                      <code>{key.prefix}…</code>
                    </td>
                    <td data-label="Created">
                      <DateTime value={key.createdAt} />
                    </td>
                    <td data-label="Last used">
                      <DateTime value={key.lastUsedAt} fallback="Never" />
                    </td>
                    <td data-label="Expires">
                      <DateTime value={key.expiresAt} fallback="Never" isDateOnly />
                    </td>
                    <td data-label="Status">
                      <StatusBadge status={statusOf(key)} />
                    </td>
                    <td className="table__actions">
                      {statusOf(key) === "active" ? (
                        <Button size="small" variant="danger" onClick={() => setToRevoke(key)}>
                          Revoke<span className="visually-hidden"> {key.name}</span>
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </Section>
      <ConfirmDialog
        isOpen={toRevoke !== null}
        title="Revoke this key?"
        confirmLabel="Revoke key"
        isBusy={revoke.isPending}
        onConfirm={confirmRevoke}
        onClose={() => setToRevoke(null)}
      >
        <p>Programs using “{toRevoke?.name}” will be refused from now on. This cannot be undone.</p>
      </ConfirmDialog>
    </>
  );
}
