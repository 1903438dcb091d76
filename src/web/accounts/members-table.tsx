import { useState } from "react";
import type { CompanyRole, Member } from "#domains/accounts/contract";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { DateTime } from "../ui/date-time";
import { Select } from "../ui/select";
import { StatusBadge } from "../ui/status-badge";
import { useToast } from "../ui/toast";
import { roleOptions } from "./invite-form";
import { useChangeMemberRole, useRemoveMember } from "./queries";
import { roleLabels } from "./role-labels";

/** The team; admins get a role select and a remove button per row (the server enforces both). */
export function MembersTable({ members, canManage, myId }: { members: Member[]; canManage: boolean; myId: string }) {
  const notify = useToast();
  const changeRole = useChangeMemberRole();
  const remove = useRemoveMember();
  const [toRemove, setToRemove] = useState<Member | null>(null);

  const onRoleChange = (member: Member, role: CompanyRole) =>
    changeRole.mutate(
      { userId: member.userId, role },
      {
        onSuccess: () => notify(`${member.name} is now ${roleLabels[role].label.toLowerCase()}.`),
        onError: (error) => notify(error.message, "error"),
      },
    );

  const confirmRemove = () => {
    if (!toRemove) {
      return;
    }
    remove.mutate(toRemove.userId, {
      onSuccess: () => notify(`${toRemove.name} was removed from the team.`),
      onError: (error) => notify(error.message, "error"),
      onSettled: () => setToRemove(null),
    });
  };

  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Team members</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Joined</th>
            {canManage ? (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.userId}>
              <td>
                {member.name}
                {member.userId === myId ? <span className="muted small"> (you)</span> : null}
              </td>
              <td data-label="Email" className="break">
                {member.email}
              </td>
              <td data-label="Role">
                {canManage ? (
                  <Select
                    aria-label={`Role of ${member.name}`}
                    options={roleOptions}
                    value={member.role}
                    disabled={changeRole.isPending}
                    onChange={(event) => onRoleChange(member, event.target.value as CompanyRole)}
                  />
                ) : (
                  <StatusBadge status={member.role} tone="neutral" label={roleLabels[member.role].label} />
                )}
              </td>
              <td data-label="Joined">
                <DateTime value={member.joinedAt} isDateOnly />
              </td>
              {canManage ? (
                <td className="table__actions">
                  <Button size="small" variant="danger" onClick={() => setToRemove(member)}>
                    Remove<span className="visually-hidden"> {member.name}</span>
                  </Button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      <ConfirmDialog
        isOpen={toRemove !== null}
        title={`Remove ${toRemove?.name ?? "this member"}?`}
        confirmLabel="Remove from team"
        isBusy={remove.isPending}
        onConfirm={confirmRemove}
        onClose={() => setToRemove(null)}
      >
        <p>They lose access to the company at once. You can invite them again later.</p>
      </ConfirmDialog>
    </div>
  );
}
