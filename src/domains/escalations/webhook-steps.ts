import { eq, sql } from "drizzle-orm";
import type { WebhookSubject } from "#domains/notifications/index";
import { systemActor } from "#platform/context";
import { caseSummaries, companyReader } from "./scope";
import { escalationCases } from "./tables";

/**
 * What a webhook about an escalation case carries (notifications/webhooks/hooks.ts): the client company that is
 * party to it (workers have no endpoints), and the case as that company reads it: the summary `GET /escalations`
 * lists, through the same party filters as every read (`companyReader`: a read-only member, so `actions` is empty).
 * Small and stable: the conversation, files and proposals stay behind `GET /escalations/{id}`; a team note's
 * events are not webhook types at all (contract.ts), and nothing here could read one.
 */
export const escalationWebhookSubject: WebhookSubject = {
  companyOf: (id) =>
    sql`(SELECT ${escalationCases.companyId} FROM ${escalationCases} WHERE ${escalationCases.id} = ${id})`,
  async snapshot(tx, id, now) {
    const [row] = await tx
      .select({ companyId: escalationCases.companyId })
      .from(escalationCases)
      .where(eq(escalationCases.id, id));
    if (!row) {
      return null;
    }
    const where = eq(escalationCases.id, id);
    const [summary] = await caseSummaries(tx, { actor: systemActor, now }, where, [], 1, companyReader(row.companyId));
    return summary ?? null;
  },
};
