import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import { userActor } from "#domains/accounts/index";
import { apiKeys, companies, invitations, users } from "#domains/accounts/tables";
import { assignmentHistoryScope } from "#domains/assignments/index";
import { blockHistoryVisible } from "#domains/companies/index";
import { escalationHistoryScope } from "#domains/escalations/index";
import { policyVersionExists } from "#domains/policies/index";
import { ratingHistoryScope } from "#domains/ratings/index";
import { type TalentSubjectType, talentHistoryScope } from "#domains/talent/index";
import type { Ctx, UserActor } from "#platform/context";
import type { Executor } from "#platform/db";
import { decodeCursor, toPage } from "#platform/pagination";
import { Problem } from "#shared/problems";
import { type EventPage, type EventQuery, subjectTypes } from "./contract";
import { events } from "./tables";

type SubjectType = (typeof subjectTypes)[number];
/** Whether the caller may read the record's history: all of it (true), none (false, a 404), or the events matching. */
type CanSee = (ctx: Ctx, actor: UserActor, id: string) => Promise<boolean | SQL>;

const isStaff = (actor: UserActor) => actor.accountType === "staff";

async function exists(tx: Executor, table: typeof users | typeof companies, id: string): Promise<boolean> {
  return (await tx.select({ id: table.id }).from(table).where(eq(table.id, id))).length > 0;
}

const talent =
  (type: TalentSubjectType): CanSee =>
  async (ctx, actor, id) =>
    (await talentHistoryScope(ctx.db, actor, type, id)) ?? false;

/**
 * Who may read which record's history. Each rule is the owning domain's visibility (accounts, policies,
 * companies, workers); history is last in the registry, so it may ask them all. Anything else is a 404.
 */
const visibility: Record<SubjectType, CanSee> = {
  user: async ({ db: tx }, actor, id) => actor.userId === id || (isStaff(actor) && exists(tx, users, id)),
  // Members, renames, profile and settings: every member of the company, and staff.
  company: async ({ db: tx }, actor, id) => actor.companyId === id || (isStaff(actor) && exists(tx, companies, id)),
  // Keys are personal secrets: only their owner, not even staff, reads their history.
  api_key: async ({ db: tx }, actor, id) =>
    (
      await tx
        .select({ id: apiKeys.id })
        .from(apiKeys)
        .where(and(eq(apiKeys.id, id), eq(apiKeys.userId, actor.userId)))
    ).length > 0,
  invitation: async ({ db: tx }, actor, id) => {
    if (actor.companyRole !== "admin" || !actor.companyId) {
      return false;
    }
    const rows = await tx
      .select({ id: invitations.id })
      .from(invitations)
      .where(and(eq(invitations.id, id), eq(invitations.companyId, actor.companyId)));
    return rows.length > 0;
  },
  policy_version: ({ db }, _actor, id) => policyVersionExists(db, id),
  // The history holds the exact home address, which only the worker (and staff) may see.
  worker_profile: async ({ db: tx }, actor, id) => actor.userId === id || (isStaff(actor) && exists(tx, users, id)),
  // The owning company's full history; a worker it was sent to, the events about them and the shared ones.
  assignment: async (ctx, _actor, id) => (await assignmentHistoryScope(ctx.db, ctx, id)) ?? false,
  // The parties and the escalations team; the parties never see that a private staff note was added.
  escalation: (ctx, _actor, id) => escalationHistoryScope(ctx.db, ctx, id),
  // Its own side while hidden (double-blind), everyone who may read it once published; flags to their author only.
  rating: async (ctx, actor, id) => (await ratingHistoryScope(ctx.db, actor, id)) ?? false,
  // Only the side that blocked (and staff): the blocked side never learns of it from its history.
  block: (ctx, actor, id) => blockHistoryVisible(ctx.db, actor, id),
  // Talent's records: the same rule as reading the record (a company sees only its own and staff's credential
  // reviews; a worker their own share of a pool, test or agreement).
  credential: talent("credential"),
  requirement_set: talent("requirement_set"),
  talent_pool: talent("talent_pool"),
  skill_test: talent("skill_test"),
  skill_test_attempt: talent("skill_test_attempt"),
  agreement: talent("agreement"),
};

function isSubjectType(type: string): type is SubjectType {
  return (subjectTypes as readonly string[]).includes(type);
}

/** A record's history, oldest first, for those allowed to see the record. Invisible and unknown look the same: 404. */
export async function listEvents(ctx: Ctx, query: EventQuery): Promise<EventPage> {
  const actor = userActor(ctx);
  const [type = "", rawId = ""] = query.subject.split(":");
  const id = rawId.toLowerCase();
  const scope = isSubjectType(type) ? await visibility[type](ctx, actor, id) : false;
  if (scope === false) {
    throw new Problem("not_found", "No record with this history is visible to you.");
  }
  const after = decodeCursor(query.cursor);
  const afterSeq = after ? Number(after[0]) : 0;
  if (!Number.isSafeInteger(afterSeq)) {
    throw new Problem("validation_failed", "The cursor is not valid; start again from the first page.");
  }
  const rows = await ctx.db
    .select({ event: events, actorName: users.name })
    .from(events)
    .leftJoin(users, eq(users.id, events.actorId))
    .where(
      and(
        eq(events.subjectType, type),
        eq(events.subjectId, id),
        gt(events.seq, afterSeq),
        scope === true ? undefined : scope,
      ),
    )
    .orderBy(asc(events.seq))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => [r.event.seq]);
  return {
    items: page.items.map(({ event, actorName }) => ({
      id: event.id,
      at: event.at.toISOString(),
      action: event.action,
      subject: { type: event.subjectType, id: event.subjectId },
      actor: { kind: event.actorKind, id: event.actorId, name: actorName },
      data: event.data,
    })),
    nextCursor: page.nextCursor,
  };
}
