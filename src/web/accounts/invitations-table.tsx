import { useState } from "react";
import type { Invitation } from "#domains/accounts/contract";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { DateTime } from "../ui/date-time";
import { StatusBadge } from "../ui/status-badge";
import { useToast } from "../ui/toast";
import { useRevokeInvitation } from "./queries";
import { roleLabels } from "./role-labels";

export function InvitationsTable({ invitations }: { invitations: Invitation[] }) {
  const notify = useToast();
  const revoke = useRevokeInvitation();
  const [toRevoke, setToRevoke] = useState<Invitation | null>(null);

  const confirmRevoke = () => {
    if (!toRevoke) {
      return;
    }
    revoke.mutate(toRevoke.id, {
      onSuccess: (invitation) => notify(`The invitation to ${invitation.email} is revoked.`),
      onError: (error) => notify(error.message, "error"),
      onSettled: () => setToRevoke(null),
    });
  };

  return (
    <div className="table-wrap">
      <table className="table" data-testid="invitations">
        <caption className="visually-hidden">Invitations</caption>
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Invited by</th>
            <th scope="col">Expires</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => (
            <tr key={invitation.id}>
              <td className="break">{invitation.email}</td>
              <td data-label="Role">{roleLabels[invitation.role].label}</td>
              <td data-label="Status">
                <StatusBadge status={invitation.status} />
              </td>
              <td data-label="Invited by">{invitation.invitedBy}</td>
              <td data-label="Expires">
                <DateTime value={invitation.expiresAt} isDateOnly />
              </td>
              <td className="table__actions">
                {invitation.status === "pending" ? (
                  <Button size="small" variant="danger" onClick={() => setToRevoke(invitation)}>
                    Revoke<span className="visually-hidden"> the invitation to {invitation.email}</span>
                  </Button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ConfirmDialog
        isOpen={toRevoke !== null}
        title="Revoke this invitation?"
        confirmLabel="Revoke invitation"
        isBusy={revoke.isPending}
        onConfirm={confirmRevoke}
        onClose={() => setToRevoke(null)}
      >
        <p>The link sent to {toRevoke?.email} will stop working.</p>
      </ConfirmDialog>
    </div>
  );
}
