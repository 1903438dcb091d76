import { useParams } from "react-router";
import { Id } from "#shared/fields";
import { formatMoney } from "#shared/money";
import { useMe } from "../accounts/queries";
import { isProblem } from "../api";
import { BlockButton } from "../companies/blocks-section";
import { ReportButton } from "../moderation/report-dialog";
import { WorkerScorecardSection } from "../ratings/worker-scorecard";
import { NotFoundPage } from "../shell/not-found-page";
import { ButtonLink } from "../ui/button";
import { DateTime } from "../ui/date-time";
import { Loading } from "../ui/loading";
import { Markdown } from "../ui/markdown";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { usePublicWorker } from "./queries";

function PublicWorkerView({ id }: { id: string }) {
  const me = useMe();
  const worker = usePublicWorker(id);
  if (worker.isPending) {
    return <Loading />;
  }
  if (isProblem(worker.error, "not_found")) {
    return <NotFoundPage what="worker" />;
  }
  if (worker.isError) {
    return <ProblemAlert error={worker.error} onRetry={() => void worker.refetch()} />;
  }
  const data = worker.data;
  const place = data.location
    ? [data.location.city, data.location.region, data.location.country].filter(Boolean).join(", ")
    : null;
  return (
    <>
      <PageHeader
        eyebrow="Worker"
        title={data.name}
        lead={data.headline ?? undefined}
        actions={
          me.data?.id === data.id ? (
            <ButtonLink to="/profile" size="small">
              Edit your profile
            </ButtonLink>
          ) : me.data ? (
            <>
              <ButtonLink to={`/workers/${data.id}/scorecard`} size="small">
                Scorecard
              </ButtonLink>
              {me.data.accountType === "client" ? <BlockButton target={{ workerId: data.id }} /> : null}
              <ReportButton subjectType="user" subjectId={data.id} />
            </>
          ) : undefined
        }
      />
      <div className="grid grid--sidebar">
        <div>
          <Section title="About">
            {data.bio ? <Markdown source={data.bio} /> : <p className="muted">No bio yet.</p>}
          </Section>
          <Section title="Skills">
            {data.skills.length > 0 ? (
              <ul className="inline-list" aria-label="Skills">
                {data.skills.map((skill) => (
                  <li key={skill} className="tag tag--static">
                    {skill}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">No skills listed yet.</p>
            )}
          </Section>
          {me.data && me.data.id !== data.id ? (
            <WorkerScorecardSection
              workerId={data.id}
              title="Scorecard"
              description="The last 90 days, each figure with what it is made of."
            />
          ) : null}
        </div>
        <Section title="Details">
          <dl className="facts">
            <div>
              <dt>Based in</dt>
              <dd>{place ?? <span className="muted">Not given</span>}</dd>
            </div>
            <div>
              <dt>Travels up to</dt>
              <dd>{data.travelRadiusKm} km</dd>
            </div>
            <div>
              <dt>Hourly rate</dt>
              <dd>{data.hourlyRate ? formatMoney(data.hourlyRate) : <span className="muted">Not given</span>}</dd>
            </div>
            <div>
              <dt>Industries</dt>
              <dd>
                {data.industries.length > 0 ? data.industries.join(", ") : <span className="muted">Not given</span>}
              </dd>
            </div>
            <div>
              <dt>Time zone</dt>
              <dd>{data.timeZone?.replaceAll("_", " ") ?? <span className="muted">Not given</span>}</dd>
            </div>
            <div>
              <dt>On Worklane since</dt>
              <dd>
                <DateTime value={data.memberSince} isDateOnly />
              </dd>
            </div>
          </dl>
        </Section>
      </div>
    </>
  );
}

/** /workers/:id: a worker's public profile; never the address or coordinates. */
export function WorkerPage() {
  const parsed = Id.safeParse(useParams().id);
  return parsed.success ? <PublicWorkerView key={parsed.data} id={parsed.data} /> : <NotFoundPage what="worker" />;
}
