import { describe, expect, it } from "vitest";
import { assignments } from "#domains/assignments/index";
import { companies } from "#domains/companies/index";
import { workers } from "#domains/workers/index";
import type { Actor } from "#platform/context";
import { testApp } from "#test/harness";
import { listAssignments } from "../assignments/queries/list";
import { AssignmentQuery } from "../assignments/views";
import { NotificationQuery } from "../notifications/contract";
import { listNotifications } from "../notifications/queries";
import { messages } from "./index";

const t = await testApp();

const adminActor = (userId: string, companyId: string): Actor => ({
  kind: "user",
  userId,
  accountType: "client",
  companyId,
  companyRole: "admin",
  staffRole: null,
  sessionId: null,
  apiKeyId: null,
});

const rowsOf = async <T>(query: string) => ((await t.db.execute(query)) as unknown as { rows: T[] }).rows;

describe("the messages demo", () => {
  it("adds questions (one open per company), threads, notes and unread notifications for the demo admins", async () => {
    let state = 7;
    const random = () => {
      state = (state * 16807) % 2147483647;
      return state / 2147483647;
    };
    const options = { random, scale: 0.4, progress: () => undefined };
    for (const step of [companies.demo, workers.demo]) {
      await step?.(t.ctx(), options);
    }
    await assignments.demo?.(t.ctx(), options);
    await messages.demo?.(t.ctx(), options);

    const kinds = await rowsOf<{ kind: string; open: number; n: number }>(
      "SELECT kind, count(*)::int AS n, count(*) FILTER (WHERE expects_answer AND answered_at IS NULL)::int AS open FROM messages GROUP BY kind ORDER BY kind",
    );
    const byKind = Object.fromEntries(kinds.map((k) => [k.kind, k]));
    expect(byKind.question?.n).toBeGreaterThanOrEqual(3);
    expect(byKind.question?.open).toBeGreaterThanOrEqual(1);
    expect(byKind.message?.n).toBeGreaterThanOrEqual(9);
    expect(byKind.note?.n).toBeGreaterThanOrEqual(1);
    expect(
      (await rowsOf<{ n: number }>("SELECT count(*)::int AS n FROM message_response_times"))[0]?.n,
    ).toBeGreaterThan(0);

    // The first demo admin (the printed sign-in) opens on unread notifications and an open question in the list.
    const [first] = await rowsOf<{ user_id: string; company_id: string }>(
      "SELECT m.user_id, m.company_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.role = 'admin' AND EXISTS (SELECT 1 FROM messages x WHERE x.company_id = m.company_id AND x.kind = 'question' AND x.answered_at IS NULL) ORDER BY u.created_at LIMIT 1",
    );
    expect(first).toBeDefined();
    const asAdmin = t.ctx(adminActor(first?.user_id ?? "", first?.company_id ?? ""));
    const inbox = await listNotifications(asAdmin, NotificationQuery.parse({ unread: "true" }));
    expect(inbox.unreadCount).toBeGreaterThan(0);
    const list = await listAssignments(asAdmin, AssignmentQuery.parse({ label: "question_open" }));
    expect(list.items.length).toBeGreaterThanOrEqual(1);
  }, 300_000);
});
