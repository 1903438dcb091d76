import { describe, expect, it } from "vitest";
import { createStaff } from "#domains/accounts/index";
import { Problem } from "#shared/problems";
import { client, PASSWORD, sessionFrom, uniqueEmail } from "#test/given";
import { testApp } from "#test/harness";
import { decodeCursor, decodeKeyset, encodeCursor, toPage } from "./pagination";

describe("cursors", () => {
  it("round-trip the sort key of the last row", () => {
    const key = ["2031-01-01T00:00:00.000Z", "7f9c1c52-64a8-4f63-9d55-0b8f3f1d1d1d"];
    expect(decodeCursor(encodeCursor(key))).toEqual(key);
    expect(decodeCursor(undefined)).toBeNull();
    expect(decodeCursor("")).toBeNull();
  });

  it("refuse a tampered cursor with a 400 problem", () => {
    for (const tampered of ["!!!", "bm90IGpzb24", Buffer.from('{"a":1}').toString("base64url")]) {
      let thrown: unknown;
      try {
        decodeCursor(tampered);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, tampered).toBeInstanceOf(Problem);
      expect((thrown as Problem).status).toBe(400);
      expect((thrown as Problem).code).toBe("validation_failed");
    }
  });

  it("hold a keyset's keys to their number and kinds, else the same 400", () => {
    const id = "7f9c1c52-64a8-4f63-9d55-0b8f3f1d1d1d";
    const kinds = ["count", "number", "id"] as const;
    expect(decodeKeyset(encodeCursor([2, 1.25, id]), kinds)).toEqual([2, 1.25, id]);
    expect(decodeKeyset(undefined, kinds)).toBeNull();
    for (const keys of [
      [2, 1.25],
      [2, 1.25, id, 0],
      [-1, 1.25, id],
      [1.5, 1.25, id],
      [2, "1", id],
      [2, 1, "x"],
    ]) {
      expect(() => decodeKeyset(encodeCursor(keys), kinds), JSON.stringify(keys)).toThrow(Problem);
    }
    expect(decodeKeyset(encodeCursor(["Ann", id]), ["text", "id"])).toEqual(["Ann", id]);
  });

  it("turn the extra row into the next cursor", () => {
    const rows = [{ n: 1 }, { n: 2 }, { n: 3 }];
    expect(toPage(rows, 2, (r) => [r.n])).toEqual({ items: [{ n: 1 }, { n: 2 }], nextCursor: encodeCursor([2]) });
    expect(toPage(rows, 3, (r) => [r.n])).toEqual({ items: rows, nextCursor: null });
  });
});

const t = await testApp();
const email = uniqueEmail("staff");
await createStaff(t.ctx(), { email, name: "Sam Staff", password: PASSWORD, role: "admin" });
const staff = sessionFrom(
  await t.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password: PASSWORD } }),
);

describe("a paginated list over HTTP", () => {
  const list = (cursor: string) =>
    t.inject({ method: "GET", url: `/api/v1/staff/users?limit=1&cursor=${cursor}`, headers: staff.headers });

  it("pages through with the cursors it hands out", async () => {
    await client(t);
    const first = await t.inject({ method: "GET", url: "/api/v1/staff/users?limit=1", headers: staff.headers });
    expect(first.statusCode).toBe(200);
    const next = first.json().nextCursor;
    expect(typeof next).toBe("string");
    const second = await list(next);
    expect(second.statusCode).toBe(200);
    expect(second.json().items[0].id).not.toBe(first.json().items[0].id);
  });

  it("answers 400, never 500, for a tampered cursor", async () => {
    for (const tampered of ["garbage!", encodeCursor(["not a time", "not a uuid"]), encodeCursor([])]) {
      const response = await list(encodeURIComponent(tampered));
      expect(response.statusCode, tampered).toBe(400);
      expect(response.json().code).toBe("validation_failed");
    }
  });
});
