import type { PendingPolicy, PolicyStatus } from "#domains/policies/contract";
import { DateTime } from "../ui/date-time";
import { LineDiff } from "../ui/line-diff";
import { Loading } from "../ui/loading";
import { Markdown } from "../ui/markdown";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { usePolicyVersion } from "./queries";

/**
 * One document waiting for acceptance: what changed since the version this person accepted (a line diff),
 * or the whole text when they never accepted this kind before.
 */
export function PendingPolicyCard({ pending, status }: { pending: PendingPolicy; status: PolicyStatus | undefined }) {
  const current = usePolicyVersion(pending.kind, pending.version);
  const lastAccepted = status?.lastAcceptedVersion ?? null;
  const previous = usePolicyVersion(pending.kind, lastAccepted);
  const label = status?.label ?? pending.title;

  return (
    <Section
      title={label}
      description={
        <>
          Version {pending.version}
          {current.data ? (
            <>
              , published <DateTime value={current.data.publishedAt} isDateOnly />
            </>
          ) : null}
          {lastAccepted ? ` · you accepted version ${lastAccepted}` : " · new to you"}
        </>
      }
    >
      {current.isPending || (lastAccepted !== null && previous.isPending) ? <Loading /> : null}
      {current.isError ? <ProblemAlert error={current.error} onRetry={() => void current.refetch()} /> : null}
      {current.data ? (
        <>
          {current.data.summaryOfChanges ? (
            <div className="callout">
              <p className="callout__title">Summary of changes</p>
              <p>{current.data.summaryOfChanges}</p>
            </div>
          ) : null}
          {lastAccepted !== null && previous.data ? (
            <>
              <h3 className="subheading">What changed since version {lastAccepted}</h3>
              <LineDiff
                before={previous.data.body}
                after={current.data.body}
                label={`Changes to ${label} since version ${lastAccepted}`}
              />
            </>
          ) : null}
          {lastAccepted === null ? (
            // biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls, so keyboard users must be able to focus it (WCAG 2.1.1).
            <section className="policy-text" aria-label={`Full text of ${label}`} tabIndex={0}>
              <Markdown source={current.data.body} />
            </section>
          ) : null}
        </>
      ) : null}
    </Section>
  );
}
