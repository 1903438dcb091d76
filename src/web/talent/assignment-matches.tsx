import { Loading } from "../ui/loading";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { useAssignmentMatches } from "./matching-queries";
import { WorkerHitLine } from "./worker-hit";

/** The assignment page's Matches section (company only): ranked workers, each requirement met or not with why. */
export function AssignmentMatches({ id, isWorker }: { id: string; isWorker: boolean }) {
  const matches = useAssignmentMatches(id, !isWorker);
  if (isWorker) {
    return null;
  }
  return (
    <Section title="Matches" description={matches.data?.ranking}>
      {matches.isPending ? (
        <Loading />
      ) : matches.isError ? (
        <ProblemAlert error={matches.error} onRetry={() => void matches.refetch()} />
      ) : matches.data.items.length === 0 ? (
        <p>No worker within {matches.data.radiusMiles} miles could meet the requirements.</p>
      ) : (
        <ol className="stack" aria-label="Matches">
          {matches.data.items.map((m) => (
            <li key={m.id}>
              #{m.rank} {m.eligible ? "(meets every requirement)" : "(does not meet every requirement)"}
              <br />
              <WorkerHitLine hit={m} />
              <ul>
                {m.checks.map((c) => (
                  <li key={c.reason}>
                    {c.met ? "✓" : "✗"} {c.reason}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
