import { useState } from "react";
import { Link } from "react-router";
import type { ImportReport } from "#domains/assignments/templates/contract";
import { templateLimits } from "#domains/assignments/templates/contract";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { FormProblem } from "../ui/form-problem";
import { PageHeader } from "../ui/page-header";
import { Section } from "../ui/section";
import { Select } from "../ui/select";
import { useImportCsv, useTemplates } from "./templates-queries";
import { useDialogAction } from "./use-dialog-action";

/** What the import did, row by row: the drafts made (links) and the rows refused, with the column and the reason. */
function ImportResult({ report }: { report: ImportReport }) {
  return (
    <Section title="Result" description={`${report.created.length} of ${report.rows} rows became drafts.`}>
      {report.created.length > 0 ? (
        <ul className="link-list" aria-label="Drafts created">
          {report.created.map((row) => (
            <li key={row.assignmentId}>
              Line {row.line}: <Link to={`/assignments/${row.assignmentId}`}>{row.title}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      {report.refused.length > 0 ? (
        <ul className="link-list" aria-label="Rows refused">
          {report.refused.map((row) => (
            <li key={row.line}>
              <strong>Line {row.line} refused:</strong>{" "}
              {row.errors.map((error) => `${error.column ? `${error.column}: ` : ""}${error.message}`).join("; ")}
            </li>
          ))}
        </ul>
      ) : null}
    </Section>
  );
}

/** /assignments/import: bulk create drafts from a CSV file, optionally on top of a template. */
export function ImportAssignmentsPage() {
  const templates = useTemplates();
  const importCsv = useImportCsv();
  const [file, setFile] = useState<File | null>(null);
  const [templateId, setTemplateId] = useState("");
  const [report, setReport] = useState<ImportReport | null>(null);
  const action = useDialogAction(() => undefined);

  const upload = () =>
    void action.run(async () => {
      if (!file) {
        throw new Error("Choose a CSV file first.");
      }
      setReport(await importCsv.mutateAsync({ csv: await file.text(), templateId: templateId || null }));
    });

  return (
    <>
      <PageHeader
        eyebrow="Assignments"
        title="Import assignments from CSV"
        lead={
          <>
            One draft per row, each created whole or refused with its reasons. The columns are listed in the{" "}
            <a href="/docs">API reference</a> (importAssignmentsCsv).
          </>
        }
      />
      <Section title="File">
        <FormProblem message={action.problem} />
        <div className="form">
          <Field label="CSV file" hint={`UTF-8 with a header row; at most ${templateLimits.csvRows} rows and 1 MB.`}>
            {(control) => (
              <input
                {...control}
                className="input"
                type="file"
                accept=".csv,text/csv"
                onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              />
            )}
          </Field>
          <Field label="Start each row from a template" isOptional hint="Empty cells keep the template's values.">
            {(control) => (
              <Select
                {...control}
                placeholder="No template"
                options={(templates.data?.items ?? []).map((item) => ({ value: item.id, label: item.name }))}
                value={templateId}
                onChange={(e) => setTemplateId(e.target.value)}
              />
            )}
          </Field>
          <Button variant="primary" disabled={!file} isBusy={action.isBusy} onClick={upload}>
            Import
          </Button>
        </div>
      </Section>
      {report ? <ImportResult report={report} /> : null}
    </>
  );
}
