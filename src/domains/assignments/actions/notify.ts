import { and, inArray, isNull } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import { loadConfig } from "#platform/config";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { sendMail } from "#platform/mail";

let publicUrl: string | null = null;
/** Read once: the address people reach Worklane at, for links in emails. */
function linkTo(assignmentId: string): string {
  publicUrl ??= loadConfig().publicUrl;
  return `${publicUrl}/assignments/${assignmentId}`;
}

export interface Notice {
  subject: string;
  /** Plain text; the link to the assignment is appended. */
  text: string;
}

/**
 * Tells people about a change by email, queued in the action's transaction (it leaves only if the change commits).
 * The notifications domain will take over delivery and preferences; callers keep passing the content.
 */
export async function notify(
  tx: Executor,
  ctx: Pick<Ctx, "now">,
  userIds: readonly (string | null)[],
  assignmentId: string,
  notice: Notice,
): Promise<void> {
  const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) {
    return;
  }
  const rows = await tx
    .select({ email: users.email })
    .from(users)
    .where(and(inArray(users.id, ids), isNull(users.suspendedAt)));
  for (const { email } of rows) {
    await sendMail(tx, ctx, { to: email, subject: notice.subject, text: `${notice.text}\n\n${linkTo(assignmentId)}` });
  }
}
