import type { DeliveryView } from "#domains/notifications/webhooks/contract";
import { Button } from "../ui/button";
import { DateTime } from "../ui/date-time";
import { EmptyState } from "../ui/empty-state";
import { Loading } from "../ui/loading";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { StatusBadge } from "../ui/status-badge";
import { useToast } from "../ui/toast";
import { useDeliveries, useReplay, useSendTest } from "./webhook-queries";

const tones = { pending: "warning", sending: "info", delivered: "success", failed: "danger" } as const;

function Attempts({ delivery }: { delivery: DeliveryView }) {
  return (
    <details>
      <summary>
        Details<span className="visually-hidden"> of delivery {delivery.id}</span>
      </summary>
      <p className="small">
        <code>webhook-id: {delivery.id}</code>
      </p>
      <pre className="code-block">{delivery.payload}</pre>
      <ol className="plain-list">
        {delivery.lastAttempts.map((attempt) => (
          <li key={attempt.id}>
            <DateTime value={attempt.at} /> · {attempt.trigger} ·{" "}
            {attempt.responseStatus === null ? `no answer: ${attempt.error}` : `HTTP ${attempt.responseStatus}`} ·{" "}
            {attempt.durationMs} ms
            <pre className="code-block">{attempt.request}</pre>
            {attempt.responseBody ? <pre className="code-block">{attempt.responseBody}</pre> : null}
          </li>
        ))}
      </ol>
    </details>
  );
}

/** One endpoint's delivery log with a test-event button and a replay button per delivery. */
export function WebhookDeliveries({ id, url, enabled }: { id: string; url: string; enabled: boolean }) {
  const deliveries = useDeliveries(id);
  const test = useSendTest(id);
  const replay = useReplay(id);
  const notify = useToast();
  const onError = (error: Error) => notify(error.message, "error");
  return (
    <Section
      title={`Deliveries to ${url}`}
      description="Failed deliveries are retried for 3 days; replay sends the same message with the same webhook-id."
      actions={
        <Button
          size="small"
          isBusy={test.isPending}
          disabled={!enabled}
          onClick={() => test.mutate(undefined, { onSuccess: () => notify("Test event queued."), onError })}
        >
          Send test event
        </Button>
      }
    >
      {deliveries.isPending ? <Loading /> : null}
      {deliveries.isError ? <ProblemAlert error={deliveries.error} onRetry={() => void deliveries.refetch()} /> : null}
      {deliveries.data?.items.length === 0 ? <EmptyState title="Nothing was sent to this endpoint yet." /> : null}
      {deliveries.data && deliveries.data.items.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Deliveries to {url}</caption>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Created</th>
                <th scope="col">Status</th>
                <th scope="col">Attempts</th>
                <th scope="col">Last answer</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {deliveries.data.items.map((delivery) => {
                const last = delivery.lastAttempts[0];
                return (
                  <tr key={delivery.id}>
                    <td>
                      <code>{delivery.eventType}</code>
                      <Attempts delivery={delivery} />
                    </td>
                    <td data-label="Created">
                      <DateTime value={delivery.createdAt} />
                    </td>
                    <td data-label="Status">
                      <StatusBadge status={delivery.status} tone={tones[delivery.status]} />
                    </td>
                    <td data-label="Attempts">{delivery.attempts}</td>
                    <td data-label="Last answer">
                      {last ? (last.responseStatus === null ? "No answer" : `HTTP ${last.responseStatus}`) : "—"}
                    </td>
                    <td className="table__actions">
                      <Button
                        size="small"
                        disabled={!enabled || delivery.status === "sending"}
                        onClick={() =>
                          replay.mutate(delivery.id, { onSuccess: () => notify("Replay queued."), onError })
                        }
                      >
                        Replay<span className="visually-hidden"> {delivery.eventType} delivery</span>
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </Section>
  );
}
