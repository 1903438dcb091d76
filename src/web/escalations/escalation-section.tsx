import { useId, useState } from "react";
import { Link } from "react-router";
import type { AssignmentView } from "#domains/assignments/views";
import { type CaseCategory, caseCategories } from "#domains/escalations/contract";
import { FilePicker } from "../messages/message-files";
import { Button } from "../ui/button";
import { DateTime } from "../ui/date-time";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { Select } from "../ui/select";
import { StatusBadge } from "../ui/status-badge";
import { TextArea } from "../ui/text-area";
import { TextInput } from "../ui/text-input";
import { useToast } from "../ui/toast";
import { categoryLabels, statusLabels } from "./labels";
import { useAttachCaseFile, useEscalations, useOpenEscalation } from "./queries";

const mayEscalate = new Set(["admin", "manager", "finance", "assignee"]);

function OpenCaseForm({ view }: { view: AssignmentView }) {
  const id = useId();
  const open = useOpenEscalation(view.id);
  const notify = useToast();
  const [category, setCategory] = useState<CaseCategory>("approval_delayed");
  const [details, setDetails] = useState("");
  const [desiredOutcome, setDesiredOutcome] = useState("");
  const [amount, setAmount] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const attach = useAttachCaseFile();
  const cents = amount.trim() === "" ? null : Math.round(Number(amount) * 100);
  return (
    <form
      className="stack"
      aria-label="Open an escalation case"
      onSubmit={(event) => {
        event.preventDefault();
        // The case first, then its files one by one (the case's own evidence); a refused file leaves the case open.
        open.mutate(
          { category, details, desiredOutcome, desiredAmount: cents },
          {
            onSuccess: async (opened) => {
              const sending = files;
              setFiles([]);
              attach.reset();
              for (const file of sending) {
                if (!(await attach.mutateAsync({ caseId: opened.id, file }).catch(() => null))) {
                  return;
                }
              }
              notify("Case opened. The Escalations Team answers within one business day.");
            },
          },
        );
      }}
    >
      {view.party === "assignee" ? (
        <p className="muted">
          Have you written to the client in the <a href="#messages">assignment's messages</a> first? Most problems are
          settled there.
        </p>
      ) : null}
      <label htmlFor={`${id}-category`}>Category</label>
      <Select
        id={`${id}-category`}
        value={category}
        onChange={(event) => setCategory(event.target.value as CaseCategory)}
        options={caseCategories.map((value) => ({ value, label: categoryLabels[value] }))}
      />
      <label htmlFor={`${id}-details`}>What happened</label>
      <TextArea id={`${id}-details`} rows={4} value={details} onChange={(e) => setDetails(e.target.value)} />
      <label htmlFor={`${id}-outcome`}>The outcome you hope for</label>
      <TextInput id={`${id}-outcome`} value={desiredOutcome} onChange={(e) => setDesiredOutcome(e.target.value)} />
      <label htmlFor={`${id}-amount`}>Amount involved ({view.currency}, optional)</label>
      <TextInput id={`${id}-amount`} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
      <FilePicker files={files} onChange={setFiles} />
      {open.isError ? <ProblemAlert error={open.error} /> : null}
      {attach.isError ? <ProblemAlert error={attach.error} /> : null}
      <span>
        <Button type="submit" variant="primary" isBusy={open.isPending}>
          Open a case
        </Button>
      </span>
    </form>
  );
}

/**
 * The assignment page's escalation section (issue 15, items 1 and 6): the date the window closes, the cases about
 * this assignment, and the form to open one for the parties who may.
 */
export function EscalationSection({ view }: { view: AssignmentView }) {
  const cases = useEscalations({ assignmentId: view.id });
  const [showForm, setShowForm] = useState(false);
  const items = cases.data?.items ?? [];
  const active = items.find((c) => c.status === "open" || c.status === "in_review");
  const closesAt = view.escalationWindowClosesAt;
  if (!closesAt && items.length === 0) {
    return null;
  }
  const windowOpen = closesAt !== null && new Date(closesAt) > new Date();
  const canOpen = windowOpen && !active && mayEscalate.has(view.party);
  return (
    <Section title="Escalation">
      {closesAt ? (
        <p>
          {windowOpen
            ? "Either side may escalate this assignment to the Escalations Team until "
            : "Escalation closed on "}
          <DateTime value={closesAt} /> (60 days after its last status change).
        </p>
      ) : null}
      {view.autoApprovalHeld ? (
        <p className="muted">Auto-approval and auto-pay are paused by an open escalation.</p>
      ) : null}
      {items.length > 0 ? (
        <ul>
          {items.map((c) => (
            <li key={c.id}>
              <Link to={`/escalations/${c.id}`}>{categoryLabels[c.category]}</Link>{" "}
              <StatusBadge status={c.status} label={statusLabels[c.status]} /> opened <DateTime value={c.openedAt} />
            </li>
          ))}
        </ul>
      ) : null}
      {canOpen && !showForm ? <Button onClick={() => setShowForm(true)}>Escalate…</Button> : null}
      {canOpen && showForm ? <OpenCaseForm view={view} /> : null}
    </Section>
  );
}
