import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import type { Scenario } from "../lib/scenario";

/** GET /api/v1/me with a session cookie: the authenticated request every page of the web app starts with. */
export const meScenario: Scenario = {
  name: "GET /api/v1/me (session cookie)",
  baseline: "bare route: one PK SELECT",
  targetRatio: { PostgreSQL: 0.9, PGlite: 0.6 },
  registerBaseline(app, db) {
    app.get<{ Params: { id: string } }>("/bare/users/:id", async (request) => {
      const [row] = await db
        .select({ id: users.id, email: users.email, name: users.name })
        .from(users)
        .where(eq(users.id, request.params.id));
      return row ?? null;
    });
  },
  async prepare({ appUrl, bareUrl }) {
    const response = await fetch(`${appUrl}/api/v1/auth/signup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        email: `bench-${randomBytes(6).toString("hex")}@example.test`,
        password: "benchmark password",
        name: "Bea Bench",
        accountType: "client",
        companyName: "Bench Co",
      }),
    });
    if (response.status !== 201) {
      throw new Error(`sign-up for the benchmark failed: ${response.status} ${await response.text()}`);
    }
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("wl_session="));
    if (!cookie) {
      throw new Error("sign-up set no session cookie");
    }
    const me = (await response.json()) as { id: string };
    return {
      target: { url: `${appUrl}/api/v1/me`, headers: { cookie: cookie.split(";")[0] ?? "" } },
      baseline: { url: `${bareUrl}/bare/users/${me.id}` },
    };
  },
};
