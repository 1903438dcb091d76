import type { EscalationView } from "#domains/escalations/views";
import { formatMoney } from "#shared/money";
import { DateTime } from "../ui/date-time";
import { EmptyState } from "../ui/empty-state";
import { Money } from "../ui/money";
import { Section } from "../ui/section";

/**
 * The team's view of the assignment behind a case (issue 15 item 3): what the two sides wrote to each other in its
 * thread, and its money (invoices and the ledger transfers about it). Parties get no record and see nothing here.
 */
export function CaseRecord({ view }: { view: EscalationView }) {
  const record = view.record;
  if (!record) {
    return null;
  }
  return (
    <>
      <Section
        title="Assignment thread"
        description="What the client and the worker wrote to each other (internal notes are not shown)."
      >
        {record.thread.length === 0 ? <EmptyState title="They have not written to each other." /> : null}
        <ol className="stack" aria-label="Assignment thread">
          {record.thread.map((m) => (
            <li key={m.id}>
              <p className="muted">
                {m.authorName} ({m.side}, {m.kind}) <DateTime value={m.createdAt} />
              </p>
              <p>{m.body}</p>
            </li>
          ))}
        </ol>
      </Section>
      <Section title="Payments" description="The assignment's invoices and every ledger transfer about it.">
        {record.invoices.length === 0 && record.transfers.length === 0 ? (
          <EmptyState title="No money has moved for this assignment." />
        ) : null}
        {record.invoices.length > 0 ? (
          <div className="table-wrap">
            <table className="table">
              <caption>Invoices</caption>
              <thead>
                <tr>
                  <th scope="col">Kind</th>
                  <th scope="col">Status</th>
                  <th scope="col">Total</th>
                  <th scope="col">Due</th>
                  <th scope="col">Paid</th>
                </tr>
              </thead>
              <tbody>
                {record.invoices.map((i) => (
                  <tr key={i.id}>
                    <td>{i.kind}</td>
                    <td data-label="Status">{i.status}</td>
                    <td data-label="Total">
                      <Money value={i.total} />
                    </td>
                    <td data-label="Due">
                      <DateTime value={i.dueAt} isDateOnly />
                    </td>
                    <td data-label="Paid">
                      <DateTime value={i.paidAt} fallback="Not yet" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {record.transfers.length > 0 ? (
          <div className="table-wrap">
            <table className="table">
              <caption>Ledger transfers</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Reason</th>
                  <th scope="col">Postings</th>
                </tr>
              </thead>
              <tbody>
                {record.transfers.map((t) => (
                  <tr key={t.id}>
                    <td>
                      <DateTime value={t.createdAt} />
                    </td>
                    <td data-label="Reason">{t.reason.replaceAll("_", " ")}</td>
                    <td data-label="Postings">
                      {t.postings.map((p) => `${p.account}: ${formatMoney(p.amount)}`).join("; ")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </Section>
    </>
  );
}
