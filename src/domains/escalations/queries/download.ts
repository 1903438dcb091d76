import { and, eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import { caseNotFound, casesVisibleTo, filesVisibleTo, partyOf } from "../scope";
import { escalationCases, escalationFiles } from "../tables";

/**
 * GET /escalations/{id}/files/{fileId}: a file's bytes, for exactly those who may read it (the case's parties and the
 * escalations team; a staff note's file only for the team). Anyone else, the other company included, hears 404 like
 * a case that does not exist.
 */
export async function downloadCaseFile(ctx: Ctx, params: { id: string; fileId: string }) {
  const [row] = await ctx.db
    .select({ companyId: escalationCases.companyId, workerId: escalationCases.workerId })
    .from(escalationCases)
    .where(and(eq(escalationCases.id, params.id), casesVisibleTo(ctx.actor)));
  const party = row ? partyOf(ctx.actor, row) : null;
  if (!party || party === "system") {
    throw caseNotFound();
  }
  const [file] = await ctx.db
    .select()
    .from(escalationFiles)
    .where(and(eq(escalationFiles.id, params.fileId), eq(escalationFiles.caseId, params.id), filesVisibleTo(party)));
  if (!file) {
    throw new Problem("not_found", "No file with this id in this case.", { subjectType: "file" });
  }
  return file;
}
