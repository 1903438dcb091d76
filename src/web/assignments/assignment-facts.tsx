import { Link } from "react-router";
import type { AssignmentView } from "#domains/assignments/views";
import { DateTime } from "../ui/date-time";
import { Money } from "../ui/money";
import { placeText, pricingSummary, routingText } from "./assignment-text";
import { ScheduleText } from "./schedule-text";

/** The terms at a glance, for both sides: who, where, when, how much. */
export function AssignmentFacts({ view }: { view: AssignmentView }) {
  const isClient = view.party !== "assignee" && view.party !== "invitee";
  const address = view.location?.address ? `${view.location.address}, ` : "";
  return (
    <dl className="facts">
      {isClient ? null : (
        <div>
          <dt>Client</dt>
          <dd>
            <Link to={`/companies/${view.company.id}`}>{view.company.name}</Link>
          </dd>
        </div>
      )}
      <div>
        <dt>Pay</dt>
        <dd>{pricingSummary(view.pricing, view.currency)}</dd>
      </div>
      {["approved", "invoiced", "paid"].includes(view.status) && view.claim ? (
        <div>
          <dt>{view.status === "paid" ? "Paid" : "Approved"}</dt>
          <dd>
            <Money value={view.claim.total} /> <span className="muted">of at most</span>{" "}
            <Money value={view.maximumSpend} />
          </dd>
        </div>
      ) : (
        <div>
          <dt>Maximum spend</dt>
          <dd>
            <Money value={view.maximumSpend} />
          </dd>
        </div>
      )}
      <div>
        <dt>When</dt>
        <dd>
          <ScheduleText schedule={view.schedule} timeZone={view.timeZone} />
        </dd>
      </div>
      {view.deadline ? (
        <div>
          <dt>Deadline</dt>
          <dd>
            <DateTime value={view.deadline} />
          </dd>
        </div>
      ) : null}
      <div>
        <dt>Where</dt>
        <dd>
          {view.locationType === "onsite" && view.location
            ? `${address}${view.location.city}${view.location.region ? `, ${view.location.region}` : ""}`
            : placeText(view.locationType, null)}
        </dd>
      </div>
      {view.onsiteContact ? (
        <div>
          <dt>On-site contact</dt>
          <dd>
            {[view.onsiteContact.name, view.onsiteContact.phone, view.onsiteContact.email].filter(Boolean).join(" · ")}
          </dd>
        </div>
      ) : null}
      {view.industry || view.skills.length > 0 ? (
        <div>
          <dt>Skills</dt>
          <dd>{[view.industry, ...view.skills].filter(Boolean).join(", ")}</dd>
        </div>
      ) : null}
      <div>
        <dt>Payment</dt>
        <dd>
          {view.paymentTermsDays === 0 ? "On approval" : `${view.paymentTermsDays} days after approval`}; approved
          automatically {view.autoApprovalHours} hours after submission unless the client acts
        </dd>
      </div>
      {view.fundsSecured ? (
        <div>
          <dt>Funds</dt>
          <dd>
            <span className="badge badge--success">Funds secured</span>{" "}
            {view.status === "sent" || view.status === "declined"
              ? "The client sets the maximum spend aside the moment a worker is assigned."
              : "The client has set the maximum spend aside for this work."}
          </dd>
        </div>
      ) : null}
      {view.confirmationHours > 0 ? (
        <div>
          <dt>Confirmation</dt>
          <dd>
            Asked {view.confirmationHours} hours before the start
            {view.confirmedAt ? (
              <>
                ; confirmed <DateTime value={view.confirmedAt} />
              </>
            ) : null}
          </dd>
        </div>
      ) : null}
      <div>
        <dt>Routing</dt>
        <dd>
          {routingText[view.routingMode].label}
          {view.invitationsExpireAt ? (
            <>
              ; invitations expire <DateTime value={view.invitationsExpireAt} />
            </>
          ) : null}
        </dd>
      </div>
      {view.assignedWorker ? (
        <div>
          <dt>Worker</dt>
          <dd>
            <Link to={`/workers/${view.assignedWorker.id}`}>{view.assignedWorker.name}</Link>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
