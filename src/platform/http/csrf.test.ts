import { describe, expect, it } from "vitest";
import { call, client, type Session } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const casey: Session = await client(t);
const HOST = "worklane.test";

/** A cookie-authenticated write, the request a forged cross-site form would send. */
function rename(headers: Record<string, string>) {
  return call(t, casey, {
    method: "PATCH",
    url: "/api/v1/me",
    headers: { host: HOST, ...headers },
    payload: { name: "Casey Renamed" },
  });
}

describe("CSRF protection", () => {
  it("refuses a write marked Sec-Fetch-Site: cross-site (and same-site) with 403 csrf_rejected", async () => {
    for (const site of ["cross-site", "same-site"]) {
      const response = await rename({ "sec-fetch-site": site });
      expect(response.statusCode, site).toBe(403);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      expect(response.json().code).toBe("csrf_rejected");
    }
  });

  it("refuses a write from a foreign Origin, or an opaque one", async () => {
    for (const origin of ["https://evil.example", "http://worklane.test.evil.example", "null", "not a url"]) {
      const response = await rename({ origin });
      expect(response.statusCode, origin).toBe(403);
      expect(response.json().code).toBe("csrf_rejected");
    }
  });

  it("lets same-origin writes through", async () => {
    expect((await rename({ "sec-fetch-site": "same-origin" })).statusCode).toBe(200);
    expect((await rename({ origin: `http://${HOST}` })).statusCode).toBe(200);
    expect((await rename({ "sec-fetch-site": "none" })).statusCode).toBe(200);
  });

  it("lets requests without either header through: they do not come from a browser", async () => {
    expect((await rename({})).statusCode).toBe(200);
  });

  it("never blocks safe methods", async () => {
    const response = await call(t, casey, {
      method: "GET",
      url: "/api/v1/me",
      headers: { "sec-fetch-site": "cross-site", origin: "https://evil.example" },
    });
    expect(response.statusCode).toBe(200);
  });

  it("changes nothing when it refuses", async () => {
    await call(t, casey, {
      method: "PATCH",
      url: "/api/v1/me",
      headers: { "sec-fetch-site": "cross-site" },
      payload: { name: "Forged Name" },
    });
    const me = await call(t, casey, { method: "GET", url: "/api/v1/me" });
    expect(me.json().name).not.toBe("Forged Name");
  });
});
