import type { CredentialView } from "#domains/talent/contract";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { useToast } from "../ui/toast";
import { CredentialForm } from "./credential-form";
import { CredentialsTable } from "./credentials-table";
import { problemText } from "./field-errors";
import { useMyCredentials, useUploadCredentialDocument } from "./queries";

function DocumentUpload({ credential }: { credential: CredentialView }) {
  const notify = useToast();
  const upload = useUploadCredentialDocument();
  return (
    <label className="small">
      {credential.document ? "Replace document" : "Upload document"}
      <input
        type="file"
        accept="image/*,application/pdf"
        aria-label={`Document for ${credential.name}`}
        disabled={upload.isPending}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) {
            upload.mutate(
              { id: credential.id, file },
              {
                onSuccess: () => notify(`Document for "${credential.name}" uploaded.`),
                onError: (error) => notify(problemText(error), "error"),
              },
            );
          }
        }}
      />
    </label>
  );
}

/** /credentials for workers: what they hold, its status with each company's and Worklane's review, and adding more. */
export function CredentialsPage() {
  const mine = useMyCredentials();
  return (
    <>
      <PageHeader
        title="Credentials"
        lead="Certifications, licences, insurance and screenings. Companies check them against the requirements of their work; a credential counts once verified and until the end of its expiry day."
      />
      <div className="grid grid--sidebar">
        <Section title="Your credentials">
          {mine.isPending ? (
            <Loading />
          ) : mine.isError ? (
            <ProblemAlert error={mine.error} onRetry={() => void mine.refetch()} />
          ) : (
            <CredentialsTable
              credentials={mine.data.items}
              caption="Your credentials"
              action={(c) => <DocumentUpload credential={c} />}
            />
          )}
        </Section>
        <Section title="Add a credential">
          <CredentialForm />
        </Section>
      </div>
    </>
  );
}
