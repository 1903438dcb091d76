import { type FormEvent, useState } from "react";
import type { AgreementView } from "#domains/talent/agreements/contract";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { FormProblem } from "../ui/form-problem";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { TextInput } from "../ui/text-input";
import { useToast } from "../ui/toast";
import {
  useAgreements,
  useAskToSign,
  useCreateAgreement,
  useSignAgreement,
  useUploadAgreementVersion,
} from "./agreements-queries";
import { problemText } from "./field-errors";

/** A version upload: the label and the file (PDF or a scan). */
function VersionForm({ id, title, onDone }: { id: string; title: string; onDone?: () => void }) {
  const notify = useToast();
  const upload = useUploadAgreementVersion();
  const [version, setVersion] = useState("");
  const [file, setFile] = useState<File | null>(null);
  return (
    <form
      className="form--inline"
      aria-label={`New version of ${title}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!file) {
          notify("Choose the document first.", "error");
          return;
        }
        upload.mutate(
          { id, version, file },
          {
            onSuccess: () => {
              notify("The new version is current; workers sign it again.");
              setVersion("");
              onDone?.();
            },
            onError: (e) => notify(problemText(e), "error"),
          },
        );
      }}
    >
      <TextInput
        aria-label={`Version label of ${title}`}
        placeholder="Version, e.g. 2026-1"
        value={version}
        onChange={(e) => setVersion(e.target.value)}
      />
      <input
        type="file"
        aria-label={`Document of ${title}`}
        accept="application/pdf,image/*"
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />
      <Button size="small" type="submit" isBusy={upload.isPending}>
        Upload version
      </Button>
    </form>
  );
}

function Ask({ agreement }: { agreement: AgreementView }) {
  const notify = useToast();
  const ask = useAskToSign();
  const [workerId, setWorkerId] = useState("");
  return (
    <div className="form--inline">
      <TextInput
        aria-label={`Worker id to ask to sign ${agreement.title}`}
        placeholder="Worker id"
        value={workerId}
        onChange={(e) => setWorkerId(e.target.value.trim())}
      />
      <Button
        size="small"
        disabled={workerId === ""}
        onClick={() =>
          ask.mutate(
            { id: agreement.id, workerIds: [workerId] },
            { onSuccess: () => notify("Asked to sign."), onError: (e) => notify(problemText(e), "error") },
          )
        }
      >
        Ask to sign
      </Button>
    </div>
  );
}

function Sign({ agreement }: { agreement: AgreementView }) {
  const notify = useToast();
  const sign = useSignAgreement();
  const [fullName, setFullName] = useState("");
  const current = agreement.current;
  if (!current) {
    return null;
  }
  return (
    <form
      className="form"
      aria-label={`Sign ${agreement.title}`}
      onSubmit={(event) => {
        event.preventDefault();
        sign.mutate(
          { id: agreement.id, versionId: current.id, fullName },
          { onSuccess: () => notify("Signed."), onError: (e) => notify(problemText(e), "error") },
        );
      }}
    >
      <Field
        label="Type your full name to sign"
        hint={`You sign version ${current.label} (SHA-256 ${current.sha256.slice(0, 12)}…).`}
      >
        {(control) => <TextInput {...control} value={fullName} onChange={(e) => setFullName(e.target.value)} />}
      </Field>
      <Button type="submit" variant="primary" isBusy={sign.isPending}>
        Sign {agreement.title}
      </Button>
    </form>
  );
}

function AgreementCard({ agreement }: { agreement: AgreementView }) {
  const current = agreement.current;
  const manage = agreement.actions.includes("upload_version");
  return (
    <Section title={agreement.title} description={agreement.companyName}>
      {current ? (
        <p>
          <a href={current.url} target="_blank" rel="noreferrer">
            Read version {current.label} ({current.fileName})
          </a>
        </p>
      ) : (
        <p className="muted">No document yet.</p>
      )}
      <ul className="stack-small" aria-label={`Signatures of ${agreement.title}`}>
        {agreement.signatures.map((s) => (
          <li key={`${s.workerId}-${s.versionId}`}>
            {s.fullName} signed version {s.versionLabel} on {new Date(s.signedAt).toLocaleString()}
            {s.current ? "" : " (an older version)"}
          </li>
        ))}
      </ul>
      {agreement.actions.includes("sign") ? <Sign agreement={agreement} /> : null}
      {manage ? <VersionForm id={agreement.id} title={agreement.title} /> : null}
      {manage && current ? <Ask agreement={agreement} /> : null}
    </Section>
  );
}

function NewAgreement() {
  const create = useCreateAgreement();
  const [title, setTitle] = useState("");
  const [created, setCreated] = useState<{ id: string; title: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    try {
      const agreement = await create.mutateAsync(title);
      setCreated({ id: agreement.id, title: agreement.title });
      setProblem(null);
    } catch (error) {
      setProblem(problemText(error));
    }
  }
  if (created) {
    return (
      <>
        <p>Now upload the document of "{created.title}".</p>
        <VersionForm id={created.id} title={created.title} onDone={() => setCreated(null)} />
      </>
    );
  }
  return (
    <form className="form" aria-label="New agreement" onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormProblem message={problem} />
      <Field label="Agreement title">
        {(control) => <TextInput {...control} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Button type="submit" variant="primary" isBusy={create.isPending}>
        Create agreement
      </Button>
    </form>
  );
}

/** /company/agreements (upload, ask, signatures) and /agreements (a worker reads and signs). */
export function AgreementsPage({ isCompany }: { isCompany: boolean }) {
  const list = useAgreements();
  const items = list.isPending ? (
    <Loading />
  ) : list.isError ? (
    <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
  ) : list.data.items.length === 0 ? (
    <p>No agreements yet.</p>
  ) : (
    list.data.items.map((a) => <AgreementCard key={a.id} agreement={a} />)
  );
  return (
    <>
      <PageHeader
        title="Agreements"
        lead={
          isCompany
            ? "Documents workers sign in Worklane; a requirement set can ask for the current version signed."
            : "Documents companies asked you to sign. Read them, then sign with your typed full name."
        }
      />
      {isCompany ? (
        <div className="grid grid--sidebar">
          <div>{items}</div>
          <Section title="New agreement">
            <NewAgreement />
          </Section>
        </div>
      ) : (
        items
      )}
    </>
  );
}

export const CompanyAgreementsPage = () => <AgreementsPage isCompany />;
export const WorkerAgreementsPage = () => <AgreementsPage isCompany={false} />;
