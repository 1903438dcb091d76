import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rateLimits } from "#platform/tables";
import { call, eventsOf, PASSWORD, sessionFrom, uniqueEmail, worker } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const MINUTE = 60_000;
const DAY = 86_400_000;
const WINDOW = 15 * MINUTE;

let ipCounter = 0;
/** Each test logs in from its own address, so the per-IP counter of one test does not leak into another. */
function freshIp(): string {
  ipCounter += 1;
  return `10.9.${Math.floor(ipCounter / 250)}.${ipCounter % 250}`;
}

function logIn(email: string, password: string, remoteAddress: string) {
  return t.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password }, remoteAddress });
}

/** Fixed-window counters: start each rate-limit test just after a window opens, so it cannot straddle two. */
function startOfNextWindow(): void {
  const now = t.clock.now().getTime();
  t.clock.advance(WINDOW - (now % WINDOW) + 1000);
}

describe("POST /api/v1/auth/login rate limit", () => {
  it("locks an account for one source after 10 wrong passwords, with Retry-After, and not for the owner elsewhere", async () => {
    const email = uniqueEmail();
    await worker(t, { email });
    startOfNextWindow();
    const attacker = freshIp();
    for (let attempt = 1; attempt <= 10; attempt++) {
      const response = await logIn(email, "not the password", attacker);
      expect(response.statusCode, `attempt ${attempt}`).toBe(401);
    }
    t.clock.advance(10 * MINUTE);
    const limited = await logIn(email, PASSWORD, attacker);
    expect(limited.statusCode).toBe(429);
    const body = limited.json();
    expect(body.code).toBe("rate_limited");
    expect(body.retryAfterSeconds).toBeGreaterThan(0);
    expect(body.retryAfterSeconds).toBeLessThanOrEqual(5 * 60);
    expect(limited.headers["retry-after"]).toBe(String(body.retryAfterSeconds));
    expect(body.detail).toMatch(/Try again in \d+ (seconds|minutes) \(after \d\d:\d\d UTC\)/);
    expect(limited.cookies).toEqual([]);

    // The owner, from their own network, is not locked out by the attacker's failures.
    expect((await logIn(email, PASSWORD, freshIp())).statusCode).toBe(200);

    t.clock.advance(body.retryAfterSeconds * 1000);
    const after = await logIn(email, PASSWORD, attacker);
    expect(after.statusCode, after.body).toBe(200);
  });

  it("counts accounts separately: another account on the same address can still log in", async () => {
    const limitedEmail = uniqueEmail();
    const email = uniqueEmail();
    await worker(t, { email: limitedEmail });
    await worker(t, { email });
    startOfNextWindow();
    const ip = freshIp();
    for (let attempt = 0; attempt < 11; attempt++) {
      await logIn(limitedEmail, "not the password", ip);
    }
    expect((await logIn(limitedEmail, PASSWORD, ip)).statusCode).toBe(429);
    expect((await logIn(email, PASSWORD, ip)).statusCode).toBe(200);
  });

  it("answers the 101st failure from one address within 15 minutes with 429, whatever the account", async () => {
    const email = uniqueEmail();
    await worker(t, { email });
    startOfNextWindow();
    const ip = freshIp();
    for (let attempt = 0; attempt < 100; attempt++) {
      await logIn(uniqueEmail("guess"), "not the password", ip);
    }
    const limited = await logIn(email, PASSWORD, ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe("rate_limited");
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    expect((await logIn(email, PASSWORD, freshIp())).statusCode).toBe(200);
  });

  it("does not count right passwords: a busy office address never limits its own people", async () => {
    const emails = [uniqueEmail(), uniqueEmail(), uniqueEmail()];
    for (const email of emails) {
      await worker(t, { email });
    }
    startOfNextWindow();
    const office = freshIp();
    for (const email of [...emails, ...emails]) {
      expect((await logIn(email, PASSWORD, office)).statusCode).toBe(200);
    }
    const [counter] = await t.db
      .select()
      .from(rateLimits)
      .where(eq(rateLimits.key, `login:ip:${office}`));
    expect(counter?.hits).toBe(0);
  });

  it("slows, never locks, an account attacked from many sources: one attempt per 10 seconds", async () => {
    const email = uniqueEmail();
    await worker(t, { email });
    startOfNextWindow();
    for (let attempt = 0; attempt < 30; attempt++) {
      expect((await logIn(email, "not the password", freshIp())).statusCode).toBe(401);
    }
    // Past the ceiling, one attempt per 10-second window from anywhere: the owner gets in when it is theirs.
    t.clock.advance(10_000 - (t.clock.now().getTime() % 10_000) + 100);
    expect((await logIn(email, PASSWORD, freshIp())).statusCode).toBe(200);
    const slowed = await logIn(email, PASSWORD, freshIp());
    expect(slowed.statusCode).toBe(429);
    expect(Number(slowed.headers["retry-after"])).toBeLessThanOrEqual(10);
    expect(slowed.json().detail).toContain("slowed");
    t.clock.advance(Number(slowed.headers["retry-after"]) * 1000);
    expect((await logIn(email, PASSWORD, freshIp())).statusCode).toBe(200);
  });
});

describe("sessions", () => {
  it("sets an HttpOnly, SameSite=Lax cookie on path / that lasts 30 days, not Secure over plain HTTP", async () => {
    const email = uniqueEmail();
    await worker(t, { email });
    const response = await logIn(email, PASSWORD, freshIp());
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === "wl_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/", maxAge: 30 * 86_400 });
    expect(cookie?.secure).toBeUndefined();
    const header = String(response.headers["set-cookie"]);
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    expect(header).toMatch(/Path=\//);
    expect(cookie?.value).toMatch(/^[\w-]{43}$/);
  });

  it("records the log-in in the user's history with the address", async () => {
    const email = uniqueEmail();
    const wren = await worker(t, { email });
    const ip = freshIp();
    expect((await logIn(email, PASSWORD, ip)).statusCode).toBe(200);
    expect((await eventsOf(t, wren.me.id)).at(-1)).toMatchObject({ action: "user.logged_in", actorId: wren.me.id, ip });
  });

  it("works for 30 days, then answers 401", async () => {
    const email = uniqueEmail();
    await worker(t, { email });
    const session = sessionFrom(await logIn(email, PASSWORD, freshIp()));
    t.clock.advance(29 * DAY);
    expect((await call(t, session, { method: "GET", url: "/api/v1/me" })).statusCode).toBe(200);
    t.clock.advance(DAY + MINUTE);
    const expired = await call(t, session, { method: "GET", url: "/api/v1/me" });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe("unauthenticated");
  });

  it("logging out ends only that session and records it", async () => {
    const email = uniqueEmail();
    const wren = await worker(t, { email });
    const other = sessionFrom(await logIn(email, PASSWORD, freshIp()));
    expect((await call(t, wren, { method: "POST", url: "/api/v1/auth/logout" })).statusCode).toBe(200);
    expect((await call(t, wren, { method: "GET", url: "/api/v1/me" })).statusCode).toBe(401);
    expect((await call(t, other, { method: "GET", url: "/api/v1/me" })).statusCode).toBe(200);
    expect((await eventsOf(t, wren.me.id)).at(-1)?.action).toBe("user.logged_out");
  });
});
