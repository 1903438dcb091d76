import { useSession } from "../shell/use-session";
import { EmptyState } from "../ui/empty-state";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { InvitationsTable } from "./invitations-table";
import { InviteForm } from "./invite-form";
import { MembersTable } from "./members-table";
import { useInvitations, useMembers } from "./queries";

/** /company/team: who is in the company and with which role; admins also invite, change roles and remove. */
export function TeamPage() {
  const me = useSession();
  const isAdmin = me.company?.role === "admin";
  const members = useMembers();
  const invitations = useInvitations(isAdmin);

  return (
    <>
      <PageHeader
        eyebrow={me.company?.name}
        title="Team"
        lead={isAdmin ? "Invite teammates and choose what each may do." : "The people of your company and their roles."}
      />
      {isAdmin ? (
        <Section title="Invite a teammate" description="They get an email with a link that works for 14 days.">
          <InviteForm />
        </Section>
      ) : null}
      <Section title="Members">
        {members.isPending ? <Loading /> : null}
        {members.isError ? <ProblemAlert error={members.error} onRetry={() => void members.refetch()} /> : null}
        {members.data ? <MembersTable members={members.data.items} canManage={isAdmin} myId={me.id} /> : null}
      </Section>
      {isAdmin ? (
        <Section title="Invitations">
          {invitations.isPending ? <Loading /> : null}
          {invitations.isError ? <ProblemAlert error={invitations.error} /> : null}
          {invitations.data?.items.length === 0 ? <EmptyState title="No invitations sent yet." /> : null}
          {invitations.data && invitations.data.items.length > 0 ? (
            <InvitationsTable invitations={invitations.data.items} />
          ) : null}
        </Section>
      ) : null}
    </>
  );
}
