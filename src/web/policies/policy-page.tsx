import { Link, useParams } from "react-router";
import { PolicyKind } from "#domains/policies/contract";
import { NotFoundPage } from "../shell/not-found-page";
import { DateTime } from "../ui/date-time";
import { Loading } from "../ui/loading";
import { Markdown } from "../ui/markdown";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { usePolicyDocument } from "./queries";
import { ViolationRules } from "./violation-rules";

function PolicyDocumentView({ kind }: { kind: PolicyKind }) {
  const document = usePolicyDocument(kind);
  if (document.isPending) {
    return <Loading />;
  }
  if (document.isError) {
    return <ProblemAlert error={document.error} onRetry={() => void document.refetch()} />;
  }
  const { current, versions, label } = document.data;
  return (
    <>
      <PageHeader
        eyebrow="Policy"
        title={label}
        lead={
          <>
            Version {current.version}, in force since <DateTime value={current.publishedAt} isDateOnly />.
          </>
        }
      />
      <article className="card policy-text">
        <Markdown source={current.body} headingOffset={1} />
      </article>
      {kind === "violation_guidelines" ? <ViolationRules /> : null}
      <Section title="Version history">
        <ol className="timeline">
          {versions.map((version) => (
            <li key={version.id} className="timeline__item">
              <p className="timeline__title">
                Version {version.version}: {version.title}
              </p>
              <p className="muted small">
                <DateTime value={version.publishedAt} isDateOnly />
              </p>
              <p>{version.summaryOfChanges}</p>
            </li>
          ))}
        </ol>
      </Section>
      <p>
        <Link to="/policies">All policies</Link>
      </p>
    </>
  );
}

/** /policies/:kind: the current text of one policy, readable by anyone. */
export function PolicyPage() {
  const parsed = PolicyKind.safeParse(useParams().kind);
  if (!parsed.success) {
    return <NotFoundPage what="policy" />;
  }
  return <PolicyDocumentView key={parsed.data} kind={parsed.data} />;
}
