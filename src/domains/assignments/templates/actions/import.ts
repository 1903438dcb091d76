import { companyActor } from "#domains/accounts/index";
import { getCompanySettings } from "#domains/companies/index";
import type { Ctx } from "#platform/context";
import { toProblem } from "#platform/http/errors";
import { CreateAssignment } from "../../contract";
import type { CellError, ImportQuery, ImportReport } from "../contract";
import { bodyOf, type CsvRow, cellErrors, readCsv } from "../csv-rows";
import { findTemplate } from "../queries";
import { createDraftIn, templateDeliverables } from "../steps";

function checkRow(row: CsvRow, base: Record<string, unknown>, currency: string) {
  const { body, errors } = bodyOf(row, base, currency);
  if (row.overflow) {
    errors.push({ column: null, message: "This row has more values than the header has columns." });
  }
  const parsed = CreateAssignment.safeParse(body);
  // A cell the reader already refused (an amount it could not read) needs no second finding from the contract.
  const found = parsed.success ? [] : cellErrors(parsed.error.issues, body);
  const all: CellError[] = [...errors, ...found.filter((f) => !errors.some((e) => e.column === f.column))];
  return parsed.success && all.length === 0 ? { input: parsed.data, errors: all } : { input: null, errors: all };
}

/**
 * Bulk create drafts from a CSV file: every row is validated with the same contract as POST /assignments and created
 * in its own transaction through the same action, so a row is created whole or refused whole, and the report says
 * which and why, row by row.
 */
export async function importAssignmentsCsv(ctx: Ctx, csv: string, query: ImportQuery): Promise<ImportReport> {
  const actor = companyActor(ctx);
  const template = query.templateId ? await findTemplate(ctx.db, ctx, query.templateId) : null;
  const rows = readCsv(csv, { needsTitle: !template });
  const settings = await getCompanySettings(ctx.db, actor.companyId);
  const deliverables = template ? templateDeliverables(template) : null;
  const report: ImportReport = { rows: rows.length, created: [], refused: [] };
  for (const row of rows) {
    const { input, errors } = checkRow(row, template?.assignment ?? {}, settings.defaultCurrency);
    if (!input) {
      report.refused.push({ line: row.line, errors });
      continue;
    }
    try {
      const created = await ctx.transaction((tx) =>
        createDraftIn(tx, ctx, input, deliverables, {
          action: "assignment.imported",
          data: { line: row.line, templateId: template?.id ?? null },
        }),
      );
      report.created.push({ line: row.line, assignmentId: created.id, title: created.title });
    } catch (error) {
      // The database's own refusals (a CHECK, a bound) are the row's fault; anything else stops the import.
      const problem = toProblem(error);
      if (!problem || problem.status >= 500 || problem.status === 401 || problem.status === 403) {
        throw error;
      }
      report.refused.push({ line: row.line, errors: [{ column: null, message: problem.detail }] });
    }
  }
  return report;
}
