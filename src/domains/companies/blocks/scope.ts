import { and, eq, inArray, isNull } from "drizzle-orm";
import { companies, users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { Problem } from "#shared/problems";
import type { BlockView } from "./contract";
import { blocks } from "./tables";

export type BlockRow = typeof blocks.$inferSelect;

/** The side the caller blocks from: a worker for themselves, a company member for their company. */
export type Side =
  | { kind: "worker"; userId: string }
  | { kind: "company"; userId: string; companyId: string; role: string };

export function sideOf(ctx: Ctx): Side {
  const actor = ctx.actor;
  if (actor.kind === "user" && actor.accountType === "worker") {
    return { kind: "worker", userId: actor.userId };
  }
  if (actor.kind === "user" && actor.accountType === "client" && actor.companyId) {
    return { kind: "company", userId: actor.userId, companyId: actor.companyId, role: actor.companyRole ?? "" };
  }
  throw new Problem("forbidden", "Blocking is for workers and client companies.");
}

/** Company admins and managers decide whom the company works with (the same roles that send work). */
export function requireBlockingRole(side: Side): void {
  if (side.kind === "company" && side.role !== "admin" && side.role !== "manager") {
    throw new Problem(
      "forbidden",
      `Your company role (${side.role}) may not block or unblock; it needs admin or manager.`,
    );
  }
}

/** The blocks this side made: a worker's own, or every block the company made. The blocked side never reads them. */
export function ownedBy(side: Side) {
  return side.kind === "worker"
    ? and(eq(blocks.workerId, side.userId), eq(blocks.blockedBy, "worker"))
    : and(eq(blocks.companyId, side.companyId), eq(blocks.blockedBy, "company"));
}

export const live = isNull(blocks.removedAt);

/** The views of these rows, with both names read in two queries. */
export async function blockViews(tx: Executor, rows: BlockRow[]): Promise<BlockView[]> {
  if (rows.length === 0) {
    return [];
  }
  const workerIds = [...new Set(rows.map((r) => r.workerId))];
  const companyIds = [...new Set(rows.map((r) => r.companyId))];
  const workerNames = new Map(
    (await tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, workerIds))).map((u) => [
      u.id,
      u.name,
    ]),
  );
  const companyNames = new Map(
    (
      await tx
        .select({ id: companies.id, name: companies.name })
        .from(companies)
        .where(inArray(companies.id, companyIds))
    ).map((c) => [c.id, c.name]),
  );
  return rows.map((row) => ({
    id: row.id,
    blockedBy: row.blockedBy,
    company: { id: row.companyId, name: companyNames.get(row.companyId) ?? "" },
    worker: { id: row.workerId, name: workerNames.get(row.workerId) ?? "" },
    createdAt: row.createdAt.toISOString(),
  }));
}
