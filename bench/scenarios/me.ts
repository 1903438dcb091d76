import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import type { Scenario } from "../lib/scenario";
import { signUpParty } from "../lib/sign-up";

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
  async prepare({ db, appUrl, bareUrl }) {
    const { cookie, me } = await signUpParty(db, appUrl, {
      email: `bench-${randomBytes(6).toString("hex")}@example.test`,
      password: "benchmark password",
      name: "Bea Bench",
      accountType: "client",
      companyName: "Bench Co",
    });
    return {
      target: { url: `${appUrl}/api/v1/me`, headers: { cookie } },
      baseline: { url: `${bareUrl}/bare/users/${me.id}` },
    };
  },
};
