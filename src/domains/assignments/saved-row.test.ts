import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { personActor } from "#platform/context";
import { draftAssignment, postingClient } from "#test/given";
import { testApp } from "#test/harness";
import { lockForActor } from "./scope";
import { saveAssignment } from "./steps";
import { assignments } from "./tables";

const t = await testApp();

/**
 * saveAssignment answers the row it wrote without reading it back (its UPDATE rides in front of the event's
 * statement): that answer must be the row as the database keeps it, or views and follow-ups would show values
 * nobody stored.
 */
describe(`the row saveAssignment answers (${t.kind})`, () => {
  it("is the stored row: quantities to two decimals, UUIDs in lower case, NULLs, JSON, arrays and the version", async () => {
    const owner = await postingClient(t);
    const draft = await draftAssignment(t, owner);
    const ctx = t.ctx(personActor(owner.me.id, owner.me.company?.id ?? "", "admin"));
    const saved = await ctx.transaction(async (tx) => {
      const locked = await lockForActor(tx, ctx, draft.id);
      const location = Object.fromEntries(Object.entries(locked.row.location ?? {}).reverse());
      return saveAssignment(tx, ctx, locked, {
        set: {
          title: "Re-roof the depot ✓",
          skills: ["roofing", "Ladders, tall", 'a "quoted" one'],
          claimedHours: 2.500000001,
          claimedUnits: 1.005, // 1.01 stored: PostgreSQL rounds the decimal text, not the binary double
          createdBy: owner.me.id.toUpperCase(),
          location: location as typeof locked.row.location,
          // A Date and an undefined member, as JSON carries them (an ISO string, nothing).
          completenessFindings: [{ code: "x", at: new Date(0), gone: undefined, weight: 1.5 } as never],
          industry: null,
          autoApprovalDueAt: new Date("2026-12-31T23:59:59.999Z"),
        },
        event: "assignment.updated",
      });
    });
    const [stored] = await t.db.select().from(assignments).where(eq(assignments.id, draft.id));
    expect(stored?.claimedHours).toBe(2.5);
    expect(stored?.claimedUnits).toBe(1.01);
    expect(stored?.version).toBe(2);
    expect(saved).toStrictEqual(stored);
  });
});
