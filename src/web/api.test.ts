import { afterEach, describe, expect, it, vi } from "vitest";
import { api, ProblemError } from "./api";
import { forgetIntents } from "./intents";

function answer(status: number, body: unknown, type = "application/problem+json") {
  return vi.fn<typeof fetch>(
    async () =>
      new Response(typeof body === "string" ? body : JSON.stringify(body), {
        status,
        headers: { "content-type": type },
      }),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe("api", () => {
  it("sends JSON with same-origin credentials under /api/v1 and returns the parsed body", async () => {
    const fetch = answer(200, { ok: true }, "application/json");
    vi.stubGlobal("fetch", fetch);
    await expect(api.post("/auth/login", { email: "a@b.co" })).resolves.toEqual({ ok: true });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe("/api/v1/auth/login");
    expect(init?.credentials).toBe("same-origin");
    expect(init?.body).toBe('{"email":"a@b.co"}');
    expect(init?.headers).toMatchObject({ "content-type": "application/json" });
  });

  it("leaves empty query parameters out", async () => {
    const fetch = answer(200, { items: [] }, "application/json");
    vi.stubGlobal("fetch", fetch);
    await api.get("/staff/users", { q: "", cursor: undefined, limit: 25 });
    expect(fetch.mock.calls[0]?.[0]).toBe("/api/v1/staff/users?limit=25");
  });

  it("turns a problem document into a typed ProblemError with its field errors", async () => {
    const errors = [{ pointer: "/body/email", message: "Use a valid email address." }];
    vi.stubGlobal(
      "fetch",
      answer(400, { code: "validation_failed", detail: "Please correct…", errors, requestId: "r1" }),
    );
    const error = await api.post("/auth/signup", {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    expect(error).toMatchObject({
      status: 400,
      code: "validation_failed",
      detail: "Please correct…",
      errors,
      requestId: "r1",
    });
  });

  it("makes a problem from the status when the answer is not a problem document", async () => {
    vi.stubGlobal("fetch", answer(502, "<html>Bad gateway</html>", "text/html"));
    await expect(api.get("/me")).rejects.toMatchObject({ status: 502, code: "unavailable" });
    vi.stubGlobal("fetch", answer(404, { code: "not_a_known_code" }));
    await expect(api.get("/me")).rejects.toMatchObject({ status: 404, code: "not_found" });
  });

  it("posts a raw body as it is, with only the headers given (postRaw)", async () => {
    const fetch = answer(201, { created: 1 }, "application/json");
    vi.stubGlobal("fetch", fetch);
    await expect(api.postRaw("/import", "a,b\n1,2", { "content-type": "text/csv" })).resolves.toEqual({ created: 1 });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe("/api/v1/import");
    expect(init).toMatchObject({ method: "POST", body: "a,b\n1,2", credentials: "same-origin" });
    expect(init?.headers).toMatchObject({ accept: "application/json", "content-type": "text/csv" });
  });

  it("uploads a file as multipart in the part named file, leaving the boundary to the browser", async () => {
    const fetch = answer(201, { id: "f1" }, "application/json");
    vi.stubGlobal("fetch", fetch);
    const file = new File(["%PDF-1.7"], "order.pdf", { type: "application/pdf" });
    await api.upload("/assignments/a1/attachments", file);
    const init = fetch.mock.calls[0]?.[1];
    const body = init?.body;
    expect(body).toBeInstanceOf(FormData);
    expect(body instanceof FormData && body.get("file")).toBeInstanceOf(File);
    expect(Object.keys(init?.headers ?? {}).sort()).toEqual(["accept", "idempotency-key"]);
  });

  it("reads an upload's refusal into the same ProblemError", async () => {
    const detail = "This file type is not accepted here; send one of: jpg, png.";
    vi.stubGlobal("fetch", answer(415, { code: "unsupported_media_type", detail }));
    const upload = api.upload("/assignments/a1/attachments", new File(["GIF89a"], "x.gif"));
    await expect(upload).rejects.toMatchObject({ status: 415, code: "unsupported_media_type", detail });
  });

  it("reports an unreachable server as status 0", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    await expect(api.get("/me")).rejects.toMatchObject({ status: 0, code: "unavailable" });
  });

  describe("Idempotency-Key", () => {
    const keyOf = (fetch: ReturnType<typeof answer>, call: number) =>
      (fetch.mock.calls[call]?.[1]?.headers as Record<string, string> | undefined)?.["idempotency-key"];

    it("sends a fresh key with every POST that got an answer, and none with a GET", async () => {
      const fetch = answer(201, { id: "a1" }, "application/json");
      vi.stubGlobal("fetch", fetch);
      await api.post("/assignments", { title: "Same" });
      await api.post("/assignments", { title: "Same" });
      await api.get("/assignments");
      expect(keyOf(fetch, 0)).toMatch(/^[0-9a-f]{32}$/);
      expect(keyOf(fetch, 1)).toMatch(/^[0-9a-f]{32}$/);
      expect(keyOf(fetch, 1)).not.toBe(keyOf(fetch, 0));
      expect(keyOf(fetch, 2)).toBeUndefined();
    });

    it("repeats the key when the same POST is tried again after its answer never arrived", async () => {
      const fetch = vi.fn<typeof globalThis.fetch>(async () => Promise.reject(new TypeError("Failed to fetch")));
      vi.stubGlobal("fetch", fetch);
      const file = new File(["%PDF-1.7"], "order.pdf", { type: "application/pdf" });
      await expect(api.post("/assignments/a1/approve", {})).rejects.toMatchObject({ status: 0 });
      await expect(api.upload("/assignments/a1/attachments", file)).rejects.toMatchObject({ status: 0 });
      fetch.mockImplementation(async () => new Response("{}", { status: 200 }));
      await api.post("/assignments/a1/approve", {});
      await api.upload("/assignments/a1/attachments", file);
      await api.post("/assignments/a1/approve", {});
      expect(keyOf(fetch, 2)).toBe(keyOf(fetch, 0));
      expect(keyOf(fetch, 3)).toBe(keyOf(fetch, 1));
      // Answered: the same click again is a new intent.
      expect(keyOf(fetch, 4)).not.toBe(keyOf(fetch, 0));
    });

    it("keeps the key while the outcome is unknown: a 5xx or the first attempt still running", async () => {
      const fetch = answer(503, { code: "unavailable", detail: "Down" });
      vi.stubGlobal("fetch", fetch);
      await expect(api.post("/assignments/a1/approve", {})).rejects.toMatchObject({ status: 503 });
      fetch.mockImplementation(answer(409, { code: "idempotency_key_in_progress", detail: "Running" }));
      await expect(api.post("/assignments/a1/approve", {})).rejects.toMatchObject({ status: 409 });
      fetch.mockImplementation(answer(409, { code: "conflict", detail: "No" }));
      await expect(api.post("/assignments/a1/approve", {})).rejects.toMatchObject({ code: "conflict" });
      await expect(api.post("/assignments/a1/approve", {})).rejects.toMatchObject({ code: "conflict" });
      expect(keyOf(fetch, 1)).toBe(keyOf(fetch, 0));
      expect(keyOf(fetch, 2)).toBe(keyOf(fetch, 0));
      // A 4xx settled it: the next click is a new intent.
      expect(keyOf(fetch, 3)).not.toBe(keyOf(fetch, 0));
    });

    it("forgets unsettled intents when the session changes", async () => {
      const fetch = vi.fn<typeof globalThis.fetch>(async () => Promise.reject(new TypeError("Failed to fetch")));
      vi.stubGlobal("fetch", fetch);
      await expect(api.post("/assignments", { title: "Mine" })).rejects.toMatchObject({ status: 0 });
      forgetIntents();
      await expect(api.post("/assignments", { title: "Mine" })).rejects.toMatchObject({ status: 0 });
      expect(keyOf(fetch, 1)).not.toBe(keyOf(fetch, 0));
    });

    it("does not reuse the key for a different body", async () => {
      const fetch = vi.fn<typeof globalThis.fetch>(async () => Promise.reject(new TypeError("Failed to fetch")));
      vi.stubGlobal("fetch", fetch);
      await expect(api.post("/assignments", { title: "One" })).rejects.toMatchObject({ status: 0 });
      await expect(api.post("/assignments", { title: "Two" })).rejects.toMatchObject({ status: 0 });
      expect(keyOf(fetch, 1)).not.toBe(keyOf(fetch, 0));
    });
  });
});
