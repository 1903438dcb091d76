import { useParams } from "react-router";
import type { AssignmentView } from "#domains/assignments/views";
import { EscalationSection } from "../escalations/escalation-section";
import { MessagesSection } from "../messages/messages-section";
import { ReportButton } from "../moderation/report-dialog";
import { PaymentSection } from "../payments/payment-section";
import { RatingSection } from "../ratings/rating-section";
import { CompactScorecard } from "../ratings/scorecard-summary";
import { AssignmentMatches } from "../talent/assignment-matches";
import { AssignmentRequirements } from "../talent/assignment-requirements";
import { DateTime } from "../ui/date-time";
import { Loading } from "../ui/loading";
import { Markdown } from "../ui/markdown";
import { Money } from "../ui/money";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { ApplicationsTable } from "./applications-table";
import { ApprovalSection } from "./approval-section";
import { AssignmentFacts } from "./assignment-facts";
import { AssignmentStatusBadges } from "./assignment-status";
import { AssignmentTimeline } from "./assignment-timeline";
import { AttachmentsSection } from "./attachments-section";
import { ClientActions } from "./client-actions";
import { CompletenessReport } from "./completeness-report";
import { DeliverablesSection } from "./deliverables-section";
import { useAssignment } from "./queries";
import { RecipientsTable } from "./recipients-table";
import { RequestsSection } from "./requests-section";
import { WorkerActions, WorkerStatus } from "./worker-actions";

const isWorkerParty = (view: AssignmentView) => view.party === "assignee" || view.party === "invitee";

/** Why the work stopped, was handed back or was called off: said in words above everything else. */
function Notices({ view }: { view: AssignmentView }) {
  return (
    <>
      {view.holdReason ? (
        <div className="callout" role="note">
          <p className="callout__title">On hold</p>
          <p>{view.holdReason}</p>
        </div>
      ) : null}
      {view.returnReason && view.status === "in_progress" ? (
        <div className="callout" role="note">
          <p className="callout__title">Returned by the client</p>
          <p>{view.returnReason}</p>
        </div>
      ) : null}
      {view.cancellation ? (
        <div className="callout" role="note" data-testid="cancellation">
          <p className="callout__title">
            Cancelled
            {view.cancelledAt ? (
              <>
                {" "}
                <DateTime value={view.cancelledAt} />
              </>
            ) : null}
          </p>
          <p>Reason: {view.cancellation.reason}</p>
          {view.cancellation.feeOffered ? (
            <p>
              {view.cancellation.fee ? (
                <>
                  Late-cancellation fee the client chose to pay: <Money value={view.cancellation.fee} />
                </>
              ) : (
                "Late cancellation: the client chose not to pay a fee."
              )}
            </p>
          ) : null}
        </div>
      ) : null}
      {view.party === "invitee" && view.invitation?.status === "invited" && view.invitation.expiresAt ? (
        <p className="muted">
          Your invitation expires <DateTime value={view.invitation.expiresAt} />.
        </p>
      ) : null}
    </>
  );
}

/** /assignments/:id for both sides: the terms, what the caller may do now (from `actions`), and the timeline. */
export function AssignmentPage() {
  const { id = "" } = useParams();
  const assignment = useAssignment(id);
  if (assignment.isPending) {
    return <Loading />;
  }
  if (assignment.isError) {
    return <ProblemAlert error={assignment.error} onRetry={() => void assignment.refetch()} />;
  }
  const view = assignment.data;
  const isWorker = isWorkerParty(view);
  return (
    <>
      <PageHeader
        eyebrow={isWorker ? view.company.name : "Assignment"}
        title={view.title}
        lead={
          isWorker ? <WorkerStatus view={view} /> : <AssignmentStatusBadges status={view.status} labels={view.labels} />
        }
        actions={
          <>
            {isWorker ? <WorkerActions view={view} /> : <ClientActions view={view} />}
            <ReportButton subjectType="assignment" subjectId={view.id} />
          </>
        }
      />
      <Notices view={view} />
      <div className="grid grid--sidebar">
        <div>
          {isWorker ? (
            <Section title={`About ${view.company.name}`}>
              <CompactScorecard summary={view.companyScorecard} companyId={view.company.id} name={view.company.name} />
            </Section>
          ) : null}
          <RatingSection assignmentId={view.id} />
          <ApprovalSection view={view} />
          <AssignmentRequirements view={view} isWorker={isWorker} />
          <AssignmentMatches view={view} isWorker={isWorker} />
          {["approved", "invoiced", "paid"].includes(view.status) ? <PaymentSection view={view} /> : null}
          <DeliverablesSection assignmentId={view.id} />
          <AttachmentsSection view={view} />
          <RequestsSection view={view} />
          <MessagesSection assignmentId={view.id} />
          <EscalationSection view={view} />
          <Section title="Details">
            <AssignmentFacts view={view} />
          </Section>
          <Section title="Description">
            {view.description.trim() ? (
              <Markdown source={view.description} />
            ) : (
              <p className="muted">No description.</p>
            )}
          </Section>
          {view.instructions !== null ? (
            <Section title="Instructions" description="For the assigned worker only.">
              {view.instructions.trim() ? (
                <Markdown source={view.instructions} />
              ) : (
                <p className="muted">None given.</p>
              )}
            </Section>
          ) : null}
          {view.applications.length > 0 ? (
            <Section title={isWorker ? "Your application" : "Applications"}>
              <ApplicationsTable view={view} />
            </Section>
          ) : null}
          {view.recipients.length > 0 ? (
            <Section title="Invited workers">
              <RecipientsTable recipients={view.recipients} />
            </Section>
          ) : null}
        </div>
        <div>
          {/* The server leaves it out where it is not this viewer's business (a worker's look at a draft). */}
          {view.completeness ? (
            <Section
              title="Completeness"
              description={
                view.status === "draft" ? "Scored as it stands now." : "As it was when sent; workers see it."
              }
            >
              <CompletenessReport report={view.completeness} />
            </Section>
          ) : null}
          <Section title="Timeline">
            <AssignmentTimeline id={view.id} currency={view.currency} />
          </Section>
        </div>
      </div>
    </>
  );
}
