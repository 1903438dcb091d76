import { eq, sql } from "drizzle-orm";
import type { WebhookSubject } from "#domains/notifications/index";
import { systemActor } from "#platform/context";
import { assignments } from "./tables";
import { assignmentView } from "./view-steps";

/**
 * What a webhook about an assignment carries (notifications/webhooks/hooks.ts): the owning company, and the
 * assignment as the company's own view builds it (`assignmentView`, read with the system's full visibility, so
 * `actions` lists what the system may do rather than one member's buttons).
 */
export const assignmentWebhookSubject: WebhookSubject = {
  companyOf: (id) => sql`(SELECT ${assignments.companyId} FROM ${assignments} WHERE ${assignments.id} = ${id})`,
  async snapshot(tx, id, now) {
    const [row] = await tx.select().from(assignments).where(eq(assignments.id, id));
    return row ? assignmentView(tx, { actor: systemActor, now }, row) : null;
  },
};
