import { RecordHistory } from "../history/record-history";
import { ButtonLink } from "../ui/button";
import { Loading } from "../ui/loading";
import { Markdown } from "../ui/markdown";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { CompanyFacts } from "./company-facts";
import { CompanyProfileForm } from "./company-profile-form";
import { useMyCompany } from "./queries";

/** /company/profile: admins edit the profile (the server's `actions` says who may); others read it. */
export function CompanyProfilePage() {
  const company = useMyCompany();
  if (company.isPending) {
    return <Loading />;
  }
  if (company.isError) {
    return <ProblemAlert error={company.error} onRetry={() => void company.refetch()} />;
  }
  const data = company.data;
  const canEdit = data.actions.includes("update");
  return (
    <>
      <PageHeader
        eyebrow="Company"
        title={canEdit ? "Company profile" : data.name}
        lead={canEdit ? "What workers see about you before they accept your work." : undefined}
        actions={
          <>
            <ButtonLink to={`/companies/${data.id}`} size="small">
              View public page
            </ButtonLink>
            {data.actions.includes("update_settings") ? (
              <ButtonLink to="/company/settings" size="small">
                Settings
              </ButtonLink>
            ) : null}
            {data.actions.includes("update_settings") ? (
              <ButtonLink to="/company/webhooks" size="small">
                Webhooks
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <div className="grid grid--sidebar">
        <div>
          {canEdit ? (
            <Section title="Profile">
              <CompanyProfileForm company={data} />
            </Section>
          ) : (
            <Section title="About">
              {data.about ? <Markdown source={data.about} /> : <p className="muted">No description yet.</p>}
              <CompanyFacts {...data} place={data.headquarters} />
            </Section>
          )}
        </div>
        <Section title="History" description="Every change to the company, by whom and when.">
          <RecordHistory subject={`company:${data.id}`} />
        </Section>
      </div>
    </>
  );
}
