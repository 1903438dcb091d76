/**
 * Who sees and may act on talent records. Credentials: the worker sees and edits their own; client companies and
 * staff read any worker's (they are what the worker shows to get work), each seeing its own reviews and staff's,
 * never another company's. Requirement sets: a company's own only. Invisible and missing are the same 404.
 */
import { and, asc, eq, inArray, isNull, or } from "drizzle-orm";
import { companies, users } from "#domains/accounts/tables";
import type { Actor, Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import type { Currency } from "#shared/money";
import { Problem } from "#shared/problems";
import type { CredentialAction, CredentialReview, CredentialView } from "./contract";
import { effectiveStatus } from "./requirements";
import { credentialReviews, credentials } from "./tables";

export type CredentialRow = typeof credentials.$inferSelect;
type ReviewRow = typeof credentialReviews.$inferSelect & { companyName: string | null };

export const credentialNotFound = () =>
  new Problem("not_found", "No credential with this id is visible to you.", { subjectType: "credential" });

/** Whose reviews count for this actor: a company's own (and staff's), staff's alone, or null for a worker (all theirs). */
export function reviewerOf(actor: Actor): { companyId: string | null } | null {
  if (actor.kind === "user" && actor.accountType === "client" && actor.companyId) {
    return { companyId: actor.companyId };
  }
  if (actor.kind === "user" && actor.accountType === "staff") {
    return { companyId: null };
  }
  return null;
}

/** May review (verify or reject): a company admin or manager for its own use; staff admins and trust & safety for all. */
export function mayReview(actor: Actor): boolean {
  if (actor.kind !== "user") {
    return false;
  }
  if (actor.accountType === "client") {
    return actor.companyRole === "admin" || actor.companyRole === "manager";
  }
  return actor.accountType === "staff" && (actor.staffRole === "admin" || actor.staffRole === "trust_safety");
}

/** The reviews of these credentials that the actor may see: the worker all of theirs, a company its own and staff's. */
export async function reviewsFor(tx: Executor, actor: Actor, credentialIds: string[]): Promise<ReviewRow[]> {
  if (credentialIds.length === 0) {
    return [];
  }
  const reviewer = reviewerOf(actor);
  const scope =
    reviewer === null
      ? undefined
      : reviewer.companyId === null
        ? isNull(credentialReviews.companyId)
        : or(isNull(credentialReviews.companyId), eq(credentialReviews.companyId, reviewer.companyId));
  return tx
    .select({ review: credentialReviews, companyName: companies.name })
    .from(credentialReviews)
    .leftJoin(companies, eq(companies.id, credentialReviews.companyId))
    .where(and(inArray(credentialReviews.credentialId, credentialIds), scope))
    .orderBy(asc(credentialReviews.reviewedAt))
    .then((rows) => rows.map((r) => ({ ...r.review, companyName: r.companyName })));
}

/** The review that counts for a company (its own, else staff's); for the worker, staff's else the latest. */
export function countingReview<T extends { companyId: string | null; reviewedAt: Date }>(
  reviews: T[],
  companyId: string | null,
): T | null {
  const own = companyId ? reviews.find((r) => r.companyId === companyId) : undefined;
  const staff = reviews.find((r) => r.companyId === null);
  return own ?? staff ?? reviews.at(-1) ?? null;
}

function actionsFor(actor: Actor, row: CredentialRow): CredentialAction[] {
  if (actor.kind === "user" && actor.userId === row.workerId) {
    return ["upload_document"];
  }
  return mayReview(actor) ? ["verify", "reject"] : [];
}

const toReview = (r: ReviewRow): CredentialReview => ({
  decision: r.decision,
  reason: r.reason,
  by: r.companyId ? "company" : "staff",
  companyName: r.companyName,
  at: r.reviewedAt.toISOString(),
});

/** The credentials as this actor sees them, in the rows' order. */
export async function credentialViews(tx: Executor, ctx: Pick<Ctx, "actor" | "now">, rows: CredentialRow[]) {
  const reviews = await reviewsFor(
    tx,
    ctx.actor,
    rows.map((r) => r.id),
  );
  const workerIds = [...new Set(rows.map((r) => r.workerId))];
  const names = new Map(
    workerIds.length === 0
      ? []
      : (await tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, workerIds))).map(
          (u) => [u.id, u.name],
        ),
  );
  const companyId = reviewerOf(ctx.actor)?.companyId ?? null;
  return rows.map((row): CredentialView => {
    const mine = reviews.filter((r) => r.credentialId === row.id);
    const counting = countingReview(mine, companyId);
    return {
      id: row.id,
      workerId: row.workerId,
      workerName: names.get(row.workerId) ?? "",
      kind: row.kind,
      name: row.name,
      number: row.number,
      issuer: row.issuer,
      region: row.region,
      country: row.country,
      coverage:
        row.coverageAmount !== null && row.coverageCurrency
          ? { amount: row.coverageAmount, currency: row.coverageCurrency as Currency }
          : null,
      performedOn: row.performedOn,
      expiresOn: row.expiresOn,
      status: effectiveStatus({ expiresOn: row.expiresOn, review: counting }, ctx.now),
      reviews: mine.map(toReview),
      document:
        row.documentKey && row.documentName && row.documentType
          ? {
              fileName: row.documentName,
              contentType: row.documentType,
              size: row.documentSize ?? 0,
              url: `/api/v1/credentials/${row.id}/document`,
            }
          : null,
      actions: actionsFor(ctx.actor, row),
      createdAt: row.createdAt.toISOString(),
    };
  });
}

/** Who may read a credential: its worker, any client company, staff. */
export function mayReadCredential(actor: Actor, row: CredentialRow): boolean {
  if (actor.kind === "system") {
    return true;
  }
  if (actor.kind !== "user") {
    return false;
  }
  return actor.userId === row.workerId || actor.accountType === "client" || actor.accountType === "staff";
}

/** Reads (and with `lock`, locks) one credential the actor may see; 404 otherwise. */
export async function findCredential(
  tx: Executor,
  ctx: Pick<Ctx, "actor">,
  id: string,
  options: { lock?: boolean } = {},
): Promise<CredentialRow> {
  const query = tx.select().from(credentials).where(eq(credentials.id, id));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row || !mayReadCredential(ctx.actor, row)) {
    throw credentialNotFound();
  }
  return row;
}
