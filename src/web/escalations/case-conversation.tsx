import { useId, useState } from "react";
import type { EscalationView } from "#domains/escalations/views";
import { FilePicker, MessageFiles } from "../messages/message-files";
import { Button } from "../ui/button";
import { DateTime } from "../ui/date-time";
import { Markdown } from "../ui/markdown";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { StatusBadge } from "../ui/status-badge";
import { TextArea } from "../ui/text-area";
import { useToast } from "../ui/toast";
import { sideLabels } from "./labels";
import { useAttachCaseFile, usePostCaseMessage } from "./queries";

/** The conversation among the parties and the team; the team also writes private notes here. */
export function CaseConversation({ view }: { view: EscalationView }) {
  const id = useId();
  const post = usePostCaseMessage(view.id);
  const notify = useToast();
  const [body, setBody] = useState("");
  const [privateNote, setPrivateNote] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const attach = useAttachCaseFile();
  const canWrite = view.actions.some((a) => a === "message" || a === "reply");
  const canNote = view.actions.includes("note");
  return (
    <Section title="Conversation">
      {view.messages.length === 0 ? <p className="muted">No messages yet.</p> : null}
      <ol className="stack" aria-label="Messages">
        {view.messages.map((m) => (
          <li key={m.id}>
            <p>
              <strong>{m.author.name}</strong> ({sideLabels[m.author.side]}) <DateTime value={m.createdAt} />{" "}
              {m.visibility === "team" ? (
                <StatusBadge status="private" label="Private staff note" tone="warning" />
              ) : null}
            </p>
            <Markdown source={m.body} />
            <MessageFiles files={view.files.filter((f) => f.messageId === m.id)} />
          </li>
        ))}
      </ol>
      {canWrite || canNote ? (
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            const visibility = privateNote ? "team" : "parties";
            // The message first, then its files one by one, as in the assignment thread; a refused file leaves the
            // message posted. The answer carries the new message, whose id the files name.
            post.mutate(
              { body, visibility },
              {
                onSuccess: async (answer) => {
                  const sending = files;
                  setBody("");
                  setFiles([]);
                  attach.reset();
                  for (const file of sending) {
                    const sent = await attach
                      .mutateAsync({ caseId: view.id, messageId: answer.message.id, file })
                      .catch(() => null);
                    if (!sent) {
                      return;
                    }
                  }
                  notify(privateNote ? "Note added." : "Sent to both sides.");
                },
              },
            );
          }}
        >
          <label htmlFor={`${id}-body`}>{privateNote ? "Private note (team only)" : "Message"}</label>
          <TextArea id={`${id}-body`} rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
          {canNote ? (
            <label>
              <input type="checkbox" checked={privateNote} onChange={(e) => setPrivateNote(e.target.checked)} /> Private
              staff note, never shown to the parties
            </label>
          ) : null}
          <FilePicker files={files} onChange={setFiles} />
          {post.isError ? <ProblemAlert error={post.error} /> : null}
          {attach.isError ? <ProblemAlert error={attach.error} /> : null}
          <span>
            <Button type="submit" variant="primary" size="small" isBusy={post.isPending} disabled={!body.trim()}>
              {privateNote ? "Add note" : "Send"}
            </Button>
          </span>
        </form>
      ) : null}
    </Section>
  );
}
