import { Link } from "react-router";
import type { Me } from "#domains/accounts/contract";
import { WorkerWorkNow } from "../assignments/worker-work-now";
import { WorkerScorecardSection } from "../ratings/worker-scorecard";
import { ButtonLink } from "../ui/button";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { profileCompleteness } from "../workers/profile-completeness";
import { useMyWorkerProfile } from "../workers/queries";

export function WorkerHome({ me }: { me: Me }) {
  const profile = useMyWorkerProfile();
  const completeness = profile.data ? profileCompleteness(profile.data) : null;

  return (
    <>
      <PageHeader
        title={`Welcome, ${me.name.split(" ")[0]}`}
        lead="Clients choose workers by their profile: the more complete it is, the more work finds you."
        actions={
          <ButtonLink to={`/workers/${me.id}`} size="small">
            View your public page
          </ButtonLink>
        }
      />
      <WorkerWorkNow />
      <WorkerScorecardSection workerId={me.id} />
      <Section
        title="Your profile"
        actions={
          <ButtonLink to="/profile" variant="primary" size="small">
            Edit profile
          </ButtonLink>
        }
      >
        {profile.isPending ? <Loading /> : null}
        {profile.isError ? <ProblemAlert error={profile.error} /> : null}
        {completeness ? (
          <>
            <div className="progress-row">
              <progress
                className="progress"
                max={100}
                value={completeness.percent}
                aria-label="Profile completeness"
                aria-valuetext={`${completeness.percent}% complete`}
              />
              <span className="progress-row__value">{completeness.percent}% complete</span>
            </div>
            <ul className="checklist checklist--status">
              {completeness.items.map((item) => (
                <li key={item.label} className={item.isDone ? "is-done" : "is-todo"}>
                  <span className="visually-hidden">{item.isDone ? "Done: " : "To do: "}</span>
                  {item.label}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Section>
      <Section title="Good to know">
        <ul className="link-list">
          <li>
            Read the <Link to="/policies/worker_guidelines">Community Guidelines for Workers</Link>.
          </li>
          <li>
            <Link to="/settings/api-keys">Create an API key</Link> to use Worklane from your own tools.
          </li>
        </ul>
      </Section>
    </>
  );
}
