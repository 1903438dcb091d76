/**
 * Telling workers about their talent records (pool invitations and messages, tests, agreements to sign, their
 * credentials' reviews and expiry): an inbox entry and an email each, as the worker's preference for
 * `talent.update` says, inside the caller's transaction (notifications sits below talent in the registry).
 */
import { notify } from "#domains/notifications/index";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";

export interface TalentNotice {
  title: string;
  text: string;
  /** The worker's page it is about, e.g. `/talent-pools`. */
  link: string;
  subject?: { type: string; id: string };
}

export async function tellWorkers(tx: Executor, ctx: Pick<Ctx, "now">, workerIds: string[], notice: TalentNotice) {
  await notify(tx, ctx, { userIds: workerIds, type: "talent.update", ...notice });
}
