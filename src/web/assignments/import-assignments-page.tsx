import { useState } from "react";
import { Link } from "react-router";
import type { CsvColumn, ImportReport } from "#domains/assignments/templates/contract";
import { csvColumns, templateLimits } from "#domains/assignments/templates/contract";
import { industries } from "#domains/companies/contract";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { FormProblem } from "../ui/form-problem";
import { PageHeader } from "../ui/page-header";
import { Section } from "../ui/section";
import { Select } from "../ui/select";
import { wallTimeToIso } from "../ui/zoned-date-time-input";
import { useImportCsv, useTemplates } from "./templates-queries";
import { useDialogAction } from "./use-dialog-action";

const columns = Object.keys(csvColumns) as CsvColumn[];

/** A CSV cell: quoted when it holds a comma, a quote or a line break. */
const cell = (text: string) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** The template file: every column in the header, then one filled-in example row a week from today. */
function templateCsv(): string {
  const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const example: Partial<Record<CsvColumn, string>> = {
    title: "Replace the receipt printer at the Denver store",
    description:
      "Swap the failed receipt printer at register 2 for the new one on site, install its driver and print a test receipt.",
    industry: "Point of Sale",
    skills: "Printer Repair; POS installation",
    instructions: "Ask for Jordan at the service desk.",
    location_type: "onsite",
    address: "1600 Main St",
    city: "Denver",
    region: "CO",
    country: "US",
    latitude: "39.7392",
    longitude: "-104.9903",
    contact_name: "Jordan Lee",
    time_zone: "America/Denver",
    schedule_type: "fixed",
    starts_at: wallTimeToIso(`${day}T09:00`, "America/Denver") ?? "",
    ends_at: wallTimeToIso(`${day}T12:00`, "America/Denver") ?? "",
    pricing_type: "hourly",
    rate: "45",
    max_hours: "4",
    currency: "USD",
  };
  const rows = [columns, columns.map((column) => example[column] ?? "")];
  return `${rows.map((row) => row.map(cell).join(",")).join("\n")}\n`;
}

/** `code` spans in the column notes (written with backticks for the API reference) as <code>. */
function Note({ text }: { text: string }) {
  return (
    <>
      {text.split("`").map((part, index) =>
        // Odd parts sit between backticks; the text never changes, so the index is a stable key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
        index % 2 === 1 ? <code key={index}>{part}</code> : <span key={index}>{part}</span>,
      )}
    </>
  );
}

/** What a file may hold, column by column, and a template to start from. */
function Columns() {
  const href = `data:text/csv;charset=utf-8,${encodeURIComponent(templateCsv())}`;
  return (
    <Section
      title="Columns"
      description="Header names are case-insensitive; leave out the columns you do not need."
      actions={
        <a className="button button--secondary" href={href} download="worklane-assignments-template.csv">
          Download a template file
        </a>
      }
    >
      <details>
        <summary>All {columns.length} columns</summary>
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Columns of an import file</caption>
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">What it holds</th>
              </tr>
            </thead>
            <tbody>
              {columns.map((column) => (
                <tr key={column}>
                  {/* A td, not a row header: table headers are set in capitals, and these names are typed as shown. */}
                  <td>
                    <code>{column}</code>
                  </td>
                  <td className="break">
                    <Note text={csvColumns[column]} />
                    {column === "industry" ? ` ${industries.join(", ")}.` : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </Section>
  );
}

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
              <strong>Line {row.line} refused:</strong>
              <ul aria-label={`Why line ${row.line} was refused`}>
                {row.errors.map((error) => (
                  <li key={`${error.column}: ${error.message}`}>
                    {error.column ? <code>{error.column}</code> : "The row"}: {error.message}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : null}
      {report.created.length > 0 ? (
        <p>
          <Link to="/assignments?status=draft">See the drafts in your assignments</Link>
        </p>
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
      // A refused file leaves no report of an earlier one on screen to be mistaken for its result.
      setReport(null);
      setReport(await importCsv.mutateAsync({ csv: await file.text(), templateId: templateId || null }));
    });

  return (
    <>
      <PageHeader
        eyebrow="Assignments"
        title="Import assignments from CSV"
        lead="One draft per row, each created whole or refused with its reasons. Nothing is sent until you send it."
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
      <Columns />
    </>
  );
}
