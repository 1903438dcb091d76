import { useState } from "react";
import { useParams } from "react-router";
import type { CredentialView } from "#domains/talent/contract";
import { Button } from "../ui/button";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { TextInput } from "../ui/text-input";
import { useToast } from "../ui/toast";
import { CredentialsTable } from "./credentials-table";
import { problemText } from "./field-errors";
import { useRejectCredential, useVerifyCredential, useWorkerCredentials } from "./queries";

function ReviewButtons({ credential }: { credential: CredentialView }) {
  const notify = useToast();
  const verify = useVerifyCredential();
  const reject = useRejectCredential();
  const [reason, setReason] = useState("");
  if (credential.actions.length === 0) {
    return null;
  }
  const done = (word: string) => () => notify(`"${credential.name}" ${word}.`);
  const failed = (error: unknown) => notify(problemText(error), "error");
  return (
    <div className="stack-small">
      <Button
        size="small"
        variant="primary"
        isBusy={verify.isPending}
        onClick={() => verify.mutate(credential.id, { onSuccess: done("verified"), onError: failed })}
      >
        Verify {credential.name}
      </Button>
      <TextInput
        aria-label={`Reason to reject ${credential.name}`}
        placeholder="Reason to reject"
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <Button
        size="small"
        variant="danger"
        isBusy={reject.isPending}
        disabled={reason.trim() === ""}
        onClick={() => reject.mutate({ id: credential.id, reason }, { onSuccess: done("rejected"), onError: failed })}
      >
        Reject
      </Button>
    </div>
  );
}

/** /workers/:id/credentials for companies and staff: one worker's credentials, to verify or reject with a reason. */
export function WorkerCredentialsPage() {
  const { id = "" } = useParams();
  const list = useWorkerCredentials(id);
  const name = list.data?.items[0]?.workerName;
  return (
    <>
      <PageHeader
        eyebrow="Worker"
        title={name ? `${name}'s credentials` : "Credentials"}
        lead="Your company's review counts for your company only; Worklane staff's counts for every company without its own."
      />
      <Section title="Credentials">
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <CredentialsTable
            credentials={list.data.items}
            caption="The worker's credentials"
            action={(c) => <ReviewButtons credential={c} />}
          />
        )}
      </Section>
    </>
  );
}
