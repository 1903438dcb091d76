import { useId, useState } from "react";
import type { MessageKind } from "#domains/messages/contract";
import type { MessageList, MessageView } from "#domains/messages/views";
import { useMe } from "../accounts/queries";
import { isProblem } from "../api";
import { ReportButton } from "../moderation/report-dialog";
import { Button } from "../ui/button";
import { DateTime } from "../ui/date-time";
import { Markdown } from "../ui/markdown";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { StatusBadge } from "../ui/status-badge";
import { TextArea } from "../ui/text-area";
import { useToast } from "../ui/toast";
import { FilePicker, MessageFiles } from "./message-files";
import { useAttachMessageFile, useEditMessage, useMessages, usePostMessage } from "./queries";

const kindText: Record<MessageKind, string> = { question: "Question", message: "Message", note: "Internal note" };
const postText: Record<MessageKind, string> = { question: "Ask a question", message: "Send message", note: "Add note" };

function minutes(value: number | null): string {
  if (value === null) {
    return "no answers yet";
  }
  return value < 60 ? `${Math.round(value)} min` : `${(value / 60).toFixed(1)} h`;
}

function Composer({ assignmentId, kinds }: { assignmentId: string; kinds: MessageKind[] }) {
  const [kind, setKind] = useState<MessageKind>(kinds[0] ?? "message");
  const [body, setBody] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const post = usePostMessage(assignmentId);
  const attach = useAttachMessageFile(assignmentId);
  const notify = useToast();
  const id = useId();
  // The message first, then its files one by one (one file per request); a refused file leaves the message posted.
  const submit = () =>
    post.mutate(
      { kind, body },
      {
        onSuccess: async (message) => {
          const sending = files;
          setBody("");
          setFiles([]);
          attach.reset();
          for (const file of sending) {
            const sent = await attach.mutateAsync({ messageId: message.id, file }).catch(() => null);
            if (!sent) {
              return;
            }
          }
          notify(kind === "note" ? "Note added." : "Sent.");
        },
      },
    );
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {kinds.length > 1 ? (
        <fieldset className="inline-list">
          <legend className="visually-hidden">Kind</legend>
          {kinds.map((k) => (
            <label key={k}>
              <input type="radio" name={`${id}-kind`} checked={kind === k} onChange={() => setKind(k)} /> {kindText[k]}
            </label>
          ))}
        </fieldset>
      ) : null}
      <label htmlFor={`${id}-body`} className="visually-hidden">
        {kindText[kind]}
      </label>
      <TextArea id={`${id}-body`} rows={3} value={body} onChange={(e) => setBody(e.target.value)} maxLength={10_000} />
      <FilePicker files={files} onChange={setFiles} />
      {post.isError ? <ProblemAlert error={post.error} /> : null}
      {attach.isError ? <ProblemAlert error={attach.error} /> : null}
      <span>
        <Button
          type="submit"
          variant="primary"
          size="small"
          isBusy={post.isPending || attach.isPending}
          disabled={!body.trim()}
        >
          {postText[kind]}
        </Button>
      </span>
    </form>
  );
}

function AnswerForm({ assignmentId, question }: { assignmentId: string; question: MessageView }) {
  const [body, setBody] = useState("");
  const [shared, setShared] = useState(false);
  const post = usePostMessage(assignmentId);
  const id = useId();
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        post.mutate({ kind: "message", body, replyTo: question.id, shared }, { onSuccess: () => setBody("") });
      }}
    >
      <label htmlFor={`${id}-answer`}>Your answer</label>
      <TextArea id={`${id}-answer`} rows={2} value={body} onChange={(e) => setBody(e.target.value)} />
      <label>
        <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} /> Share with every
        invited worker (the asker's name stays hidden)
      </label>
      {post.isError ? <ProblemAlert error={post.error} /> : null}
      <span>
        <Button type="submit" size="small" isBusy={post.isPending} disabled={!body.trim()}>
          Answer
        </Button>
      </span>
    </form>
  );
}

function EditForm({
  assignmentId,
  message,
  onDone,
}: {
  assignmentId: string;
  message: MessageView;
  onDone: () => void;
}) {
  const [body, setBody] = useState(message.body);
  const edit = useEditMessage(assignmentId);
  const id = useId();
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        edit.mutate({ messageId: message.id, body }, { onSuccess: onDone });
      }}
    >
      <label htmlFor={`${id}-edit`}>Edit</label>
      <TextArea id={`${id}-edit`} rows={2} value={body} onChange={(e) => setBody(e.target.value)} />
      {edit.isError ? <ProblemAlert error={edit.error} /> : null}
      <span className="inline-list">
        <Button type="submit" size="small" isBusy={edit.isPending}>
          Save
        </Button>
        <Button size="small" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </span>
    </form>
  );
}

function MessageItem(props: { assignmentId: string; message: MessageView; canAnswer: boolean }) {
  const { assignmentId, message, canAnswer } = props;
  const [isEditing, setIsEditing] = useState(false);
  const me = useMe();
  // Anyone may report what the other side wrote (issue 15 item 7); a company's internal notes never reach the other side.
  const reportable = message.kind !== "note" && me.data && message.author?.id !== me.data.id;
  return (
    <li className={message.kind === "note" ? "message message--note" : "message"} data-testid="message">
      <p className="small">
        <strong>{message.author?.name ?? "An invited worker"}</strong> · {kindText[message.kind]}
        {message.replyTo ? " (answer)" : null}
        {message.shared ? " · shared with all invitees" : null} · <DateTime value={message.createdAt} />
        {message.editedAt ? <span className="muted"> · edited</span> : null}{" "}
        {message.kind === "question" && !message.answered ? <StatusBadge status="open" tone="warning" /> : null}
      </p>
      {isEditing ? (
        <EditForm assignmentId={assignmentId} message={message} onDone={() => setIsEditing(false)} />
      ) : (
        <Markdown source={message.body} headingOffset={2} />
      )}
      <MessageFiles files={message.files} />
      {message.edits.length > 0 ? (
        <details className="small">
          <summary>Earlier versions</summary>
          <ul>
            {message.edits.map((e) => (
              <li key={e.editedAt}>
                <DateTime value={e.editedAt} />: {e.body}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {message.editable && !isEditing ? (
        <Button size="small" variant="ghost" onClick={() => setIsEditing(true)}>
          Edit
        </Button>
      ) : null}
      {reportable ? <ReportButton subjectType="message" subjectId={message.id} /> : null}
      {canAnswer && message.kind === "question" && !message.answered ? (
        <AnswerForm assignmentId={assignmentId} question={message} />
      ) : null}
    </li>
  );
}

function ResponseTimes({ data }: { data: MessageList }) {
  const { company, worker } = data.responseTimes;
  return (
    <p className="muted small" data-testid="response-times">
      Median first answer: company {minutes(company.medianMinutes)}, worker {minutes(worker.medianMinutes)}.
    </p>
  );
}

/** The conversation on the assignment page: questions and answers, the thread with the worker, internal notes. */
export function MessagesSection({ assignmentId }: { assignmentId: string }) {
  const messages = useMessages(assignmentId);
  if (messages.isPending || (messages.isError && isProblem(messages.error, "not_found"))) {
    return null;
  }
  if (messages.isError) {
    return <ProblemAlert error={messages.error} />;
  }
  const data = messages.data;
  const canAnswer = data.canAnswer;
  return (
    <Section
      title="Messages"
      description={
        data.openQuestions > 0
          ? `${data.openQuestions} open question${data.openQuestions === 1 ? "" : "s"}. Internal notes are never shown to workers.`
          : "Questions, the thread with the worker and internal notes (never shown to workers)."
      }
    >
      <ResponseTimes data={data} />
      {data.items.length === 0 ? <p className="muted">No messages yet.</p> : null}
      {data.items.length > 0 ? (
        <ul className="link-list" aria-label="Messages">
          {data.items.map((message) => (
            <MessageItem key={message.id} assignmentId={assignmentId} message={message} canAnswer={canAnswer} />
          ))}
        </ul>
      ) : null}
      {data.canPost.length > 0 ? (
        <Composer key={data.canPost.join()} assignmentId={assignmentId} kinds={data.canPost} />
      ) : null}
    </Section>
  );
}
