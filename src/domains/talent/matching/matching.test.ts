import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { act, call, draftAssignment, postingClient, readyWorker, type Session, worker } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const DAY = 86_400_000;
/** Degrees of latitude per mile along a meridian, with the evaluator's earth radius. */
const DEGREES_PER_MILE = 180 / (3958.8 * Math.PI);

/** Every page of a listing, following the cursor: the ids in order. */
async function allPages(as: Session, url: string): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await call(t, as, { method: "GET", url: cursor ? `${url}&cursor=${cursor}` : url });
    expect(page.statusCode, page.body).toBe(200);
    seen.push(...ids(page.json()));
    cursor = page.json().nextCursor;
  } while (cursor);
  return seen;
}

/** A worker living at (latitude, longitude) with these skills (and industries). */
async function livingAt(latitude: number, longitude: number, skills: string[], name?: string, industries?: string[]) {
  const w = await readyWorker(t, name ? { name } : {});
  const saved = await call(t, w, {
    method: "PATCH",
    url: "/api/v1/workers/me",
    payload: {
      skills,
      homeLocation: { city: "Testville", country: "US", latitude, longitude },
      ...(industries ? { industries } : {}),
    },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  return w;
}

const search = (as: Session, query: string) => call(t, as, { method: "GET", url: `/api/v1/workers/search?${query}` });
const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);

async function licence(w: Session, verifier: Session | null) {
  const expiresOn = new Date(t.clock.now().getTime() + 200 * DAY).toISOString().slice(0, 10);
  const added = await call(t, w, {
    method: "POST",
    url: "/api/v1/credentials",
    payload: { kind: "licence", name: "Electrician", number: "L-1", region: "MT", country: "US", expiresOn },
  });
  expect(added.statusCode, added.body).toBe(201);
  if (verifier) {
    const verified = await call(t, verifier, {
      method: "POST",
      url: `/api/v1/credentials/${added.json().id}/verify`,
      payload: { note: null },
    });
    expect(verified.statusCode, verified.body).toBe(200);
  }
}

describe("GET /api/v1/workers/search", () => {
  it('finds a skill saved as "POS Installation" by searching "pos installation", and stops once it is removed', async () => {
    // The stored skill_keys (lower-cased) are what search compares; a later edit of skills must rewrite them too.
    const tag = randomUUID().slice(0, 8).toUpperCase();
    const w = await livingAt(45, -100, [`POS Installation ${tag}`, "Cabling"]);
    const owner = await postingClient(t);
    const query = `skills=${encodeURIComponent(`pos installation ${tag.toLowerCase()}`)}&latitude=45&longitude=-100`;
    const found = await search(owner, query);
    expect(found.statusCode, found.body).toBe(200);
    expect(ids(found.json())).toEqual([w.me.id]);
    expect(found.json().items[0].skillsMatched).toEqual([`pos installation ${tag.toLowerCase()}`]);
    const edited = await call(t, w, { method: "PATCH", url: "/api/v1/workers/me", payload: { skills: ["Cabling"] } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(ids((await search(owner, query)).json())).toEqual([]);
  });

  it("finds workers with the skills within the radius, nearest first; exactly at the radius is inside", async () => {
    const skill = `Splicing ${randomUUID().slice(0, 8)}`;
    const centre = { latitude: 47, longitude: -110 };
    const atEdge = await livingAt(centre.latitude + 50 * DEGREES_PER_MILE, centre.longitude, [skill]);
    const near = await livingAt(centre.latitude + 10 * DEGREES_PER_MILE, centre.longitude, [skill.toUpperCase()]);
    const beyond = await livingAt(centre.latitude + 50.01 * DEGREES_PER_MILE, centre.longitude, [skill]);
    const otherSkill = await livingAt(centre.latitude, centre.longitude, ["Painting"]);
    const owner = await postingClient(t);
    const found = await search(owner, `skills=${encodeURIComponent(skill)}&latitude=47&longitude=-110&radiusMiles=50`);
    expect(found.statusCode, found.body).toBe(200);
    expect(ids(found.json())).toEqual([near.me.id, atEdge.me.id]);
    expect(found.json().items[1]).toMatchObject({ distanceMiles: 50, skillsMatched: [skill.toLowerCase()] });
    expect(found.json().items[0].scorecard).toEqual({
      satisfaction: null,
      onTimeArrival: null,
      abandons: 0,
      completed: 0,
    });
    expect(ids(found.json())).not.toContain(beyond.me.id);
    expect(ids(found.json())).not.toContain(otherSkill.me.id);
    // Paged by the cursor: one a page, the same order.
    const first = await search(
      owner,
      `skills=${encodeURIComponent(skill)}&latitude=47&longitude=-110&radiusMiles=50&limit=1`,
    );
    const second = await search(
      owner,
      `skills=${encodeURIComponent(skill)}&latitude=47&longitude=-110&radiusMiles=50&limit=1&cursor=${first.json().nextCursor}`,
    );
    expect([...ids(first.json()), ...ids(second.json())]).toEqual([near.me.id, atEdge.me.id]);
    expect(second.json().nextCursor).toBeNull();
  });

  it("pages in great-circle order where the nearest-neighbour index order differs, skipping who fails a check", async () => {
    // At 60°N a degree of longitude is half a mile of a degree of latitude, so the index's nearest-first order (in
    // degrees) puts north before east: the page's box is bounded by the first rows that pass the checks, then the
    // page is sorted by the true distance. `noIndustry` is nearest but fails the industry check.
    const skill = `Splicing ${randomUUID().slice(0, 8)}`;
    const centre = { latitude: 60, longitude: 10 };
    const north = (miles: number) => centre.latitude + miles * DEGREES_PER_MILE;
    const east = (miles: number) => centre.longitude + (miles * DEGREES_PER_MILE) / Math.cos((60 * Math.PI) / 180);
    const telecom = ["Telecommunications"];
    const noIndustry = await livingAt(north(5), centre.longitude, [skill], undefined, []);
    const a = await livingAt(centre.latitude, east(10), [skill], undefined, telecom);
    const b = await livingAt(north(12), centre.longitude, [skill], undefined, telecom);
    const c = await livingAt(north(13), centre.longitude, [skill], undefined, telecom);
    const d = await livingAt(north(20), centre.longitude, [skill], undefined, telecom);
    const owner = await postingClient(t);
    const query = `/api/v1/workers/search?skills=${encodeURIComponent(skill)}&industry=Telecommunications&latitude=60&longitude=10&radiusMiles=50`;
    const whole = await call(t, owner, { method: "GET", url: query });
    expect(ids(whole.json())).toEqual([a.me.id, b.me.id, c.me.id, d.me.id]);
    expect(ids(whole.json())).not.toContain(noIndustry.me.id);
    for (const limit of [1, 2, 3]) {
      expect(await allPages(owner, `${query}&limit=${limit}`)).toEqual([a.me.id, b.me.id, c.me.id, d.me.id]);
    }
  });

  it("searches around a place by name, and refuses workers, radii over 100 miles and bad coordinates", async () => {
    const skill = `Rigging ${randomUUID().slice(0, 8)}`;
    const w = await livingAt(30.2672, -97.7431, [skill]);
    const owner = await postingClient(t);
    const byPlace = await search(owner, `skills=${encodeURIComponent(skill)}&near=Austin&country=US&radiusMiles=10`);
    expect(byPlace.statusCode, byPlace.body).toBe(200);
    expect(ids(byPlace.json())).toEqual([w.me.id]);
    expect(byPlace.json().centre.label).toContain("Austin");
    expect((await search(w, "skills=x")).statusCode).toBe(403);
    const tooFar = await search(owner, "latitude=30&longitude=-97&radiusMiles=101");
    expect(tooFar.statusCode).toBe(400);
    expect(tooFar.json().errors.map((e: { pointer: string }) => e.pointer)).toContain("/querystring/radiusMiles");
    expect((await search(owner, "latitude=91&longitude=0")).statusCode).toBe(400);
    expect((await search(owner, "latitude=abc&longitude=0")).statusCode).toBe(400);
    expect((await search(owner, "latitude=30")).statusCode).toBe(400);
    expect((await search(owner, "near=Nowhereville%20Qq&country=US")).statusCode).toBe(422);
  });
});

describe("GET /api/v1/assignments/{id}/matches", () => {
  it("ranks by the assignment's skills then distance, with the reasons accept gives (one evaluator)", async () => {
    const tag = randomUUID().slice(0, 8);
    const [s1, s2] = [`Fiber ${tag}`, `OTDR ${tag}`];
    const site = { latitude: 46, longitude: -112 };
    const owner = await postingClient(t);
    const set = await call(t, owner, {
      method: "POST",
      url: "/api/v1/requirement-sets",
      payload: {
        name: "Licensed fiber techs",
        requirements: [
          { type: "skill", skill: s1 },
          { type: "licence", name: "Electrician", region: "MT" },
          { type: "distance", maxMiles: 80 },
        ],
      },
    });
    expect(set.statusCode, set.body).toBe(201);
    const both = await livingAt(site.latitude + 60 * DEGREES_PER_MILE, site.longitude, [s1, s2]);
    const oneNear = await livingAt(site.latitude + 5 * DEGREES_PER_MILE, site.longitude, [s1]);
    const oneFar = await livingAt(site.latitude + 30 * DEGREES_PER_MILE, site.longitude, [s1]);
    const noSkill = await livingAt(site.latitude, site.longitude, [s2]);
    const outside = await livingAt(site.latitude + 81 * DEGREES_PER_MILE, site.longitude, [s1, s2]);
    await licence(both, owner);
    await licence(oneNear, null); // pending: shown, not eligible
    await licence(oneFar, owner);
    const draft = await draftAssignment(t, owner, {
      skills: [s1, s2],
      location: { city: "Testville", country: "US", latitude: site.latitude, longitude: site.longitude },
    });
    const attached = await call(t, owner, {
      method: "PUT",
      url: `/api/v1/assignments/${draft.id}/requirement-set`,
      payload: { requirementSetId: set.json().id },
    });
    expect(attached.statusCode, attached.body).toBe(200);
    const matches = await call(t, owner, { method: "GET", url: `/api/v1/assignments/${draft.id}/matches` });
    expect(matches.statusCode, matches.body).toBe(200);
    const body = matches.json();
    expect(body.radiusMiles).toBe(80);
    expect(ids(body)).toEqual([both.me.id, oneNear.me.id, oneFar.me.id]);
    expect(ids(body)).not.toContain(noSkill.me.id);
    expect(ids(body)).not.toContain(outside.me.id);
    expect(body.items.map((m: { rank: number; eligible: boolean }) => [m.rank, m.eligible])).toEqual([
      [1, true],
      [2, false],
      [3, true],
    ]);
    expect(body.items[1].checks.map((c: { reason: string }) => c.reason)).toContain(
      "licence: Electrician, MT: awaiting verification",
    );
    // The agreement: what matching says is what the requirements route (and so accept) says.
    await act(t, owner, draft.id, "send", { workerIds: [both.me.id, oneNear.me.id, oneFar.me.id] });
    for (const [i, w] of [both, oneNear, oneFar].entries()) {
      const own = await call(t, w, { method: "GET", url: `/api/v1/assignments/${draft.id}/requirements` });
      expect(own.json().checks).toEqual(body.items[i].checks);
      expect(own.json().eligible).toBe(body.items[i].eligible);
    }
    const refused = await call(t, oneNear, { method: "POST", url: `/api/v1/assignments/${draft.id}/accept` });
    expect(refused.statusCode).toBe(403);
    expect((await act(t, both, draft.id, "accept")).status).toBe("assigned");
    // Paging keeps the rank.
    const page2 = await call(t, owner, {
      method: "GET",
      url: `/api/v1/assignments/${draft.id}/matches?limit=2`,
    });
    const rest = await call(t, owner, {
      method: "GET",
      url: `/api/v1/assignments/${draft.id}/matches?limit=2&cursor=${page2.json().nextCursor}`,
    });
    expect(rest.json().items.map((m: { id: string; rank: number }) => [m.id, m.rank])).toEqual([[oneFar.me.id, 3]]);
  });

  it("pages those with every skill first, nearest first, whatever page size bounds the search", async () => {
    // Workers with both of the assignment's skills rank first: a page of the nearest of them bounds the box the
    // page is looked for in; those with one skill, though nearer, come after; `unlicensed` fails the set's check.
    const tag = randomUUID().slice(0, 8);
    const [s1, s2] = [`Fiber ${tag}`, `OTDR ${tag}`];
    const site = { latitude: 44, longitude: -104 };
    const at = (miles: number) => site.latitude + miles * DEGREES_PER_MILE;
    const owner = await postingClient(t);
    const set = await call(t, owner, {
      method: "POST",
      url: "/api/v1/requirement-sets",
      payload: {
        name: "Licensed",
        requirements: [
          { type: "skill", skill: s1 },
          { type: "licence", name: "Electrician" },
        ],
      },
    });
    expect(set.statusCode, set.body).toBe(201);
    const both10 = await livingAt(at(10), site.longitude, [s1, s2]);
    const unlicensed = await livingAt(at(15), site.longitude, [s1, s2]);
    const both20 = await livingAt(at(20), site.longitude, [s1, s2]);
    const both30 = await livingAt(at(30), site.longitude, [s1, s2]);
    const one1 = await livingAt(at(1), site.longitude, [s1]);
    const one2 = await livingAt(at(2), site.longitude, [s1]);
    for (const w of [both10, both20, both30, one1, one2]) {
      await licence(w, owner);
    }
    const draft = await draftAssignment(t, owner, {
      skills: [s1, s2],
      location: { city: "Testville", country: "US", latitude: site.latitude, longitude: site.longitude },
    });
    const attached = await call(t, owner, {
      method: "PUT",
      url: `/api/v1/assignments/${draft.id}/requirement-set`,
      payload: { requirementSetId: set.json().id },
    });
    expect(attached.statusCode, attached.body).toBe(200);
    const expected = [both10, both20, both30, one1, one2].map((w) => w.me.id);
    for (const limit of [1, 2, 3, 25]) {
      const seen = await allPages(owner, `/api/v1/assignments/${draft.id}/matches?radiusMiles=50&limit=${limit}`);
      expect(seen, `limit ${limit}`).toEqual(expected);
    }
    expect(expected).not.toContain(unlicensed.me.id);
  });

  it("is for the company's members: workers get 403, another company 404, a radius over 100 is 400", async () => {
    const owner = await postingClient(t);
    const draft = await draftAssignment(t, owner);
    const w = await worker(t);
    expect((await call(t, w, { method: "GET", url: `/api/v1/assignments/${draft.id}/matches` })).statusCode).toBe(403);
    const other = await postingClient(t);
    expect((await call(t, other, { method: "GET", url: `/api/v1/assignments/${draft.id}/matches` })).statusCode).toBe(
      404,
    );
    const wide = await call(t, owner, {
      method: "GET",
      url: `/api/v1/assignments/${draft.id}/matches?radiusMiles=150`,
    });
    expect(wide.statusCode).toBe(400);
  });

  it("answers 400 to a cursor it did not make (wrong keys, kinds or length), never a database error", async () => {
    const owner = await postingClient(t);
    const draft = await draftAssignment(t, owner);
    const made = (keys: unknown) => Buffer.from(JSON.stringify(keys)).toString("base64url");
    const bad = [
      "not-base64-json",
      made({ a: 1 }),
      made([]),
      made([1]),
      made(["two", 3.5, randomUUID(), 0]),
      made([2, "far", randomUUID(), 0]),
      made([2, 3.5, "not-an-id", 0]),
      made([2, 3.5, randomUUID(), -1]),
      made([2, 3.5, randomUUID(), 0, "extra"]),
    ];
    for (const cursor of bad) {
      for (const url of [
        `/api/v1/assignments/${draft.id}/matches?cursor=${cursor}`,
        `/api/v1/workers/search?latitude=40&longitude=-100&cursor=${cursor}`,
        `/api/v1/workers/search?cursor=${cursor}`,
      ]) {
        const answer = await call(t, owner, { method: "GET", url });
        expect(answer.statusCode, `${url} ${answer.body}`).toBe(400);
        expect(answer.json().errors).toEqual([{ pointer: "/querystring/cursor", message: "Invalid cursor." }]);
      }
    }
    // The cursors it makes still page (the search's own keys: miles or name, then the id).
    const search = await call(t, owner, { method: "GET", url: `/api/v1/workers/search?limit=1` });
    const next = search.json().nextCursor;
    expect(next).toBeTruthy();
    expect(
      (await call(t, owner, { method: "GET", url: `/api/v1/workers/search?limit=1&cursor=${next}` })).statusCode,
    ).toBe(200);
  });
});
