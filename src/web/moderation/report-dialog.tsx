import { useId, useState } from "react";
import type { ReportSubject } from "#domains/moderation/contract";
import { type RuleId, violationRules } from "#shared/violation-rules";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { ProblemAlert } from "../ui/problem-alert";
import { Select } from "../ui/select";
import { TextArea } from "../ui/text-area";
import { useToast } from "../ui/toast";
import { subjectLabels } from "./labels";
import { useFileReport } from "./queries";

/**
 * "Report" on a person, a company, an assignment, a message or a review (issue 15, item 7): a named rule of the
 * Community Violation Guidelines, what happened, and evidence files. The reported party is never told who reported.
 */
export function ReportButton({ subjectType, subjectId }: { subjectType: ReportSubject; subjectId: string }) {
  const id = useId();
  const [isOpen, setOpen] = useState(false);
  const [rule, setRule] = useState<RuleId>("CVG-1.3");
  const [details, setDetails] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const file = useFileReport();
  const notify = useToast();
  const close = () => {
    setOpen(false);
    file.reset();
  };
  return (
    <>
      <Button variant="ghost" onClick={() => setOpen(true)}>
        Report
      </Button>
      <ConfirmDialog
        isOpen={isOpen}
        title={`Report this ${subjectLabels[subjectType]}`}
        confirmLabel="Send report"
        tone="primary"
        isBusy={file.isPending}
        onClose={close}
        onConfirm={() =>
          file.mutate(
            { input: { subjectType, subjectId, rule, details }, files },
            {
              onSuccess: () => {
                close();
                setDetails("");
                setFiles([]);
                notify("Report sent. Trust & Safety reviews it; follow it under My reports.");
              },
            },
          )
        }
      >
        <div className="stack">
          <p className="muted">
            Trust &amp; Safety reviews every report. The person or company you report is never told who reported them.
          </p>
          <label htmlFor={`${id}-rule`}>Which rule was broken</label>
          <Select
            id={`${id}-rule`}
            value={rule}
            onChange={(event) => setRule(event.target.value as RuleId)}
            options={violationRules.map((r) => ({ value: r.id, label: `${r.id} ${r.title}` }))}
          />
          <label htmlFor={`${id}-details`}>What happened</label>
          <TextArea id={`${id}-details`} rows={4} value={details} onChange={(e) => setDetails(e.target.value)} />
          <label htmlFor={`${id}-files`}>Evidence (images or PDF, optional)</label>
          <input
            id={`${id}-files`}
            type="file"
            multiple
            accept="image/*,application/pdf"
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
          />
          {file.isError ? <ProblemAlert error={file.error} /> : null}
        </div>
      </ConfirmDialog>
    </>
  );
}
