import { describe, expect, it } from "vitest";
import { client } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();

describe("request bodies", () => {
  it("reads an empty body declared as JSON as no body on a body-less action", async () => {
    const session = await client(t);
    const response = await t.inject({
      method: "POST",
      url: "/api/v1/auth/logout",
      headers: { cookie: session.cookie, "content-type": "application/json" },
      payload: "",
    });
    expect(response.statusCode, response.body).toBe(200);
  });

  it("still refuses a missing body where the route needs one", async () => {
    const response = await t.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      headers: { "content-type": "application/json" },
      payload: "",
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({ code: "validation_failed" });
  });

  it("answers JSON sent as text/plain with 415 unsupported_media_type", async () => {
    const response = await t.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      headers: { "content-type": "text/plain" },
      payload: JSON.stringify({ email: "a@example.test", password: "correct horse battery" }),
    });
    expect(response.statusCode, response.body).toBe(415);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json()).toMatchObject({ code: "unsupported_media_type" });
  });

  it("still refuses prototype poisoning in JSON", async () => {
    const response = await t.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      headers: { "content-type": "application/json" },
      payload: '{"email":"a@example.test","password":"x","__proto__":{"admin":true}}',
    });
    expect(response.statusCode, response.body).toBe(400);
  });
});
