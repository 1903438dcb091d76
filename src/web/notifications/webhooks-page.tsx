import { useState } from "react";
import type { WebhookView } from "#domains/notifications/webhooks/contract";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { EmptyState } from "../ui/empty-state";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { StatusBadge } from "../ui/status-badge";
import { useToast } from "../ui/toast";
import { WebhookDeliveries } from "./webhook-deliveries";
import { WebhookForm } from "./webhook-form";
import { useDeleteWebhook, useRotateSecret, useUpdateWebhook, useWebhooks } from "./webhook-queries";
import { WebhookSecretPanel } from "./webhook-secret-panel";

function statusOf(webhook: WebhookView) {
  if (webhook.enabled) {
    return <StatusBadge status="enabled" tone={webhook.failingSince ? "warning" : "success"} />;
  }
  const label = webhook.disabledReason === "failing" ? "Disabled: failing for 3 days" : "Disabled";
  return <StatusBadge status="disabled" label={label} tone="danger" />;
}

function EndpointRow(props: {
  webhook: WebhookView;
  isSelected: boolean;
  onSelect: () => void;
  onSecret: (secret: string) => void;
  onDelete: () => void;
}) {
  const { webhook } = props;
  const update = useUpdateWebhook(webhook.id);
  const rotate = useRotateSecret();
  const notify = useToast();
  const onError = (error: Error) => notify(error.message, "error");
  return (
    <tr aria-current={props.isSelected ? "true" : undefined}>
      <td>
        <code>{webhook.url}</code>
        {webhook.description ? <div className="small">{webhook.description}</div> : null}
      </td>
      <td data-label="Events">{webhook.eventTypes.join(", ")}</td>
      <td data-label="Secret">
        <code data-testid="webhook-secret-hint">{webhook.secretHint}</code>
      </td>
      <td data-label="Status">{statusOf(webhook)}</td>
      <td className="table__actions">
        <Button size="small" variant={props.isSelected ? "primary" : "secondary"} onClick={props.onSelect}>
          Deliveries<span className="visually-hidden"> of {webhook.url}</span>
        </Button>
        <Button
          size="small"
          isBusy={update.isPending}
          onClick={() => update.mutate({ enabled: !webhook.enabled }, { onError })}
        >
          {webhook.enabled ? "Disable" : "Enable"}
          <span className="visually-hidden"> {webhook.url}</span>
        </Button>
        <Button
          size="small"
          isBusy={rotate.isPending}
          onClick={() =>
            rotate.mutate(webhook.id, {
              onSuccess: (done) => {
                props.onSecret(done.secret);
                // Shown once: the page's panel holds it until dismissed, the mutation's cache no longer.
                rotate.reset();
              },
              onError,
            })
          }
        >
          Rotate secret<span className="visually-hidden"> of {webhook.url}</span>
        </Button>
        <Button size="small" variant="danger" onClick={props.onDelete}>
          Delete<span className="visually-hidden"> {webhook.url}</span>
        </Button>
      </td>
    </tr>
  );
}

/** /company/webhooks: a company admin's endpoints, their secrets (once), the delivery log, replay and test. */
export function WebhooksPage() {
  const webhooks = useWebhooks();
  const remove = useDeleteWebhook();
  const notify = useToast();
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<WebhookView | null>(null);
  const items = webhooks.data?.items ?? [];
  const current = items.find((w) => w.id === selected) ?? null;

  const confirmDelete = () => {
    if (!toDelete) {
      return;
    }
    remove.mutate(toDelete.id, {
      onSuccess: () => notify("The endpoint is deleted."),
      onError: (error) => notify(error.message, "error"),
      onSettled: () => setToDelete(null),
    });
  };

  return (
    <>
      <PageHeader
        eyebrow="Company"
        title="Webhooks"
        lead="Worklane tells your programs what happens to your assignments, invoices and escalation cases, signed as Standard Webhooks."
      />
      {secret ? <WebhookSecretPanel {...secret} onDone={() => setSecret(null)} /> : null}
      <Section title="Add an endpoint">
        <WebhookForm
          onCreated={(url, value) => {
            setSecret({ url, secret: value });
            notify("Endpoint added.");
          }}
        />
      </Section>
      <Section title="Endpoints">
        {webhooks.isPending ? <Loading /> : null}
        {webhooks.isError ? <ProblemAlert error={webhooks.error} onRetry={() => void webhooks.refetch()} /> : null}
        {webhooks.data && items.length === 0 ? <EmptyState title="No endpoints yet." /> : null}
        {items.length > 0 ? (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Webhook endpoints</caption>
              <thead>
                <tr>
                  <th scope="col">URL</th>
                  <th scope="col">Events</th>
                  <th scope="col">Secret</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((webhook) => (
                  <EndpointRow
                    key={webhook.id}
                    webhook={webhook}
                    isSelected={webhook.id === selected}
                    onSelect={() => setSelected(webhook.id)}
                    onSecret={(value) => setSecret({ url: webhook.url, secret: value })}
                    onDelete={() => setToDelete(webhook)}
                  />
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </Section>
      {current ? <WebhookDeliveries id={current.id} url={current.url} enabled={current.enabled} /> : null}
      <ConfirmDialog
        isOpen={toDelete !== null}
        title="Delete this endpoint?"
        confirmLabel="Delete endpoint"
        isBusy={remove.isPending}
        onConfirm={confirmDelete}
        onClose={() => setToDelete(null)}
      >
        <p>Nothing more is sent to {toDelete?.url}; deliveries still waiting are marked failed.</p>
      </ConfirmDialog>
    </>
  );
}
