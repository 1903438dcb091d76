import { describe, expect, it } from "vitest";
import { encodeCursor } from "#platform/pagination";
import { call, readyWorker, type Session, staffMember, worker } from "#test/given";
import { testApp } from "#test/harness";
import { REPORTS_PER_HOUR } from "./actions/report";

/**
 * The four moderation lists a page at a time (keyset on time then id, so ties neither repeat nor vanish between
 * pages), and the per-reporter limit on filing reports.
 */
const t = await testApp();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const staff = await staffMember(t, "trust_safety");

const get = (as: Session, url: string) => call(t, as, { method: "GET", url });
const post = (as: Session, url: string, payload: Record<string, unknown>) =>
  call(t, as, { method: "POST", url, payload });

const fileReport = (as: Session, partyId: string, headers: Record<string, string> = {}) =>
  call(t, as, {
    method: "POST",
    url: "/api/v1/reports",
    headers,
    payload: {
      subjectType: "user",
      subjectId: partyId,
      rule: "CVG-1.3",
      details: "They sent threatening messages after I declined the extra work.",
    },
  });

async function report(as: Session, partyId: string): Promise<Row> {
  const response = await fileReport(as, partyId);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

interface Row {
  id: string;
  createdAt: string;
  issuedAt: string;
  appeal: { appealedAt: string } | null;
}

/** Every item of a list, following `nextCursor` page by page. */
async function pageThrough(as: Session, url: string, limit: number) {
  const items: Row[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const query: string = `${url.includes("?") ? "&" : "?"}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const response = await get(as, `${url}${query}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { items: Row[]; nextCursor: string | null };
    expect(body.items.length).toBeLessThanOrEqual(limit);
    items.push(...body.items);
    cursor = body.nextCursor;
    pages += 1;
  } while (cursor && pages < 1000);
  const ids = items.map((item) => item.id);
  expect(new Set(ids).size, "no row twice").toBe(ids.length);
  return { items, ids, pages };
}

/** Rows sorted as the server sorts them: by time, then id (uuid order is the order of their lowercase text). */
function sorted<T extends { id: string }>(rows: T[], at: (row: T) => string, direction: "asc" | "desc"): string[] {
  const sign = direction === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => sign * (at(a).localeCompare(at(b)) || a.id.localeCompare(b.id))).map((row) => row.id);
}

/** Freezes the clock on a whole second, so several records share one timestamp (ties). */
function freeze(): Date {
  const at = new Date(Math.floor(t.clock.now().getTime() / 1000) * 1000);
  t.clock.set(at);
  return at;
}

/** Files three reports at one instant, then two a minute later, then two more: ties at every step. */
async function reportsWithTies(as: Session, partyId: string): Promise<Row[]> {
  freeze();
  const rows: Row[] = [];
  for (const batch of [3, 2, 2]) {
    for (let n = 0; n < batch; n++) {
      rows.push(await report(as, partyId));
    }
    t.clock.advance(60_000);
  }
  return rows;
}

describe("my reports a page at a time", () => {
  it("pages newest first, ties by id, with no duplicates or gaps, and only the caller's own", async () => {
    const reporter = await readyWorker(t);
    const party = await worker(t);
    const mine = await reportsWithTies(reporter, party.me.id);
    const listed = await pageThrough(reporter, "/api/v1/reports", 2);
    expect(listed.pages).toBe(4);
    expect(listed.ids).toEqual(sorted(mine, (r) => r.createdAt, "desc"));

    const someoneElse = await readyWorker(t);
    await report(someoneElse, party.me.id);
    const theirs = await pageThrough(someoneElse, "/api/v1/reports", 2);
    expect(theirs.ids).toHaveLength(1);
    expect(theirs.ids.filter((id) => listed.ids.includes(id))).toEqual([]);
  });
});

describe("the staff report queue a page at a time", () => {
  it("pages the open queue oldest first and decided reports newest first, ties by id", async () => {
    const reporter = await readyWorker(t);
    const party = await worker(t);
    const filed = await reportsWithTies(reporter, party.me.id);
    const open = await pageThrough(staff, "/api/v1/staff/reports", 3);
    expect(open.pages).toBeGreaterThan(1);
    expect(open.ids).toEqual(sorted(open.items, (r) => r.createdAt, "asc"));
    expect(open.ids.filter((id) => filed.some((r) => r.id === id))).toEqual(sorted(filed, (r) => r.createdAt, "asc"));

    for (const row of filed.slice(0, 5)) {
      const dismissed = await post(staff, `/api/v1/staff/reports/${row.id}/dismiss`, { reason: "Not a violation." });
      expect(dismissed.statusCode, dismissed.body).toBe(200);
    }
    const decided = await pageThrough(staff, "/api/v1/staff/reports?status=dismissed", 2);
    expect(decided.ids).toEqual(sorted(decided.items, (r) => r.createdAt, "desc"));
    expect(decided.ids.filter((id) => filed.some((r) => r.id === id))).toHaveLength(5);
  });
});

describe("sanctions a page at a time", () => {
  it("pages the party's sanctions and the staff list newest first, and the appeals waiting oldest first", async () => {
    const reporter = await readyWorker(t);
    const party = await readyWorker(t);
    const reports = await reportsWithTies(reporter, party.me.id);
    freeze();
    const issued: Row[] = [];
    for (const [n, row] of reports.entries()) {
      const response = await post(staff, "/api/v1/staff/sanctions", {
        partyType: "user",
        partyId: party.me.id,
        kind: "warning",
        rule: "CVG-1.3",
        reportIds: [row.id],
        reason: "Threatening messages to a worker, confirmed by the thread.",
        endsAt: new Date(t.clock.now().getTime() + 90 * DAY).toISOString(),
      });
      expect(response.statusCode, response.body).toBe(201);
      issued.push(response.json());
      if (n % 3 === 2) {
        t.clock.advance(60_000);
      }
    }
    const theirs = await pageThrough(party, "/api/v1/sanctions", 2);
    expect(theirs.ids).toEqual(sorted(issued, (s) => s.issuedAt, "desc"));
    const everyone = await pageThrough(staff, "/api/v1/staff/sanctions", 3);
    expect(everyone.ids).toEqual(sorted(everyone.items, (s) => s.issuedAt, "desc"));
    expect(everyone.ids.filter((id) => theirs.ids.includes(id))).toEqual(theirs.ids);
    const stranger = await pageThrough(reporter, "/api/v1/sanctions", 2);
    expect(stranger.ids).toEqual([]);

    freeze();
    for (const [n, row] of issued.entries()) {
      const appealed = await post(party, `/api/v1/sanctions/${row.id}/appeal`, {
        statement: "I did not send those messages; the thread shows a misunderstanding.",
      });
      expect(appealed.statusCode, appealed.body).toBe(200);
      if (n % 2 === 1) {
        t.clock.advance(60_000);
      }
    }
    const waiting = await pageThrough(staff, "/api/v1/staff/sanctions?appeal=pending", 2);
    const appealedAt = (s: Row) => s.appeal?.appealedAt ?? "";
    expect(waiting.ids).toEqual(sorted(waiting.items, appealedAt, "asc"));
    expect(waiting.ids.filter((id) => theirs.ids.includes(id))).toHaveLength(issued.length);
  });
});

describe("bad cursors and who may read which list", () => {
  const lists = ["/api/v1/reports", "/api/v1/sanctions", "/api/v1/staff/reports", "/api/v1/staff/sanctions"];

  it("answers 400 with a problem document, never 500, for a tampered cursor or a bad limit", async () => {
    for (const url of lists) {
      for (const tampered of ["garbage!", encodeCursor(["not a time", "not a uuid"]), encodeCursor([])]) {
        const response = await get(staff, `${url}?cursor=${encodeURIComponent(tampered)}`);
        expect(response.statusCode, `${url} ${tampered}`).toBe(400);
        expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
        expect(response.json().code).toBe("validation_failed");
      }
      for (const limit of ["0", "101", "ten"]) {
        expect((await get(staff, `${url}?limit=${limit}`)).statusCode, `${url} limit=${limit}`).toBe(400);
      }
    }
  });

  it("keeps the staff lists from workers and clients, with or without a cursor", async () => {
    const someone = await readyWorker(t);
    const cursor = encodeCursor([new Date().toISOString(), "00000000-0000-0000-0000-000000000000"]);
    for (const url of ["/api/v1/staff/reports", "/api/v1/staff/sanctions"]) {
      for (const query of ["", `?limit=1&cursor=${cursor}`]) {
        const response = await get(someone, `${url}${query}`);
        expect(response.statusCode, `${url}${query}`).toBe(403);
        expect(response.json().code).toBe("forbidden");
      }
    }
  });
});

describe("the limit on filing reports", () => {
  it(`files ${REPORTS_PER_HOUR} reports an hour per reporter, answers the next with 429, and counts only filed ones`, async () => {
    // Ten minutes into an hour: the window's end, and so Retry-After, is known exactly.
    const hour = Math.ceil(t.clock.now().getTime() / HOUR) * HOUR;
    t.clock.set(new Date(hour + 10 * 60_000));
    const reporter = await readyWorker(t);
    const party = await worker(t);

    const self = await fileReport(reporter, reporter.me.id);
    expect(self.statusCode, "a refused report does not count").toBe(400);
    for (let n = 0; n < REPORTS_PER_HOUR; n++) {
      await report(reporter, party.me.id);
    }
    const retried = { "idempotency-key": "report-after-the-limit" };
    const refused = await fileReport(reporter, party.me.id, retried);
    expect(refused.statusCode, refused.body).toBe(429);
    expect(refused.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(refused.headers["retry-after"]).toBe(String(50 * 60));
    expect(refused.json()).toMatchObject({
      type: "https://worklane.dev/problems/rate-limited",
      status: 429,
      code: "rate_limited",
      retryAfterSeconds: 3000,
    });
    expect(refused.json().detail).toMatch(/20 reports this hour.*Try again in 50 minutes/);
    const again = await fileReport(reporter, party.me.id);
    expect(again.statusCode, "still refused, and the refusals do not push the window").toBe(429);
    expect((await pageThrough(reporter, "/api/v1/reports", 100)).ids).toHaveLength(REPORTS_PER_HOUR);

    const other = await readyWorker(t);
    expect((await fileReport(other, party.me.id)).statusCode, "the limit is per reporter").toBe(201);

    t.clock.advance(50 * 60_000);
    // A 429 is not kept against its Idempotency-Key: the same request retried after Retry-After is filed.
    const later = await fileReport(reporter, party.me.id, retried);
    expect(later.statusCode, later.body).toBe(201);
    expect(later.headers["idempotent-replayed"]).toBeUndefined();
    expect((await fileReport(reporter, party.me.id)).statusCode, "a new hour").toBe(201);
  });
});
