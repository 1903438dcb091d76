import { useState } from "react";
import { Link } from "react-router";
import type { ApplicationView, AssignmentView } from "#domains/assignments/views";
import { useWorkerScorecards } from "../ratings/queries";
import { WorkerScorecardBrief } from "../ratings/worker-scorecard";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { DateTime } from "../ui/date-time";
import { FormProblem } from "../ui/form-problem";
import { Money } from "../ui/money";
import { StatusBadge } from "../ui/status-badge";
import { useToast } from "../ui/toast";
import { pricingSummary } from "./assignment-text";
import { useSelectApplication } from "./queries";
import { ScheduleText } from "./schedule-text";
import { useDialogAction } from "./use-dialog-action";

const tones = { pending: "info", selected: "success", rejected: "neutral", withdrawn: "neutral" } as const;

/** Applications side by side (price, start, maximum spend, message); the client picks one, the others are told. */
export function ApplicationsTable({ view }: { view: AssignmentView }) {
  const notify = useToast();
  const select = useSelectApplication(view.id);
  const [chosen, setChosen] = useState<ApplicationView | null>(null);
  const action = useDialogAction(() => {
    notify(`${chosen?.worker.name ?? "The worker"} is assigned; the others are told.`);
    setChosen(null);
  });
  const canSelect = view.actions.includes("selectApplication");
  const cards = useWorkerScorecards(view.applications.map((a) => a.worker.id));

  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Applications</caption>
        <thead>
          <tr>
            <th scope="col">Worker</th>
            <th scope="col">Price</th>
            <th scope="col">Start</th>
            <th scope="col">Max spend</th>
            <th scope="col">Message</th>
            <th scope="col">Status</th>
            {canSelect ? (
              <th scope="col">
                <span className="visually-hidden">Choose</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {view.applications.map((application) => (
            <tr key={application.id}>
              <td>
                <Link to={`/workers/${application.worker.id}`}>{application.worker.name}</Link>
                <br />
                <WorkerScorecardBrief
                  workerId={application.worker.id}
                  name={application.worker.name}
                  card={cards.data?.get(application.worker.id)}
                />
                <br />
                <span className="muted small">
                  applied <DateTime value={application.createdAt} />
                </span>
              </td>
              <td>
                {application.counterOffer?.pricing
                  ? pricingSummary(application.counterOffer.pricing, view.currency)
                  : "As posted"}
              </td>
              <td>
                {application.counterOffer?.schedule ? (
                  <ScheduleText schedule={application.counterOffer.schedule} />
                ) : (
                  "As posted"
                )}
              </td>
              <td>
                <Money value={application.maximumSpend} />
              </td>
              <td className="break">{application.message ?? <span className="muted">—</span>}</td>
              <td>
                <StatusBadge status={application.status} tone={tones[application.status]} />
              </td>
              {canSelect ? (
                <td className="table__actions">
                  {application.status === "pending" ? (
                    <Button size="small" variant="primary" onClick={() => setChosen(application)}>
                      Choose<span className="visually-hidden"> {application.worker.name}</span>
                    </Button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      <ConfirmDialog
        isOpen={chosen !== null}
        title={`Assign ${chosen?.worker.name ?? "this worker"}?`}
        confirmLabel="Assign"
        tone="primary"
        isBusy={action.isBusy}
        onConfirm={() => chosen && void action.run(() => select.mutateAsync(chosen.id))}
        onClose={() => {
          action.clear();
          setChosen(null);
        }}
      >
        <FormProblem message={action.problem} />
        <p>Their terms become the assignment's terms. The other applicants are told it is taken.</p>
      </ConfirmDialog>
    </div>
  );
}
