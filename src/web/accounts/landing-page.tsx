import { ButtonLink } from "../ui/button";
import { PageHeader } from "../ui/page-header";
import { useMe } from "./queries";

const forClients = [
  "Post clear, complete assignments and reach the right people for them.",
  "Bring your team: admins, managers, finance and viewers, each with the right permissions.",
  "Approve and pay on time, with your terms visible to every worker.",
];
const forWorkers = [
  "Show your skills, industries, rate and where you are willing to travel.",
  "Know who you work for: every client's profile and record is public.",
  "Talk to clients in one place and escalate to Worklane when a dispute needs help.",
];

/** What Worklane is, for someone who has never seen it, with the two ways in. */
export function LandingPage() {
  const me = useMe();
  return (
    <div className="landing">
      <div className="hero">
        <PageHeader
          eyebrow="Freelance management, done openly"
          title="Get work done with skilled independent professionals"
          lead="Worklane brings companies and independent workers together: clear assignments, fair rules for both sides, and payment on time."
        />
        <div className="hero__actions">
          {me.data ? (
            <ButtonLink to="/home" variant="primary">
              Go to your home page
            </ButtonLink>
          ) : (
            <>
              <ButtonLink to="/signup?as=client" variant="primary">
                Sign up as a client
              </ButtonLink>
              <ButtonLink to="/signup?as=worker">Sign up as a worker</ButtonLink>
              <ButtonLink to="/login" variant="ghost">
                Log in
              </ButtonLink>
            </>
          )}
        </div>
      </div>
      <div className="grid grid--two">
        <section className="card" aria-labelledby="for-clients">
          <h2 id="for-clients" className="card__title">
            For companies
          </h2>
          <ul className="checklist">
            {forClients.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="for-workers">
          <h2 id="for-workers" className="card__title">
            For workers
          </h2>
          <ul className="checklist">
            {forWorkers.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      </div>
      <p className="muted landing__note">
        Everyone on Worklane agrees to the same published rules: the Terms of Service, the Community Guidelines for
        clients and for workers, and the Community Violation Guidelines.
      </p>
    </div>
  );
}
