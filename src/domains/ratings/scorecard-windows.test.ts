/**
 * Window boundaries and time zones (issue 14, Proof): windows and months are UTC days and UTC months whatever the
 * company's or the assignment's time zone, so an approval at 23:30 UTC on a month's last day belongs to that day and
 * that month even for a company in Auckland, where it is already the next month's first morning.
 */
import { describe, expect, it } from "vitest";
import { act, call, postingClient, readyWorker, sentAssignment } from "#test/given";
import { testApp } from "#test/harness";
import { DAY_MS } from "./figures";

const t = await testApp();
const HOUR = 3_600_000;

type Figure = { key: string; value: number | null; count: number };

describe("scorecard windows in UTC", () => {
  it("counts an approval at 23:30 UTC on a month's last day in that UTC day and month, not Auckland's", async () => {
    const now = t.clock.now();
    // The last day of next month, 23:30 UTC: 10:30 or 12:30 the next morning in Auckland.
    const approvedAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 0, 23, 30));
    t.clock.set(new Date(approvedAt.getTime() - 4 * DAY_MS));
    const owner = await postingClient(t);
    const worker = await readyWorker(t);
    const zoned = await call(t, owner, {
      method: "PATCH",
      url: "/api/v1/companies/me",
      payload: { timeZone: "Pacific/Auckland" },
    });
    expect(zoned.statusCode, zoned.body).toBe(200);
    const { id } = await sentAssignment(t, owner, [worker], { timeZone: "Pacific/Auckland" }, 12);
    await act(t, worker, id, "accept");
    await act(t, worker, id, "check-in", {});
    await act(t, worker, id, "submit", { hours: 2 });
    t.clock.set(approvedAt);
    const approved = await call(t, owner, { method: "POST", url: `/api/v1/assignments/${id}/approve` });
    expect(approved.statusCode, approved.body).toBe(200);
    const month = approvedAt.toISOString().slice(0, 7);

    // 89 days later at 23:00 UTC the approval's UTC day is the window's first day (in Auckland, already its second).
    t.clock.set(new Date(approvedAt.getTime() + 89 * DAY_MS - 30 * 60_000));
    const reader = await readyWorker(t);
    const url = `/api/v1/companies/${owner.me.company?.id}/scorecard`;
    const inside = (await call(t, reader, { method: "GET", url })).json();
    expect(inside.last90Days.find((f: Figure) => f.key === "approvalDays")).toMatchObject({ count: 1 });
    const monthly = (await call(t, reader, { method: "GET", url: `${url}/monthly` })).json();
    const points = monthly.figures.find((f: Figure) => f.key === "approvalDays").points as (Figure & {
      month: string;
    })[];
    expect(points.filter((p) => p.count > 0).map((p) => p.month)).toEqual([month]);

    // An hour later it is the next UTC day: the approval's day has left the last 90 days.
    t.clock.advance(HOUR);
    const outside = (await call(t, await readyWorker(t), { method: "GET", url })).json();
    expect(outside.last90Days.find((f: Figure) => f.key === "approvalDays")).toMatchObject({ count: 0 });
    expect(outside.allTime.find((f: Figure) => f.key === "approvalDays")).toMatchObject({ count: 1 });
  });
});
