import { desc, eq, inArray, sql } from "drizzle-orm";
import { userActor } from "#domains/accounts/index";
import { users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import {
  type AcceptPolicies,
  type PolicyKind,
  type PolicyOverview,
  type PolicyVersion,
  type PublishPolicyVersion,
  policyKinds,
} from "./contract";
import { initialPolicies } from "./documents";
import { currentVersions, getPolicyOverview, toVersion } from "./queries";
import { policyAcceptances, policyVersions } from "./tables";

/**
 * Records that the actor accepted these versions, with the time and IP. Accepting twice changes nothing; only the
 * current version of a policy can be accepted, so nobody agrees to text that no longer applies.
 */
export async function acceptPolicies(ctx: Ctx, input: AcceptPolicies): Promise<PolicyOverview> {
  const actor = userActor(ctx);
  const ids = [...new Set(input.versionIds.map((id) => id.toLowerCase()))];
  return ctx.transaction(async (tx) => {
    const rows = await tx.select().from(policyVersions).where(inArray(policyVersions.id, ids));
    const unknown = ids.filter((id) => !rows.some((r) => r.id === id));
    if (unknown.length > 0) {
      throw new Problem("not_found", `No policy version has the id ${unknown.join(", ")}.`);
    }
    const current = await currentVersions(tx);
    const stale = rows.filter((r) => !current.some((c) => c.id === r.id));
    if (stale.length > 0) {
      const names = stale.map((r) => `${r.title} version ${r.version}`).join(", ");
      throw new Problem("policy_version_not_current", `A newer version replaces ${names}; accept that one instead.`, {
        current: current
          .filter((c) => stale.some((s) => s.kind === c.kind))
          .map((c) => ({ kind: c.kind, versionId: c.id, version: c.version, title: c.title })),
      });
    }
    const inserted = await tx
      .insert(policyAcceptances)
      .values(rows.map((r) => ({ userId: actor.userId, versionId: r.id, acceptedAt: ctx.now, ip: ctx.ip })))
      .onConflictDoNothing()
      .returning({ versionId: policyAcceptances.versionId });
    if (inserted.length > 0) {
      // On the user's own history, not the version's: who accepted what, and from where, is personal.
      await recordEvent(tx, ctx, {
        action: "policy.accepted",
        subject: { type: "user", id: actor.userId },
        data: {
          versions: rows
            .filter((r) => inserted.some((i) => i.versionId === r.id))
            .map((r) => ({ kind: r.kind, versionId: r.id, version: r.version })),
        },
      });
    }
    return getPolicyOverview({ actor, db: ctx.db }, tx);
  });
}

/** Staff publish a new version; from then on everyone it applies to must accept it again. */
export async function publishPolicyVersion(
  ctx: Ctx,
  kind: PolicyKind,
  input: PublishPolicyVersion,
): Promise<PolicyVersion> {
  const actor = userActor(ctx);
  return ctx.transaction(async (tx) => {
    // Serialises publishers of one kind, so two at once get versions n+1 and n+2 instead of a unique violation.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`policy_versions:${kind}`}))`);
    const [latest] = await tx
      .select({ version: policyVersions.version })
      .from(policyVersions)
      .where(eq(policyVersions.kind, kind))
      .orderBy(desc(policyVersions.version))
      .limit(1);
    const [row] = await tx
      .insert(policyVersions)
      .values({
        kind,
        version: (latest?.version ?? 0) + 1,
        title: input.title,
        body: input.body,
        summaryOfChanges: input.summaryOfChanges,
        publishedAt: ctx.now,
        publishedBy: actor.userId,
      })
      .returning();
    if (!row) {
      throw new Error("policy version insert returned nothing");
    }
    await recordEvent(tx, ctx, {
      action: "policy_version.published",
      subject: { type: "policy_version", id: row.id },
      data: { kind, version: row.version, title: row.title, summaryOfChanges: row.summaryOfChanges },
    });
    const [publisher] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.userId));
    return toVersion(row, publisher?.name ?? null);
  });
}

/**
 * Start-up work: publishes version 1 of every kind that has none. Safe when several processes start at once:
 * the unique (kind, version) key lets one insert win and the others do nothing, and only the winner records events.
 */
export async function publishInitialPolicies(ctx: Ctx): Promise<void> {
  await ctx.transaction(async (tx) => {
    const inserted = await tx
      .insert(policyVersions)
      .values(policyKinds.map((kind) => ({ kind, version: 1, ...initialPolicies[kind], publishedAt: ctx.now })))
      .onConflictDoNothing()
      .returning();
    for (const row of inserted) {
      await recordEvent(tx, ctx, {
        action: "policy_version.published",
        subject: { type: "policy_version", id: row.id },
        data: { kind: row.kind, version: row.version, title: row.title, summaryOfChanges: row.summaryOfChanges },
      });
    }
  });
}
