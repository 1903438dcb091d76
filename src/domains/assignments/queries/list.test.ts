import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  act,
  assignedAssignment,
  call,
  draftAssignment,
  postingClient,
  readyWorker,
  type Session,
  sentAssignment,
  teammate,
} from "#test/given";
import { testApp } from "#test/harness";
import { assignmentLabels } from "../contract";
import { compactTotalsJob } from "../jobs";
import { assignmentTotals } from "../tables";

const t = await testApp();
const HOUR = 3_600_000;
t.clock.set(new Date());

const list = async (as: Session, query = "") => {
  const response = await call(t, as, { method: "GET", url: `/api/v1/assignments${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id).sort();

/** One company with assignments in many states, and the labels each should carry. */
async function exceptions() {
  const owner = await postingClient(t);
  const wren = await readyWorker(t);
  const assign = async (overrides: Record<string, unknown>, startsIn: number) => {
    const sent = await sentAssignment(t, owner, [wren], overrides, startsIn);
    await act(t, wren, sent.id, "accept");
    return sent.id;
  };
  const late = await assign({ confirmationHours: 0 }, 1);
  const unconfirmed = await assign({}, 10);
  const held = await assign({ confirmationHours: 0 }, 48);
  await act(t, owner, held, "hold", { reason: "Waiting for the landlord" });
  const deadline = new Date(t.clock.now().getTime() + 49 * HOUR).toISOString();
  const overdue = await assign({ confirmationHours: 0, deadline }, 48);
  const calm = await assign({ confirmationHours: 0 }, 200);
  const draft = (await draftAssignment(t, owner, { title: "Survey the Denver rooftop" })).id;
  t.clock.advance(50 * HOUR);
  return { owner, wren, late, unconfirmed, held, overdue, calm, draft };
}

describe("GET /api/v1/assignments", () => {
  it("filters on each label exactly as the views compute them (the exceptions view)", async () => {
    const world = await exceptions();
    const all = await list(world.owner, "?limit=100");
    const computed = new Map<string, string[]>(
      all.items.map((i: { id: string; labels: string[] }) => [i.id, i.labels] as const),
    );
    expect(computed.get(world.late)).toEqual(["late"]);
    expect(computed.get(world.unconfirmed)).toEqual(["not_confirmed", "late"]);
    expect(computed.get(world.held)).toEqual(["late", "on_hold"]);
    expect(computed.get(world.overdue)).toEqual(["late", "deliverable_late"]);
    expect(computed.get(world.calm)).toEqual([]);
    for (const label of assignmentLabels) {
      const filtered = await list(world.owner, `?label=${label}&limit=100`);
      const expected = [...computed].filter(([, labels]) => labels.includes(label)).map(([id]) => id);
      expect(ids(filtered), label).toEqual(expected.sort());
    }
  });

  it("filters on status, worker, dates and text, with totals per status over the other filters", async () => {
    const world = await exceptions();
    const drafts = await list(world.owner, "?status=draft");
    expect(ids(drafts)).toEqual([world.draft]);
    const totals = Object.fromEntries(
      drafts.totals.map((x: { status: string; count: number; maximumSpend: { amount: number } }) => [
        x.status,
        [x.count, x.maximumSpend.amount],
      ]),
    );
    expect(totals).toEqual({ draft: [1, 25_000], assigned: [5, 125_000] });
    expect(drafts.total).toBe(1);
    const both = await list(world.owner, "?status=draft,assigned&limit=2");
    expect([both.items.length, both.total]).toEqual([2, 6]);
    expect((await list(world.owner, "?status=draft,assigned")).items).toHaveLength(6);
    expect((await list(world.owner, "?q=denver")).total).toBe(1);
    expect((await list(world.owner, "")).total).toBe(6);
    expect(ids(await list(world.owner, `?workerId=${world.wren.me.id}`))).toHaveLength(5);
    expect(ids(await list(world.owner, "?q=denver"))).toEqual([world.draft]);
    const from = new Date(t.clock.now().getTime() + 100 * HOUR).toISOString();
    expect(ids(await list(world.owner, `?from=${encodeURIComponent(from)}`))).toEqual([world.calm]);
  });

  it("pages with a cursor, newest first, without repeats or gaps", async () => {
    const owner = await postingClient(t);
    const created: string[] = [];
    for (let i = 0; i < 7; i++) {
      t.clock.advance(1000);
      created.push((await draftAssignment(t, owner, { title: `Job number ${i} here` })).id);
    }
    const seen: string[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const page = await list(owner, `?limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.total).toBe(7);
      seen.push(...page.items.map((i: { id: string }) => i.id));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(created.reverse());
  });

  it("shows a company only its own assignments, to every role, and not to workers", async () => {
    const world = await exceptions();
    const viewer = await teammate(t, world.owner, "viewer");
    const stranger = await postingClient(t);
    expect(ids(await list(viewer, "?limit=100"))).toHaveLength(6);
    expect((await list(stranger)).items).toEqual([]);
    const asWorker = await call(t, world.wren, { method: "GET", url: "/api/v1/assignments" });
    expect(asWorker.statusCode).toBe(403);
  });
});

describe("GET /api/v1/assignments/export.csv", () => {
  it("exports the filtered list with a header row", async () => {
    const world = await exceptions();
    const response = await call(t, world.owner, {
      method: "GET",
      url: "/api/v1/assignments/export.csv?status=assigned",
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/csv");
    expect(response.headers["content-disposition"]).toContain("assignments.csv");
    const lines = response.body.trim().split("\n");
    expect(lines[0]).toBe(
      "id,title,status,labels,city,starts_at,ends_at,time_zone,pricing,maximum_spend_minor_units,currency,assigned_worker,created_at",
    );
    expect(lines).toHaveLength(6);
    expect(lines.find((l: string) => l.startsWith(world.held))).toContain("late on_hold");
    expect(lines[1]).toContain("$50.00 per hour");
  });
});

describe("the maximum spend in lists", () => {
  it("includes an accepted budget increase in the list, the CSV and the assignee's inbox, as the page does", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const base = `/api/v1/assignments/${assignment.id}/requests`;
    const payload = { kind: "budget_increase", amount: 10_000, reason: "Parts" };
    const asked = (await call(t, assignee, { method: "POST", url: base, payload })).json();
    const accepted = await call(t, owner, { method: "POST", url: `${base}/${asked.id}/accept` });
    expect(accepted.statusCode, accepted.body).toBe(200);

    const [item] = (await list(owner)).items;
    expect(item).toMatchObject({ id: assignment.id, city: "Austin", maximumSpend: { amount: 35_000 } });
    const csv = await call(t, owner, { method: "GET", url: "/api/v1/assignments/export.csv" });
    expect(csv.body.split("\n")[1]).toContain(",35000,USD,");
    const inbox = (await call(t, assignee, { method: "GET", url: "/api/v1/assignments/inbox" })).json();
    expect(inbox.items[0]).toMatchObject({ id: assignment.id, maximumSpend: { amount: 35_000 } });
  });
});

describe("the raised maximum and the workers who lost out", () => {
  it("shows an invitee whose invitation was taken the priced maximum, on the page as in the inbox", async () => {
    const owner = await postingClient(t);
    const [ann, ben] = [await readyWorker(t), await readyWorker(t)];
    const sent = await sentAssignment(t, owner, [ann, ben]);
    await act(t, ann, sent.id, "accept");
    const url = `/api/v1/assignments/${sent.id}/requests`;
    const asked = (
      await call(t, ann, { method: "POST", url, payload: { kind: "expense", amount: 10_000, reason: "Parts" } })
    ).json();
    expect((await call(t, owner, { method: "POST", url: `${url}/${asked.id}/accept` })).statusCode).toBe(200);
    const page = (as: Session) => call(t, as, { method: "GET", url: `/api/v1/assignments/${sent.id}` });
    expect((await page(ann)).json().maximumSpend.amount).toBe(35_000);
    expect((await page(ben)).json().maximumSpend.amount).toBe(25_000);
    const inbox = (await call(t, ben, { method: "GET", url: "/api/v1/assignments/inbox" })).json();
    expect(inbox.items[0]).toMatchObject({ id: sent.id, maximumSpend: { amount: 25_000 } });
  });
});

describe("the completeness report of a draft a worker came off", () => {
  it("is left out for that worker (page and inbox), and kept for the client", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    await act(t, assignee, assignment.id, "abandon", { reason: "Van broke down" });
    const read = async (as: Session) =>
      (await call(t, as, { method: "GET", url: `/api/v1/assignments/${assignment.id}` })).json();
    expect((await read(assignee)).completeness).toBeNull();
    const inbox = (await call(t, assignee, { method: "GET", url: "/api/v1/assignments/inbox" })).json();
    expect(inbox.items[0]).toMatchObject({ id: assignment.id, status: "draft", completeness: null });
    expect((await read(owner)).completeness).toMatchObject({ score: expect.any(Number) });
  });
});

describe("GET /api/v1/assignments/inbox", () => {
  it("lists only what was sent to this worker, newest first, filterable by invitation status", async () => {
    const owner = await postingClient(t);
    const [wren, other] = [await readyWorker(t), await readyWorker(t)];
    const first = await sentAssignment(t, owner, [wren]);
    t.clock.advance(1000);
    const second = await sentAssignment(t, owner, [wren, other]);
    await sentAssignment(t, owner, [other]);
    await act(t, wren, first.id, "decline", { reason: "Too far" });
    const inbox = (await call(t, wren, { method: "GET", url: "/api/v1/assignments/inbox" })).json();
    expect(inbox.items.map((i: { id: string }) => i.id)).toEqual([second.id, first.id]);
    expect(inbox.items[0]).toMatchObject({ distanceKm: null, assignedToMe: false, routingMode: "first_to_accept" });
    const declined = await call(t, wren, { method: "GET", url: "/api/v1/assignments/inbox?status=declined" });
    expect(declined.json().items.map((i: { id: string }) => i.id)).toEqual([first.id]);
  });
});

describe("the unfiltered totals", () => {
  it("stay equal to the rows through every kind of change (counters kept by the writes)", async () => {
    const owner = await postingClient(t);
    const [ann, ben] = [await readyWorker(t), await readyWorker(t)];
    const flat = (amount: number) => ({ type: "flat", amount });
    const edited = await draftAssignment(t, owner);
    await call(t, owner, {
      method: "PATCH",
      url: `/api/v1/assignments/${edited.id}`,
      payload: { version: edited.version, pricing: flat(12_345), currency: "EUR" },
    });
    const voided = await draftAssignment(t, owner);
    await act(t, owner, voided.id, "void");
    const countered = await sentAssignment(t, owner, [ann, ben], { routingMode: "applications" });
    const applied = await act(t, ben, countered.id, "apply", {
      counterOffer: { pricing: flat(9_000), schedule: null },
    });
    const [application] = applied.applications as { id: string }[];
    await act(t, owner, countered.id, `applications/${application?.id}/select`);
    const cheaper = await draftAssignment(t, owner);
    await call(t, owner, {
      method: "PATCH",
      url: `/api/v1/assignments/${cheaper.id}`,
      payload: { version: cheaper.version, pricing: flat(1_000) },
    });
    const done = await sentAssignment(t, owner, [ann]);
    await act(t, ann, done.id, "accept");
    await act(t, ann, done.id, "submit", { hours: 2 });
    await act(t, owner, done.id, "approve");
    const raise = async (id: string) => {
      const url = `/api/v1/assignments/${id}/requests`;
      const payload = { kind: "budget_increase", amount: 10_000, reason: "Parts" };
      const asked = (await call(t, ann, { method: "POST", url, payload })).json();
      expect((await call(t, owner, { method: "POST", url: `${url}/${asked.id}/accept` })).statusCode).toBe(200);
    };
    const raised = await sentAssignment(t, owner, [ann]);
    await act(t, ann, raised.id, "accept");
    await raise(raised.id);
    const left = await sentAssignment(t, owner, [ann]);
    await act(t, ann, left.id, "accept");
    await raise(left.id);
    await act(t, ann, left.id, "abandon", { reason: "Sick" });
    const called = await sentAssignment(t, owner, [ben]);
    await act(t, owner, called.id, "cancel", { reason: "Not needed" });

    // Issue 9: the approved one shows its approved claim beside its ceiling; the rest have none yet.
    const items = (await list(owner, "?limit=100")).items as { id: string; approvedAmount: unknown }[];
    expect(items.find((i) => i.id === done.id)?.approvedAmount).toEqual({ amount: 10_000, currency: "USD" });
    expect(items.find((i) => i.id === raised.id)?.approvedAmount).toBeNull();
    const fromCounters = (await list(owner)).totals;
    // A text filter every row matches (each description has "the") takes the aggregating path; a blank q would
    // trim to nothing and read the counters again.
    const aggregated = (await list(owner, "?q=the&limit=100")).totals;
    expect(fromCounters).toEqual(aggregated);
    // The counters travel with the first page's rows; an empty page and a later page read them on their own.
    const empty = await list(owner, "?status=paid");
    expect([empty.items, empty.totals]).toEqual([[], fromCounters]);
    const first = await list(owner, "?limit=1");
    expect((await list(owner, `?limit=1&cursor=${first.nextCursor}`)).totals).toEqual(fromCounters);

    expect(fromCounters).toEqual([
      {
        status: "draft",
        count: 1,
        maximumSpend: { amount: 12_345, currency: "EUR" },
        amount: { amount: 12_345, currency: "EUR" },
      },
      {
        status: "draft",
        count: 2,
        maximumSpend: { amount: 26_000, currency: "USD" },
        amount: { amount: 26_000, currency: "USD" },
      },
      // The countered one at $90, and $250 raised by $100.
      {
        status: "assigned",
        count: 2,
        maximumSpend: { amount: 44_000, currency: "USD" },
        amount: { amount: 44_000, currency: "USD" },
      },
      // Issue 9: approved 2 h at $50 of a $250 ceiling shows $100 as its amount.
      {
        status: "approved",
        count: 1,
        maximumSpend: { amount: 25_000, currency: "USD" },
        amount: { amount: 10_000, currency: "USD" },
      },
      {
        status: "cancelled",
        count: 1,
        maximumSpend: { amount: 25_000, currency: "USD" },
        amount: { amount: 25_000, currency: "USD" },
      },
      {
        status: "void",
        count: 1,
        maximumSpend: { amount: 25_000, currency: "USD" },
        amount: { amount: 25_000, currency: "USD" },
      },
    ]);
  });

  it("survive compaction into one row per status and currency", async () => {
    const owner = await postingClient(t);
    for (let i = 0; i < 26; i++) {
      await act(t, owner, (await draftAssignment(t, owner)).id, "void");
    }
    const before = (await list(owner)).totals;
    expect(before).toEqual([
      {
        status: "void",
        count: 26,
        maximumSpend: { amount: 650_000, currency: "USD" },
        amount: { amount: 650_000, currency: "USD" },
      },
    ]);
    await compactTotalsJob.run(t.ctx(), {});
    const companyId = owner.me.company?.id ?? "";
    const rows = await t.db.select().from(assignmentTotals).where(eq(assignmentTotals.companyId, companyId));
    expect(rows.map((r) => [r.status, r.count])).toEqual([["void", 26]]);
    expect((await list(owner)).totals).toEqual(before);
  });
});
