import { eq } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import type { Db } from "#platform/db";

// The bench signs up dozens of parties from one address; the per-source sign-up limit would refuse them. The app
// runs in this process (servers.ts), so this reaches it.
process.env.WORKLANE_SIGNUPS_PER_HOUR ??= "1000000";

/**
 * A kept-alive socket the server closed while PGlite held the event loop is reused once before its close is seen:
 * the request never reached the server (ECONNRESET), so sending it again is safe (sign-up answers 202 either way).
 */
async function retriedOnReset(send: () => Promise<Response>): Promise<Response> {
  try {
    return await send();
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== "ECONNRESET") {
      throw error;
    }
    return send();
  }
}

/**
 * Signs up through the API (202, no session), marks the address verified as the emailed link would, and logs in:
 * the session cookie and the account as /me shows it.
 */
export async function signUpParty(
  db: Db,
  appUrl: string,
  body: { email: string; password: string; name: string; accountType: "client" | "worker"; companyName?: string },
): Promise<{ cookie: string; me: { id: string; company: { id: string } | null } }> {
  const json = { "content-type": "application/json" };
  const signUp = await retriedOnReset(() =>
    fetch(`${appUrl}/api/v1/auth/signup`, { method: "POST", headers: json, body: JSON.stringify(body) }),
  );
  if (signUp.status !== 202) {
    throw new Error(`sign-up for the benchmark failed: ${signUp.status} ${await signUp.text()}`);
  }
  await db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.email, body.email));
  const login = await fetch(`${appUrl}/api/v1/auth/login`, {
    method: "POST",
    headers: json,
    body: JSON.stringify({ email: body.email, password: body.password }),
  });
  const cookie = login.headers
    .getSetCookie()
    .find((c) => c.startsWith("wl_session="))
    ?.split(";")[0];
  if (login.status !== 200 || !cookie) {
    throw new Error(`log-in for the benchmark failed: ${login.status} ${await login.text()}`);
  }
  return { cookie, me: (await login.json()) as { id: string; company: { id: string } | null } };
}
