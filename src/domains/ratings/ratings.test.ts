import { describe, expect, it } from "vitest";
import {
  act,
  assignedAssignment,
  call,
  postingClient,
  readyWorker,
  type Session,
  sentAssignment,
  staffMember,
  teammate,
} from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const DAY = 86_400_000;

const byCompany = {
  rates: "worker",
  overall: "excellent",
  quality: "excellent",
  professionalism: "satisfied",
  communication: "unsatisfied",
  review: "SECRET-COMPANY-REVIEW: careful work, slow replies",
};
const byWorker = {
  rates: "company",
  overall: "unsatisfied",
  clarity: "satisfied",
  communication: "satisfied",
  paymentAsPromised: "unsatisfied",
  review: "SECRET-WORKER-REVIEW: paid late",
};

async function approvedWork() {
  const { owner, assignee, assignment } = await assignedAssignment(t);
  await act(t, assignee, assignment.id, "check-in", {});
  await act(t, assignee, assignment.id, "submit", { hours: 2 });
  await act(t, owner, assignment.id, "approve");
  return { owner, assignee, id: assignment.id };
}

const rate = (as: Session, id: string, payload: Record<string, unknown>) =>
  call(t, as, { method: "POST", url: `/api/v1/assignments/${id}/ratings`, payload });
const ratingsOf = async (as: Session, id: string) => {
  const response = await call(t, as, { method: "GET", url: `/api/v1/assignments/${id}/ratings` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

/** Every channel a party reads that could show a rating: the ratings route, the assignment, its history, the scorecards. */
async function everythingSeenBy(as: Session, id: string, companyId: string, workerId: string): Promise<string> {
  const urls = [
    `/api/v1/assignments/${id}/ratings`,
    `/api/v1/assignments/${id}`,
    `/api/v1/events?subject=assignment:${id}`,
    `/api/v1/companies/${companyId}/scorecard`,
    `/api/v1/companies/${companyId}/scorecard/satisfaction?window=allTime`,
    `/api/v1/companies/${companyId}/scorecard/satisfaction/export.csv?window=allTime`,
    `/api/v1/workers/${workerId}/scorecard`,
    `/api/v1/workers/${workerId}/scorecard/satisfaction?window=allTime`,
    `/api/v1/workers/${workerId}/scorecard/satisfaction/export.csv?window=allTime`,
    `/api/v1/companies/${companyId}/scorecard/monthly`,
    `/api/v1/workers/${workerId}/scorecard/monthly`,
    "/api/v1/assignments/export.csv",
    "/api/v1/assignments",
    "/api/v1/assignments/inbox",
    "/api/v1/notifications",
  ];
  const bodies = await Promise.all(urls.map((url) => call(t, as, { method: "GET", url })));
  return bodies.map((b) => b.body).join("\n");
}

/** How many ratings the worker's satisfaction is made of: all time, and over the 12 months of the charts. */
async function satisfactionCounts(worker: Session) {
  const url = `/api/v1/workers/${worker.me.id}/scorecard`;
  const card = (await call(t, worker, { method: "GET", url })).json();
  const monthly = (await call(t, worker, { method: "GET", url: `${url}/monthly` })).json();
  const points = monthly.figures.find((f: { key: string }) => f.key === "satisfaction").points as { count: number }[];
  return {
    allTime: card.allTime.find((f: { key: string }) => f.key === "satisfaction").count,
    monthly: points.reduce((sum, p) => sum + p.count, 0),
  };
}

describe("POST /api/v1/assignments/:id/ratings (double-blind)", () => {
  it("keeps the first rating hidden from the other side on every channel until both have rated", async () => {
    const { owner, assignee, id } = await approvedWork();
    const companyId = String(owner.me.company?.id);
    const given = await rate(owner, id, byCompany);
    expect(given.statusCode, given.body).toBe(201);
    expect(given.json().mine.overall).toBe("excellent");
    expect(given.json().published).toBe(false);
    const ratingId = given.json().mine.id;

    const seen = await everythingSeenBy(assignee, id, companyId, assignee.me.id);
    expect(seen).not.toContain("SECRET-COMPANY-REVIEW");
    expect(seen).not.toContain(ratingId);
    const forWorker = await ratingsOf(assignee, id);
    expect(forWorker.ratings).toEqual([]);
    // Nor is it counted anywhere yet: a count would tell the worker how they were rated.
    expect(await satisfactionCounts(assignee)).toEqual({ allTime: 0, monthly: 0 });
    expect(forWorker.canRate).toBe(true);
    // The rating's own history is nobody's to read through /events, and the assignment's holds no rating event.
    const history = await call(t, assignee, { method: "GET", url: `/api/v1/events?subject=rating:${ratingId}` });
    expect(history.statusCode).toBe(404);
    const reply = await call(t, assignee, {
      method: "POST",
      url: `/api/v1/ratings/${ratingId}/reply`,
      payload: { text: "hi" },
    });
    expect(reply.statusCode).toBe(404);
    const flag = await call(t, assignee, {
      method: "POST",
      url: `/api/v1/ratings/${ratingId}/flags`,
      payload: { reason: "x" },
    });
    expect(flag.statusCode).toBe(404);

    // The company's own history of the assignment shows no rating either (a teammate reads it all).
    const companySeen = await everythingSeenBy(owner, id, companyId, assignee.me.id);
    expect(companySeen).not.toContain("SECRET-COMPANY-REVIEW".replace("COMPANY", "WORKER"));

    const second = await rate(assignee, id, byWorker);
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json().published).toBe(true);
    expect(await satisfactionCounts(assignee)).toEqual({ allTime: 1, monthly: 1 });
    const after = await ratingsOf(assignee, id);
    expect(after.ratings.map((r: { rates: string }) => r.rates).sort()).toEqual(["company", "worker"]);
    expect(after.canRate).toBe(false);
    const seenNow = await everythingSeenBy(owner, id, companyId, assignee.me.id);
    expect(seenNow).toContain('"satisfaction"');
    const companyView = await ratingsOf(owner, id);
    expect(companyView.ratings.find((r: { rates: string }) => r.rates === "company").review).toContain(
      "SECRET-WORKER-REVIEW",
    );
  });

  it("lets each side change its hidden rating, and never after publication", async () => {
    const { owner, assignee, id } = await approvedWork();
    expect((await rate(owner, id, byCompany)).statusCode).toBe(201);
    const changed = await rate(owner, id, { ...byCompany, overall: "unsatisfied", review: "Changed my mind" });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().mine).toMatchObject({ overall: "unsatisfied", review: "Changed my mind", publishedAt: null });
    // A teammate of the company sees (and could change) the company's rating; the worker still does not.
    const manager = await teammate(t, owner, "manager");
    expect((await ratingsOf(manager, id)).mine.review).toBe("Changed my mind");
    expect((await rate(assignee, id, byWorker)).statusCode).toBe(201);
    const late = await rate(owner, id, byCompany);
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe("invalid_transition");
    // Only the edited rating counts, once: the first (excellent) never reached the worker's scorecard.
    const card = await call(t, owner, { method: "GET", url: `/api/v1/workers/${assignee.me.id}/scorecard` });
    const satisfaction = card.json().allTime.find((f: { key: string }) => f.key === "satisfaction");
    expect(satisfaction).toMatchObject({ value: 0, count: 1 });
  });

  it("publishes whatever was given when 14 days have passed since the first rating", async () => {
    const { owner, assignee, id } = await approvedWork();
    expect((await rate(assignee, id, byWorker)).statusCode).toBe(201);
    t.clock.advance(13 * DAY);
    await t.runJobs();
    expect((await ratingsOf(owner, id)).ratings).toEqual([]);
    t.clock.advance(1 * DAY + 1000);
    await t.runJobs();
    const published = await ratingsOf(owner, id);
    expect(published.published).toBe(true);
    expect(published.ratings[0]).toMatchObject({ rates: "company", overall: "unsatisfied" });
    expect(published.canRate).toBe(false);
    const scorecard = await call(t, assignee, {
      method: "GET",
      url: `/api/v1/companies/${owner.me.company?.id}/scorecard`,
    });
    const satisfaction = scorecard.json().last90Days.find((f: { key: string }) => f.key === "satisfaction");
    expect(satisfaction).toMatchObject({ value: 0, count: 1, red: true });
  });

  it("takes one public reply from the rated side, and flags from readers", async () => {
    const { owner, assignee, id } = await approvedWork();
    await rate(owner, id, byCompany);
    const both = await rate(assignee, id, byWorker);
    const aboutWorker = both.json().ratings.find((r: { rates: string }) => r.rates === "worker");
    expect(aboutWorker.actions).toEqual(["reply", "flag"]);
    const byOwner = await call(t, owner, {
      method: "POST",
      url: `/api/v1/ratings/${aboutWorker.id}/reply`,
      payload: { text: "Not mine to answer" },
    });
    expect(byOwner.statusCode).toBe(403);
    const reply = {
      method: "POST" as const,
      url: `/api/v1/ratings/${aboutWorker.id}/reply`,
      payload: { text: "Thanks!" },
    };
    const replied = await call(t, assignee, reply);
    expect(replied.statusCode, replied.body).toBe(200);
    expect(replied.json()).toMatchObject({ reply: "Thanks!", actions: ["flag"] });
    expect((await call(t, assignee, reply)).json().code).toBe("invalid_transition");
    const reader = await readyWorker(t);
    const flagUrl = `/api/v1/ratings/${aboutWorker.id}/flags`;
    const flagged = await call(t, reader, { method: "POST", url: flagUrl, payload: { reason: "Insulting" } });
    expect(flagged.statusCode, flagged.body).toBe(201);
    const again = await call(t, reader, { method: "POST", url: flagUrl, payload: { reason: "Insulting" } });
    expect(again.json().id).toBe(flagged.json().id);
  });

  it("refuses before approval (409), the wrong side (403), strangers (404) and bad levels (400)", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const early = await rate(owner, assignment.id, byCompany);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: "invalid_transition", currentStatus: "assigned" });
    const { id, owner: approvedOwner } = await approvedWork();
    expect((await rate(approvedOwner, id, byWorker)).statusCode).toBe(403);
    expect((await rate(assignee, id, byWorker)).statusCode).toBe(404);
    expect((await rate(approvedOwner, id, { ...byCompany, overall: "great" })).statusCode).toBe(400);
    const viewer = await teammate(t, approvedOwner, "viewer");
    expect((await rate(viewer, id, byCompany)).statusCode).toBe(403);
  });

  it("opens ratings on an assignment cancelled after assignment, not before anyone took it", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    await act(t, owner, assignment.id, "cancel", { reason: "Client closed the site" });
    const rated = await rate(assignee, assignment.id, byWorker);
    expect(rated.statusCode, rated.body).toBe(201);
  });
});

const historyOf = (as: Session, ratingId: string) =>
  call(t, as, { method: "GET", url: `/api/v1/events?subject=rating:${ratingId}` });
const actionsIn = (response: { json: () => { items: { action: string }[] } }) =>
  response.json().items.map((e) => e.action);

describe("a rating's own history (GET /events?subject=rating:<id>)", () => {
  it("is its own side's while hidden, readable once published, and a flag only its author's", async () => {
    const { owner, assignee, id } = await approvedWork();
    const ratingId = (await rate(owner, id, byCompany)).json().mine.id;
    expect((await rate(owner, id, { ...byCompany, review: "SECRET-COMPANY-REVIEW, edited" })).statusCode).toBe(200);
    const own = await historyOf(await teammate(t, owner, "manager"), ratingId);
    expect(own.statusCode, own.body).toBe(200);
    expect(actionsIn(own)).toEqual(["rating.given", "rating.changed"]);
    // The events name the rating and the side, never the levels or the review.
    expect(own.body).not.toContain("SECRET");
    expect(own.body).not.toContain("excellent");
    for (const outsider of [assignee, await readyWorker(t), await postingClient(t)]) {
      expect((await historyOf(outsider, ratingId)).statusCode).toBe(404);
    }
    expect(await everythingSeenBy(assignee, id, String(owner.me.company?.id), assignee.me.id)).not.toContain(ratingId);

    expect((await rate(assignee, id, byWorker)).statusCode).toBe(201);
    const published = await historyOf(assignee, ratingId);
    expect(published.statusCode, published.body).toBe(200);
    expect(actionsIn(published)).toEqual(["rating.given", "rating.changed", "rating.published"]);
    const reader = await readyWorker(t);
    const flagged = await call(t, reader, {
      method: "POST",
      url: `/api/v1/ratings/${ratingId}/flags`,
      payload: { reason: "FLAG-REASON: rude" },
    });
    expect(flagged.statusCode, flagged.body).toBe(201);
    expect(actionsIn(await historyOf(reader, ratingId))).toContain("rating.flagged");
    for (const party of [assignee, owner]) {
      const seen = await historyOf(party, ratingId);
      expect(actionsIn(seen)).not.toContain("rating.flagged");
      expect(seen.body).not.toContain("FLAG-REASON");
    }
    expect(actionsIn(await historyOf(await staffMember(t), ratingId))).toContain("rating.flagged");
  });
});

describe("the compact Company Scorecard on the assignment view and the inbox item", () => {
  it("names the red figures to a worker deciding on an invitation", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    await act(t, assignee, assignment.id, "check-in", {});
    await act(t, assignee, assignment.id, "submit", { hours: 2 });
    t.clock.advance(4 * DAY);
    await act(t, owner, assignment.id, "approve");
    const next = await readyWorker(t);
    const sent = await sentAssignment(t, owner, [next]);
    const view = await call(t, next, { method: "GET", url: `/api/v1/assignments/${sent.id}` });
    expect(view.json().companyScorecard.red).toEqual(["Average days to approve"]);
    const approval = view.json().companyScorecard.figures.find((f: { key: string }) => f.key === "approvalDays");
    expect(approval).toMatchObject({ count: 1, red: true, unit: "days" });
    const inbox = await call(t, next, { method: "GET", url: "/api/v1/assignments/inbox" });
    expect(inbox.statusCode, inbox.body).toBe(200);
    const item = inbox.json().items.find((i: { id: string }) => i.id === sent.id);
    expect(item.companyScorecard).toEqual(view.json().companyScorecard);
  });
});

describe("the response time figure (from the messages domain)", () => {
  it("is the median hours to the company's first answers, with the answers listed in its drill-down", async () => {
    const owner = await postingClient(t);
    const ann = await readyWorker(t);
    const sent = await sentAssignment(t, owner, [ann]);
    const url = `/api/v1/assignments/${sent.id}/messages`;
    const asked = await call(t, ann, {
      method: "POST",
      url,
      payload: { kind: "question", body: "Is parking available?" },
    });
    expect(asked.statusCode, asked.body).toBe(201);
    t.clock.advance(3 * 3_600_000);
    const answer = { kind: "message", body: "Yes, behind the shop.", replyTo: asked.json().id };
    expect((await call(t, owner, { method: "POST", url, payload: answer })).statusCode).toBe(201);
    const companyId = String(owner.me.company?.id);
    const card = await call(t, ann, { method: "GET", url: `/api/v1/companies/${companyId}/scorecard` });
    const figure = card.json().last90Days.find((f: { key: string }) => f.key === "responseTime");
    expect(figure).toMatchObject({ value: 3, count: 1, unit: "hours", note: null });
    const drill = await call(t, ann, { method: "GET", url: `/api/v1/companies/${companyId}/scorecard/responseTime` });
    expect(drill.json().items).toMatchObject([{ value: 3, note: "Answered after 3 hours" }]);
  });
});

describe("a company's own history with a worker", () => {
  it("is on the worker's scorecard for that company's members only", async () => {
    const { owner, assignee, id } = await approvedWork();
    const url = `/api/v1/workers/${assignee.me.id}/scorecard`;
    const mine = (await call(t, owner, { method: "GET", url })).json().withYourCompany;
    expect(mine.find((f: { key: string }) => f.key === "completed")).toMatchObject({ value: 1, count: 1 });
    const other = await postingClient(t);
    const theirs = (await call(t, other, { method: "GET", url })).json().withYourCompany;
    expect(theirs.find((f: { key: string }) => f.key === "completed")).toMatchObject({ value: 0, count: 0 });
    expect((await call(t, assignee, { method: "GET", url })).json().withYourCompany).toBeNull();
    expect(id).toBeTruthy();
  });
});
