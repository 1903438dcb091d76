import { describe, expect, it } from "vitest";
import { call, client, eventsOf, type Session, staffMember, worker } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const patch = (as: Session | null, payload: object) => call(t, as, { method: "PATCH", url: "/api/v1/me", payload });
const me = async (as: Session) => (await call(t, as, { method: "GET", url: "/api/v1/me" })).json();

describe("PATCH /api/v1/me: the time zone", () => {
  it("starts unset, is set and cleared by its owner, shown by GET /me and the session, and recorded", async () => {
    const casey = await client(t, { name: "Casey Zone" });
    expect(casey.me.timeZone).toBeNull();
    const set = await patch(casey, { timeZone: "America/Chicago" });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ name: "Casey Zone", timeZone: "America/Chicago", company: { role: "admin" } });
    expect(await me(casey)).toMatchObject({ name: "Casey Zone", timeZone: "America/Chicago" });
    const session = await call(t, casey, { method: "GET", url: "/api/v1/auth/session" });
    expect(session.json().me.timeZone).toBe("America/Chicago");
    expect((await eventsOf(t, casey.me.id)).at(-1)).toMatchObject({
      action: "user.updated",
      data: { before: { timeZone: null }, after: { timeZone: "America/Chicago" } },
    });

    const renamed = await patch(casey, { name: "Casey Renamed" });
    expect(renamed.json()).toMatchObject({ name: "Casey Renamed", timeZone: "America/Chicago" });

    const cleared = await patch(casey, { timeZone: null });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json().timeZone).toBeNull();
    expect(await me(casey)).toMatchObject({ name: "Casey Renamed", timeZone: null });
    expect((await eventsOf(t, casey.me.id)).at(-1)).toMatchObject({
      data: { before: { timeZone: "America/Chicago" }, after: { timeZone: null } },
    });
  });

  it("lets workers and staff choose one too", async () => {
    for (const as of [await worker(t), await staffMember(t, "escalations")]) {
      const response = await patch(as, { timeZone: "Asia/Singapore" });
      expect(response.statusCode, response.body).toBe(200);
      expect((await me(as)).timeZone).toBe("Asia/Singapore");
    }
  });

  it("refuses a name that is not an IANA zone, or nothing to change, with a 400 problem, and writes nothing", async () => {
    const casey = await client(t);
    await patch(casey, { timeZone: "Europe/Paris" });
    for (const [payload, pointer] of [
      [{ timeZone: "Europe/Atlantis" }, "/body/timeZone"],
      [{ timeZone: "+02:00" }, "/body/timeZone"],
      [{ timeZone: "" }, "/body/timeZone"],
      [{ timeZone: 3 }, "/body/timeZone"],
      [{ timeZone: "Europe/Paris", locale: "fr" }, "/body"],
      [{}, "/body"],
    ] as const) {
      const response = await patch(casey, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      expect(response.json().code).toBe("validation_failed");
      expect(response.json().errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    }
    expect((await patch(casey, { timeZone: "Europe/Atlantis" })).json().errors[0].message).toBe(
      "Use an IANA time zone such as America/Chicago or Europe/Paris.",
    );
    expect((await me(casey)).timeZone).toBe("Europe/Paris");
  });

  it("changes only the caller's own account: another user's request never reaches it", async () => {
    const casey = await client(t);
    const other = await client(t);
    await patch(casey, { timeZone: "Europe/Paris" });
    expect((await patch(other, { timeZone: "Asia/Tokyo" })).statusCode).toBe(200);
    expect((await patch(other, { id: casey.me.id, timeZone: "Asia/Tokyo" })).statusCode).toBe(400);
    expect((await me(casey)).timeZone).toBe("Europe/Paris");
    expect((await me(other)).timeZone).toBe("Asia/Tokyo");
    expect((await patch(null, { timeZone: "Asia/Tokyo" })).statusCode).toBe(401);
    expect((await me(casey)).timeZone).toBe("Europe/Paris");
  });
});
