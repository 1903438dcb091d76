/** The pieces of a pool the company's pages share: its members, inviting a worker, a message to all members. */
import { useState } from "react";
import { MessagePool, type PoolView } from "#domains/talent/pools/contract";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { StatusBadge } from "../ui/status-badge";
import { TextArea } from "../ui/text-area";
import { TextInput } from "../ui/text-input";
import { useToast } from "../ui/toast";
import { type FieldErrors, issuesToErrors, problemText, problemToErrors } from "./field-errors";
import { useApprovePoolMember, useInviteToPool, useMessagePool } from "./queries";

export function Members({ pool }: { pool: PoolView }) {
  const notify = useToast();
  const approve = useApprovePoolMember();
  if (pool.members.length === 0) {
    return <p className="muted">No members yet.</p>;
  }
  return (
    <ul className="stack-small" aria-label={`Members of ${pool.name}`}>
      {pool.members.map((m) => (
        <li key={m.workerId}>
          {m.name} <StatusBadge status={m.status} />
          {m.removeAfter ? (
            <span className="muted small"> leaves {m.removeAfter.slice(0, 10)} unless they meet the set</span>
          ) : null}
          {m.status === "pending" && pool.actions.includes("approve") ? (
            <Button
              size="small"
              onClick={() =>
                approve.mutate(
                  { id: pool.id, workerId: m.workerId },
                  { onSuccess: () => notify(`${m.name} joined.`), onError: (e) => notify(problemText(e), "error") },
                )
              }
            >
              Approve {m.name}
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function Invite({ pool }: { pool: PoolView }) {
  const notify = useToast();
  const invite = useInviteToPool();
  const [workerId, setWorkerId] = useState("");
  return (
    <div className="form--inline">
      <TextInput
        aria-label={`Worker id to invite to ${pool.name}`}
        placeholder="Worker id"
        value={workerId}
        onChange={(event) => setWorkerId(event.target.value.trim())}
      />
      <Button
        size="small"
        disabled={workerId === ""}
        onClick={() =>
          invite.mutate(
            { id: pool.id, workerId },
            { onSuccess: () => notify("Invitation sent."), onError: (e) => notify(problemText(e), "error") },
          )
        }
      >
        Invite
      </Button>
    </div>
  );
}

/** A message to every member (and flagged member) of the pool, by email. */
export function MessageMembers({ pool }: { pool: PoolView }) {
  const notify = useToast();
  const message = useMessagePool();
  const [subject, setSubject] = useState("");
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const members = pool.members.filter((m) => m.status === "member" || m.status === "flagged").length;
  return (
    <form
      className="form"
      noValidate
      aria-label={`Message the members of ${pool.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = MessagePool.safeParse({ subject, text });
        if (!parsed.success) {
          setErrors(issuesToErrors(parsed.error));
          return;
        }
        setErrors({});
        message.mutate(
          { id: pool.id, body: parsed.data },
          {
            onSuccess: (sent) => {
              notify(
                `Sent to ${sent.recipients} member${sent.recipients === 1 ? "" : "s"}${sent.blocked > 0 ? ` (${sent.blocked} left out: blocked)` : ""}.`,
              );
              setSubject("");
              setText("");
            },
            onError: (e) => {
              setErrors(problemToErrors(e));
              notify(problemText(e), "error");
            },
          },
        );
      }}
    >
      <Field label={`Subject of the message to ${pool.name}`} error={errors.subject}>
        {(control) => <TextInput {...control} value={subject} onChange={(e) => setSubject(e.target.value)} />}
      </Field>
      <Field
        label={`Message to the members of ${pool.name}`}
        hint={members === 1 ? "An email to the pool's one member." : `An email to each of the ${members} members.`}
        error={errors.text}
      >
        {(control) => <TextArea {...control} rows={4} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <Button type="submit" size="small" isBusy={message.isPending} disabled={members === 0}>
        Send to all members
      </Button>
    </form>
  );
}
