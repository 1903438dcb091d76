import { useState } from "react";
import type { AssignmentView } from "#domains/assignments/views";
import { AddRecipientsDialog } from "../assignments/add-recipients-dialog";
import { SendToWorkers } from "../assignments/pool-reach";
import { Button } from "../ui/button";
import { Loading } from "../ui/loading";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { itemsOf, ShowMore } from "../ui/show-more";
import { InviteTop } from "./invite-top";
import { useAssignmentMatches } from "./matching-queries";
import { WorkerHitLine } from "./worker-hit";

const holding = { invited: "Invited", accepted: "Accepted" } as const;

/** The workers who already hold this assignment's invitation (or accepted it): not offered again. */
function holdersOf(view: AssignmentView): Map<string, string> {
  const held = new Map<string, string>();
  for (const r of view.recipients) {
    if (r.status === "invited" || r.status === "accepted") {
      held.set(r.worker.id, holding[r.status]);
    }
  }
  return held;
}

/**
 * The assignment page's Matches section (company only): ranked workers, each requirement met or not with why, and
 * the ranking in words. While the assignment can be sent (or more workers invited), the top N or any one worker go
 * to the same send dialog the page's "Send to workers" opens, named, so the company confirms what is sent.
 */
export function AssignmentMatches({ view, isWorker }: { view: AssignmentView; isWorker: boolean }) {
  const matches = useAssignmentMatches(view.id, !isWorker);
  const [chosen, setChosen] = useState<string[] | null>(null);
  if (isWorker) {
    return null;
  }
  const canSend = view.actions.includes("send");
  const canInvite = canSend || view.actions.includes("addRecipients");
  const held = holdersOf(view);
  // Every page shown so far, in rank order; the ranking and radius are the same on every page.
  const items = itemsOf(matches.data) ?? [];
  const first = matches.data?.pages[0];
  const candidates = items.filter((m) => m.eligible && !held.has(m.id)).map((m) => m.id);
  const close = () => setChosen(null);
  return (
    <Section title="Matches" description={first ? `How they are ranked: ${first.ranking}` : undefined}>
      {matches.isPending ? (
        <Loading />
      ) : matches.isError ? (
        <ProblemAlert error={matches.error} onRetry={() => void matches.refetch()} />
      ) : items.length === 0 ? (
        <p>No worker within {first?.radiusMiles} miles could meet the requirements.</p>
      ) : (
        <>
          {canInvite && candidates.length > 0 ? (
            // Started afresh when the candidates change (a set attached, workers invited), so N fits the list.
            <InviteTop key={candidates.join(",")} candidates={candidates} onInvite={setChosen} />
          ) : null}
          <ol className="stack" aria-label="Matches">
            {items.map((m) => (
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
                {held.has(m.id) ? (
                  <strong>{held.get(m.id)}</strong>
                ) : canInvite ? (
                  <Button size="small" onClick={() => setChosen([m.id])}>
                    Invite {m.name}
                  </Button>
                ) : null}
              </li>
            ))}
          </ol>
          <ShowMore list={matches} what="matches" />
        </>
      )}
      {canSend ? (
        <SendToWorkers view={view} isOpen={chosen !== null} onClose={close} workerIds={chosen ?? []} />
      ) : canInvite && chosen ? (
        <AddRecipientsDialog key={chosen.join(",")} view={view} isOpen onClose={close} workerIds={chosen} />
      ) : null}
    </Section>
  );
}
