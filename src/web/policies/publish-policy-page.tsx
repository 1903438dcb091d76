import { useSearchParams } from "react-router";
import { PolicyKind, policyKindLabels, policyKinds } from "#domains/policies/contract";
import { Field } from "../ui/field";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { Select } from "../ui/select";
import { PublishForm } from "./publish-form";
import { usePolicyDocument } from "./queries";

const kindOptions = policyKinds.map((kind) => ({ value: kind, label: policyKindLabels[kind] }));

/** /staff/policies: staff admins publish a new version of a policy. */
export function PublishPolicyPage() {
  const [params, setParams] = useSearchParams();
  const parsed = PolicyKind.safeParse(params.get("kind"));
  const kind = parsed.success ? parsed.data : "terms_of_service";
  const document = usePolicyDocument(kind);

  return (
    <>
      <PageHeader
        eyebrow="Staff"
        title="Publish a policy version"
        lead="Versions are never edited: each change is a new version that people accept again."
      />
      <Section title="Policy">
        <Field label="Which policy">
          {(control) => (
            <Select
              {...control}
              options={kindOptions}
              value={kind}
              onChange={(event) => setParams({ kind: event.target.value }, { replace: true })}
            />
          )}
        </Field>
      </Section>
      {document.isPending ? <Loading /> : null}
      {document.isError ? <ProblemAlert error={document.error} onRetry={() => void document.refetch()} /> : null}
      {document.data ? (
        <Section title={`Next version of ${document.data.label}`}>
          <PublishForm key={`${kind}-${document.data.current.version}`} document={document.data} />
        </Section>
      ) : null}
    </>
  );
}
