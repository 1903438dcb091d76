import { useParams } from "react-router";
import { Id } from "#shared/fields";
import { useMe } from "../accounts/queries";
import { isProblem } from "../api";
import { ReportButton } from "../moderation/report-dialog";
import { CompanyScorecardCard } from "../ratings/scorecard-summary";
import { NotFoundPage } from "../shell/not-found-page";
import { Loading } from "../ui/loading";
import { Markdown } from "../ui/markdown";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { BlockButton } from "./blocks-section";
import { CompanyFacts } from "./company-facts";
import { usePublicCompany } from "./queries";

function PublicCompanyView({ id }: { id: string }) {
  const company = usePublicCompany(id);
  const me = useMe();
  if (company.isPending) {
    return <Loading />;
  }
  if (isProblem(company.error, "not_found")) {
    return <NotFoundPage what="company" />;
  }
  if (company.isError) {
    return <ProblemAlert error={company.error} onRetry={() => void company.refetch()} />;
  }
  const data = company.data;
  return (
    <>
      <PageHeader
        eyebrow="Company"
        title={data.name}
        lead={data.industry ?? undefined}
        actions={
          me.data && me.data.company?.id !== id ? (
            <>
              {me.data.accountType === "worker" ? <BlockButton target={{ companyId: id }} /> : null}
              <ReportButton subjectType="company" subjectId={id} />
            </>
          ) : undefined
        }
      />
      <div className="grid grid--sidebar">
        <Section title="About">
          {data.about ? (
            <Markdown source={data.about} />
          ) : (
            <p className="muted">This company has not written about itself yet.</p>
          )}
        </Section>
        <Section title="Facts">
          <CompanyFacts {...data} place={data.headquarters} />
          <CompanyScorecardCard companyId={id} name={data.name} loggedIn={Boolean(me.data)} />
        </Section>
      </div>
    </>
  );
}

/** /companies/:id: what anyone, workers first, can read about a client company. */
export function CompanyPage() {
  const parsed = Id.safeParse(useParams().id);
  return parsed.success ? <PublicCompanyView key={parsed.data} id={parsed.data} /> : <NotFoundPage what="company" />;
}
