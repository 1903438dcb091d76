import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { call, postingClient, readyWorker, type Session, staffMember } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const DAY = 86_400_000;

/** A worker at one spot with a unique skill, so each test sees only its own workers. */
async function workerWith(skill: string, rate: { amount: number; currency: string } | null) {
  const w = await readyWorker(t);
  const saved = await call(t, w, {
    method: "PATCH",
    url: "/api/v1/workers/me",
    payload: {
      skills: [skill],
      homeLocation: { city: "Testville", country: "US", latitude: 40, longitude: -100 },
      hourlyRate: rate,
    },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  return w;
}

async function licence(w: Session, expiresInDays: number) {
  const expiresOn = new Date(t.clock.now().getTime() + expiresInDays * DAY).toISOString().slice(0, 10);
  const added = await call(t, w, {
    method: "POST",
    url: "/api/v1/credentials",
    payload: { kind: "licence", name: "Electrician", number: "L-9", region: "TX", country: "US", expiresOn },
  });
  expect(added.statusCode, added.body).toBe(201);
  return added.json().id as string;
}

async function review(as: Session, credentialId: string, decision: "verify" | "reject") {
  const payload = decision === "verify" ? { note: null } : { reason: "The number does not match the register." };
  const answered = await call(t, as, {
    method: "POST",
    url: `/api/v1/credentials/${credentialId}/${decision}`,
    payload,
  });
  expect(answered.statusCode, answered.body).toBe(200);
}

const found = async (as: Session, skill: string, filters: string) => {
  const answer = await call(t, as, {
    method: "GET",
    url: `/api/v1/workers/search?skills=${encodeURIComponent(skill)}&latitude=40&longitude=-100&${filters}`,
  });
  expect(answer.statusCode, answer.body).toBe(200);
  return (answer.json().items as { id: string }[]).map((i) => i.id).sort();
};

describe("worker search by credentials, pools and rate (issue 12 item 6)", () => {
  it("finds a current credential verified for the company (its own review, else staff's), not an expired or rejected one", async () => {
    const skill = `Wiring ${randomUUID().slice(0, 8)}`;
    const owner = await postingClient(t);
    const staff = await staffMember(t);
    const [byCompany, byStaff, rejectedByCompany, expired, unreviewed] = await Promise.all([
      workerWith(skill, null),
      workerWith(skill, null),
      workerWith(skill, null),
      workerWith(skill, null),
      workerWith(skill, null),
    ]);
    await review(owner, await licence(byCompany, 100), "verify");
    await review(staff, await licence(byStaff, 100), "verify");
    const overruled = await licence(rejectedByCompany, 100);
    await review(staff, overruled, "verify");
    await review(owner, overruled, "reject");
    await review(staff, await licence(expired, -1), "verify");
    await licence(unreviewed, 100);
    const expected = [byCompany.me.id, byStaff.me.id].sort();
    expect(await found(owner, skill, "credentialKind=licence")).toEqual(expected);
    expect(await found(owner, skill, "credentialKind=licence&credentialName=ELECTRICIAN")).toEqual(expected);
    expect(await found(owner, skill, "credentialKind=licence&credentialName=Plumber")).toEqual([]);
    expect(await found(owner, skill, "credentialKind=insurance")).toEqual([]);
    const nameAlone = await call(t, owner, { method: "GET", url: "/api/v1/workers/search?credentialName=Electrician" });
    expect(nameAlone.statusCode).toBe(400);
    expect(nameAlone.json().code).toBe("validation_failed");
  });

  it("finds the members of the company's own pool, and nobody through another company's pool", async () => {
    const skill = `Rigging ${randomUUID().slice(0, 8)}`;
    const owner = await postingClient(t);
    const other = await postingClient(t);
    const [member, outsider] = await Promise.all([workerWith(skill, null), workerWith(skill, null)]);
    const pool = await call(t, owner, {
      method: "POST",
      url: "/api/v1/talent-pools",
      payload: { name: "Riggers", visibility: "private" },
    });
    expect(pool.statusCode, pool.body).toBe(201);
    const poolId = pool.json().id;
    const invited = await call(t, owner, {
      method: "POST",
      url: `/api/v1/talent-pools/${poolId}/invitations`,
      payload: { workerId: member.me.id },
    });
    expect(invited.statusCode, invited.body).toBe(200);
    expect((await call(t, member, { method: "POST", url: `/api/v1/talent-pools/${poolId}/apply` })).statusCode).toBe(
      200,
    );
    expect(await found(owner, skill, `poolId=${poolId}`)).toEqual([member.me.id]);
    expect(await found(other, skill, `poolId=${poolId}`)).toEqual([]);
    expect(await found(owner, skill, "")).toEqual([member.me.id, outsider.me.id].sort());
  });

  it("finds workers whose hourly rate is at most the amount, in its currency; workers with no rate are left out", async () => {
    const skill = `Fitting ${randomUUID().slice(0, 8)}`;
    const owner = await postingClient(t);
    const [cheap, exact, dear, euro] = await Promise.all([
      workerWith(skill, { amount: 4000, currency: "USD" }),
      workerWith(skill, { amount: 5000, currency: "USD" }),
      workerWith(skill, { amount: 5001, currency: "USD" }),
      workerWith(skill, { amount: 3000, currency: "EUR" }),
      workerWith(skill, null),
    ]);
    expect(await found(owner, skill, "maxRate=5000")).toEqual([cheap.me.id, exact.me.id].sort());
    expect(await found(owner, skill, "maxRate=5000&rateCurrency=EUR")).toEqual([euro.me.id]);
    expect(dear.me.id).toBeTruthy();
    for (const bad of ["maxRate=-1", "maxRate=12.5", "maxRate=abc", "maxRate=5000&rateCurrency=XXX"]) {
      const refused = await call(t, owner, { method: "GET", url: `/api/v1/workers/search?${bad}` });
      expect(refused.statusCode, bad).toBe(400);
    }
  });
});
