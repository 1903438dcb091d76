import { useSession } from "../shell/use-session";
import { ButtonLink } from "../ui/button";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { useMyWorkerProfile } from "./queries";
import { WorkerProfileForm } from "./worker-profile-form";

/** /profile: the worker edits their own profile. */
export function WorkerProfilePage() {
  const me = useSession();
  const profile = useMyWorkerProfile();
  return (
    <>
      <PageHeader
        title="Your worker profile"
        lead="Clients read this before they send you work. Only your city is public, never your address."
        actions={
          <ButtonLink to={`/workers/${me.id}`} size="small">
            View public page
          </ButtonLink>
        }
      />
      {profile.isPending ? <Loading /> : null}
      {profile.isError ? <ProblemAlert error={profile.error} onRetry={() => void profile.refetch()} /> : null}
      {profile.data ? (
        <Section title="Profile">
          <WorkerProfileForm profile={profile.data} />
        </Section>
      ) : null}
    </>
  );
}
