import { Link, useParams } from "react-router";
import { formatMoney } from "#shared/money";
import { Button, ButtonLink } from "../ui/button";
import { DateTime } from "../ui/date-time";
import { Loading } from "../ui/loading";
import { Money } from "../ui/money";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { useToast } from "../ui/toast";
import { useViewerZone } from "../ui/viewer-zone";
import { InvoiceStatus } from "./invoice-status";
import { useInvoice, usePayInvoice } from "./queries";

/** /invoices/:id: one invoice with its fee shown, due date, status, and Pay for those who may. */
const pdfUrl = (id: string, timeZone: string) => `/api/v1/invoices/${id}/pdf?${new URLSearchParams({ timeZone })}`;

export function InvoicePage() {
  const { id = "" } = useParams();
  const invoice = useInvoice(id);
  const pay = usePayInvoice();
  const notify = useToast();
  const zone = useViewerZone();
  if (invoice.isPending) {
    return <Loading />;
  }
  if (invoice.isError) {
    return <ProblemAlert error={invoice.error} />;
  }
  const view = invoice.data;
  const money = (amount: number) => <Money value={{ amount, currency: view.currency }} />;
  const percent = `${view.feeBasisPoints / 100}%`;
  return (
    <>
      <PageHeader
        eyebrow="Invoice"
        title={view.assignment.title}
        lead={<InvoiceStatus invoice={view} />}
        actions={
          <>
            {/* A plain link: the browser downloads the PDF with the session cookie; dates in the reader's zone. */}
            <ButtonLink to={pdfUrl(view.id, zone)} reloadDocument download>
              Download PDF
            </ButtonLink>
            {view.actions.includes("pay") ? (
              <Button
                variant="primary"
                isBusy={pay.isPending}
                onClick={() =>
                  pay.mutate(view.id, {
                    onSuccess: () => notify("The invoice is paid; the worker has the money."),
                    onError: (error) => notify(error.message, "error"),
                  })
                }
              >
                Pay {formatMoney({ amount: view.total, currency: view.currency })}
              </Button>
            ) : null}
          </>
        }
      />
      <Section title="Details">
        <dl className="facts">
          <dt>Assignment</dt>
          <dd>
            <Link to={`/assignments/${view.assignment.id}`}>{view.assignment.title}</Link>
          </dd>
          <dt>Client</dt>
          <dd>{view.company.name}</dd>
          <dt>Worker</dt>
          <dd>{view.worker.name}</dd>
          <dt>Approved amount</dt>
          <dd>{money(view.amount)}</dd>
          <dt>Platform fee ({percent})</dt>
          <dd>{money(view.fee)}</dd>
          <dt>Total</dt>
          <dd>{money(view.total)}</dd>
          <dt>Issued</dt>
          <dd>
            <DateTime value={view.issuedAt} />
          </dd>
          <dt>Due ({view.paymentTermsDays === 0 ? "immediately" : `${view.paymentTermsDays} days`})</dt>
          <dd>
            <DateTime value={view.dueAt} />
          </dd>
          <dt>Paid</dt>
          <dd>
            <DateTime value={view.paidAt} fallback="Not yet" />
            {view.autoPaid ? " (auto-pay)" : null}
          </dd>
        </dl>
      </Section>
    </>
  );
}
