import { Link } from "react-router";
import type { RecipientView } from "#domains/assignments/views";
import { useWorkerScorecards } from "../ratings/queries";
import { WorkerScorecardBrief } from "../ratings/worker-scorecard";
import { DateTime } from "../ui/date-time";
import { StatusBadge } from "../ui/status-badge";
import { recipientText } from "./invitation-text";

/** Who was invited and how each answered or came off it, with the reason the worker gave (decline, abandon). */
export function RecipientsTable({ recipients }: { recipients: RecipientView[] }) {
  const cards = useWorkerScorecards(recipients.map((r) => r.worker.id));
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Invited workers</caption>
        <thead>
          <tr>
            <th scope="col">Worker</th>
            <th scope="col">Invited</th>
            <th scope="col">Answer</th>
            <th scope="col">Reason given</th>
          </tr>
        </thead>
        <tbody>
          {recipients.map((recipient) => (
            <tr key={recipient.worker.id}>
              <td>
                <Link to={`/workers/${recipient.worker.id}`}>{recipient.worker.name}</Link>
                <br />
                <WorkerScorecardBrief
                  workerId={recipient.worker.id}
                  name={recipient.worker.name}
                  card={cards.data?.get(recipient.worker.id)}
                />
              </td>
              <td>
                <DateTime value={recipient.invitedAt} />
              </td>
              <td>
                <StatusBadge
                  status={recipient.status}
                  label={recipientText[recipient.status].label}
                  tone={recipientText[recipient.status].tone}
                />
                {recipient.respondedAt ? (
                  <span className="muted small">
                    {" "}
                    <DateTime value={recipient.respondedAt} />
                  </span>
                ) : null}
              </td>
              <td className="break">{recipient.reason ?? <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
