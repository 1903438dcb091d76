/**
 * Who sees a pool: its company's members, and workers when it is public or invitation-only or they have a membership
 * row (invited, applied, member); private pools are invisible to everyone else (404, like a missing pool).
 */

import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { companies, users } from "#domains/accounts/tables";
import { notBlocked } from "#domains/companies/index";
import type { Actor, Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { Problem } from "#shared/problems";
import { resultFor } from "../steps";
import { requirementSets } from "../tables";
import type { PoolView } from "./contract";
import { talentPoolMembers, talentPools } from "./tables";

export type PoolRow = typeof talentPools.$inferSelect;

export const poolNotFound = () =>
  new Problem("not_found", "No talent pool with this id is visible to you.", { subjectType: "talent_pool" });

/**
 * The visibility condition on talent_pools for one actor. A worker sees public and invitation-only pools (the latter
 * to read what it asks and wait for an invitation; applying without one is 403) and any pool they have a row in;
 * private pools only when invited. `open` narrows it to the pools a worker may apply to or belongs to (public, or a
 * row): the pools whose tests they may take as applicants.
 */
export function poolsVisibleTo(actor: Actor, open = false) {
  if (actor.kind === "system") {
    return sql`true`;
  }
  if (actor.kind !== "user") {
    return sql`false`;
  }
  if (actor.accountType === "client" && actor.companyId) {
    return eq(talentPools.companyId, actor.companyId);
  }
  if (actor.accountType === "worker") {
    const mine = sql`EXISTS (SELECT 1 FROM ${talentPoolMembers} WHERE ${talentPoolMembers.poolId} = ${talentPools.id} AND ${talentPoolMembers.workerId} = ${actor.userId})`;
    // A pool of a company standing in a block with the worker is not offered (its members keep seeing theirs).
    const kinds = open ? (["public"] as const) : (["public", "invitation"] as const);
    const offered = and(inArray(talentPools.visibility, [...kinds]), notBlocked(talentPools.companyId, actor.userId));
    return or(offered, mine) ?? sql`false`;
  }
  return sql`false`;
}

export async function findPool(tx: Executor, ctx: Pick<Ctx, "actor">, id: string, lock = false): Promise<PoolRow> {
  const query = tx
    .select()
    .from(talentPools)
    .where(and(eq(talentPools.id, id), poolsVisibleTo(ctx.actor)));
  const [row] = lock ? await query.for("update", { of: talentPools }) : await query;
  if (!row) {
    throw poolNotFound();
  }
  return row;
}

export const isPoolCompany = (actor: Actor, row: PoolRow) =>
  actor.kind === "user" && actor.accountType === "client" && actor.companyId === row.companyId;
const mayManage = (actor: Actor, row: PoolRow) =>
  isPoolCompany(actor, row) &&
  actor.kind === "user" &&
  (actor.companyRole === "admin" || actor.companyRole === "manager");

export const gateOfPool = (row: PoolRow) => ({
  setId: row.requirementSetId,
  companyId: row.companyId,
  site: null,
  subject: { type: "talent_pool", id: row.id },
});

/** The pool as this actor sees it: the company every member, a worker their own row and their checks. */
export async function poolViews(tx: Executor, ctx: Pick<Ctx, "actor" | "now">, rows: PoolRow[]): Promise<PoolView[]> {
  if (rows.length === 0) {
    return [];
  }
  const actor = ctx.actor;
  const workerId = actor.kind === "user" && actor.accountType === "worker" ? actor.userId : null;
  const ids = rows.map((r) => r.id);
  const members = await tx
    .select({ member: talentPoolMembers, name: users.name })
    .from(talentPoolMembers)
    .innerJoin(users, eq(users.id, talentPoolMembers.workerId))
    .where(and(inArray(talentPoolMembers.poolId, ids), workerId ? eq(talentPoolMembers.workerId, workerId) : undefined))
    .orderBy(asc(users.name));
  const companyIds = [...new Set(rows.map((r) => r.companyId))];
  const names = new Map(
    (
      await tx
        .select({ id: companies.id, name: companies.name })
        .from(companies)
        .where(inArray(companies.id, companyIds))
    ).map((c) => [c.id, c.name]),
  );
  const setIds = rows.flatMap((r) => (r.requirementSetId ? [r.requirementSetId] : []));
  const sets = new Map(
    setIds.length === 0
      ? []
      : (
          await tx
            .select({ id: requirementSets.id, name: requirementSets.name })
            .from(requirementSets)
            .where(inArray(requirementSets.id, setIds))
        ).map((s) => [s.id, s]),
  );
  const views: PoolView[] = [];
  for (const row of rows) {
    const mine = members.filter((m) => m.member.poolId === row.id);
    const own = workerId ? mine[0]?.member : undefined;
    const checks =
      workerId && row.requirementSetId ? (await resultFor(tx, ctx.now, gateOfPool(row), workerId)).checks : null;
    const canApply = workerId !== null && (own === undefined ? row.visibility === "public" : own.status === "invited");
    views.push({
      id: row.id,
      companyId: row.companyId,
      companyName: names.get(row.companyId) ?? "",
      name: row.name,
      description: row.description,
      visibility: row.visibility,
      requirementSet: row.requirementSetId ? (sets.get(row.requirementSetId) ?? null) : null,
      autoJoin: row.autoJoin,
      graceDays: row.graceDays,
      members: mine.map(({ member, name }) => ({
        workerId: member.workerId,
        name,
        status: member.status,
        removeAfter: member.removeAfter?.toISOString() ?? null,
        updatedAt: member.updatedAt.toISOString(),
      })),
      checks,
      actions: canApply ? ["apply"] : mayManage(actor, row) ? ["invite", "approve", "override", "message"] : [],
      createdAt: row.createdAt.toISOString(),
    });
  }
  return views;
}

export async function poolView(tx: Executor, ctx: Pick<Ctx, "actor" | "now">, row: PoolRow): Promise<PoolView> {
  const [view] = await poolViews(tx, ctx, [row]);
  if (!view) {
    throw new Error("pool view missing");
  }
  return view;
}
