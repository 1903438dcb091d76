/**
 * The worker scorecard is kept incrementally (hooks.ts, steps.ts); here random histories of one worker with one
 * company, built through the API (late check-ins, late submissions, abandons, no-shows, work released and sent to the
 * worker again, ratings published at the end of the blind period), are recomputed directly from the raw records
 * (assignments, their events, ratings): last 90 days, all time and each of the last 12 months must agree.
 */
import { asc, eq } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignments } from "#domains/assignments/tables";
import { events } from "#platform/tables";
import {
  act,
  call,
  PASSWORD,
  postingClient,
  readyWorker,
  type Session,
  sentAssignment,
  sessionFrom,
} from "#test/given";
import { testApp } from "#test/harness";
import { DAY_MS, windowStart } from "./figures";
import { ratings } from "./tables";

const t = await testApp();
const HOUR = 3_600_000;
const levels = ["excellent", "satisfied", "unsatisfied"] as const;
const Level = fc.constantFrom(...levels);

const Fate = fc.record({
  path: fc.constantFrom("completed", "abandoned", "noShow", "abandonedThenCompleted"),
  lateCheckInHours: fc.constantFrom(0, 0, 3),
  submitAfterDeadline: fc.boolean(),
  rating: fc.option(fc.tuple(Level, Level, Level, Level), { nil: null }),
});
type Fate = typeof Fate extends fc.Arbitrary<infer T> ? T : never;

async function relogin(...people: Session[]) {
  for (const as of people) {
    const login = await t.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: as.me.email, password: PASSWORD },
      remoteAddress: `10.8.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    });
    expect(login.statusCode, login.body).toBe(200);
    Object.assign(as, sessionFrom(login));
  }
}

/** One assignment's life with the worker: starts in 24 hours, due 6 hours after the start. */
async function live(owner: Session, worker: Session, fate: Fate) {
  await relogin(owner, worker);
  const startsAt = t.clock.now().getTime() + 24 * HOUR;
  const deadline = new Date(startsAt + 6 * HOUR).toISOString();
  const { id } = await sentAssignment(t, owner, [worker], { deadline }, 24);
  await act(t, worker, id, "accept");
  if (fate.path === "noShow") {
    t.clock.advance(25 * HOUR);
    await relogin(owner, worker);
    await act(t, owner, id, "no-show");
    return;
  }
  if (fate.path !== "completed") {
    await act(t, worker, id, "abandon", { reason: "Something came up" });
    if (fate.path === "abandoned") {
      return;
    }
    // Released, then sent to the same worker again: the abandon stays counted, the work counts once.
    await act(t, owner, id, "send", { workerIds: [worker.me.id] });
    await act(t, worker, id, "accept");
  }
  if (fate.lateCheckInHours > 0) {
    t.clock.set(new Date(startsAt + fate.lateCheckInHours * HOUR));
    await relogin(owner, worker);
  }
  await act(t, worker, id, "check-in", {});
  if (fate.submitAfterDeadline) {
    t.clock.set(new Date(startsAt + 7 * HOUR));
    await relogin(owner, worker);
  }
  await act(t, worker, id, "submit", { hours: 2 });
  await act(t, owner, id, "approve");
  if (fate.rating) {
    const [overall, quality, professionalism, communication] = fate.rating;
    const payload = { rates: "worker", overall, quality, professionalism, communication, review: "ok" };
    const rated = await call(t, owner, { method: "POST", url: `/api/v1/assignments/${id}/ratings`, payload });
    expect(rated.statusCode, rated.body).toBe(201);
  }
  t.clock.advance(HOUR);
}

type Fig = { count: number; total: number };
const add = (m: Map<string, Fig>, key: string, value: number) => {
  const f = m.get(key) ?? { count: 0, total: 0 };
  m.set(key, { count: f.count + 1, total: f.total + value });
};

/** The worker's figures straight from the raw records, over the events whose time `counts`. */
async function recompute(companyId: string, workerId: string, counts: (at: Date) => boolean) {
  const m = new Map<string, Fig>();
  for (const a of await t.db.select().from(assignments).where(eq(assignments.companyId, companyId))) {
    const history = await t.db.select().from(events).where(eq(events.subjectId, a.id)).orderBy(asc(events.seq));
    const about = (action: string) => history.filter((e) => e.action === action && e.data.workerId === workerId);
    const [checkIn] = about("assignment.checked_in");
    if (checkIn && a.startsAt && counts(checkIn.at)) {
      add(m, "onTimeArrival", checkIn.at <= a.startsAt ? 1 : 0);
    }
    const submitted = history.find((e) => e.action === "assignment.submitted");
    const due = a.deliverablesDueAt ?? a.deadline;
    if (submitted && due && a.assignedWorkerId === workerId && counts(submitted.at)) {
      add(m, "deliverablesOnTime", submitted.at <= due ? 1 : 0);
    }
    if (a.approvedAt && a.assignedWorkerId === workerId && counts(a.approvedAt)) {
      add(m, "completed", 1);
    }
    for (const [action, figure] of [
      ["assignment.abandoned", "abandons"],
      ["assignment.no_show_marked", "noShows"],
    ] as const) {
      for (const _ of about(action).filter((e) => counts(e.at))) {
        add(m, figure, 1);
      }
    }
  }
  for (const r of await t.db.select().from(ratings).where(eq(ratings.workerId, workerId))) {
    if (r.rates === "worker" && r.publishedAt && counts(r.publishedAt)) {
      add(m, "satisfaction", r.overall === "unsatisfied" ? 0 : 1);
      for (const dimension of ["quality", "professionalism", "communication"]) {
        add(m, dimension, r.scores[dimension] === "unsatisfied" ? 0 : 1);
      }
    }
  }
  return m;
}

const kinds = {
  satisfaction: "share",
  quality: "share",
  professionalism: "share",
  communication: "share",
  onTimeArrival: "share",
  deliverablesOnTime: "share",
  completed: "tally",
  abandons: "tally",
  noShows: "tally",
} as const;

const expected = (m: Map<string, Fig>, key: string, kind: "share" | "tally") => {
  const f = m.get(key) ?? { count: 0, total: 0 };
  if (kind === "tally") {
    return { count: f.count, value: f.count };
  }
  return { count: f.count, value: f.count === 0 ? null : Math.round((f.total / f.count) * 10_000) / 10_000 };
};

type Figures = { key: string; value: number | null; count: number }[];
type MonthlyCard = { months: string[]; figures: { key: string; points: ({ month: string } & Figures[number])[] }[] };

describe("worker scorecard: incremental equals recomputed", () => {
  it("agrees with a direct computation over random histories: both windows and each of 12 months", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(Fate, { minLength: 2, maxLength: 5 }),
        fc.integer({ min: 0, max: 120 }),
        async (fates, jump) => {
          const owner = await postingClient(t);
          const worker = await readyWorker(t);
          for (const fate of fates) {
            await live(owner, worker, fate);
          }
          // The blind period ends: the job publishes the ratings only the company gave.
          t.clock.advance(15 * DAY_MS);
          await t.runJobs();
          t.clock.advance(jump * DAY_MS);
          const companyId = String(owner.me.company?.id);
          const reader = await postingClient(t);
          const url = `/api/v1/workers/${worker.me.id}/scorecard`;
          const card = (await call(t, reader, { method: "GET", url })).json() as Record<string, Figures>;
          const monthly = (await call(t, reader, { method: "GET", url: `${url}/monthly` })).json() as MonthlyCard;
          // The read of several workers at once answers the very same scorecard, the owner's own history included.
          await relogin(owner);
          for (const as of [reader, owner]) {
            const many = await call(t, as, { method: "GET", url: `/api/v1/workers/scorecards?ids=${worker.me.id}` });
            expect(many.json().items).toEqual([(await call(t, as, { method: "GET", url })).json()]);
          }
          const now = t.clock.now();
          const from = new Date(`${windowStart(now)}T00:00:00.000Z`);
          const checks: [string, (at: Date) => boolean, (key: string) => Figures[number] | undefined][] = [
            ["allTime", () => true, (key) => card.allTime?.find((f) => f.key === key)],
            ["last90Days", (at) => at >= from, (key) => card.last90Days?.find((f) => f.key === key)],
            ...monthly.months.map(
              (month): [string, (at: Date) => boolean, (key: string) => Figures[number] | undefined] => [
                month,
                (at) => at.toISOString().startsWith(month),
                (key) => monthly.figures.find((f) => f.key === key)?.points.find((p) => p.month === month),
              ],
            ),
          ];
          for (const [window, counts, shown] of checks) {
            const m = await recompute(companyId, worker.me.id, counts);
            for (const [key, kind] of Object.entries(kinds)) {
              const figure = shown(key);
              expect({ window, key, count: figure?.count, value: figure?.value }).toEqual({
                window,
                key,
                ...expected(m, key, kind),
              });
            }
          }
        },
      ),
      { numRuns: 3, endOnFailure: true },
    );
  }, 240_000);
});
