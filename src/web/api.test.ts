import { afterEach, describe, expect, it, vi } from "vitest";
import type { paths } from "../../sdk/schema";
import { asIs, createApi, fileForm, ok, ProblemError } from "./api";
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

/** Node's Request needs an absolute URL; in the browser the client's base is the page itself. */
const api = createApi("http://worklane.test");
const requestOf = (fetch: ReturnType<typeof answer>, call = 0) => fetch.mock.calls[call]?.[0] as Request;

const logIn = (email: string) => ok(api.POST("/api/v1/auth/login", { body: { email, password: "secret-secret" } }));
const getMe = () => ok(api.GET("/api/v1/me"));
const approve = () => ok(api.POST("/api/v1/assignments/{id}/approve", { params: { path: { id: "a1" } } }));
// Drafts need only a title; the rest of the type is the server's to check here.
type CreateBody = paths["/api/v1/assignments"]["post"]["requestBody"]["content"]["application/json"];
const create = (title: string) => ok(api.POST("/api/v1/assignments", { body: { title } as CreateBody }));
const upload = (file: File) =>
  ok(
    api.POST("/api/v1/assignments/{id}/attachments", {
      params: { path: { id: "a1" } },
      body: { file },
      bodySerializer: fileForm,
    }),
  );

describe("api", () => {
  it("sends JSON with same-origin credentials under /api/v1 and returns the parsed body", async () => {
    const fetch = answer(200, { ok: true }, "application/json");
    vi.stubGlobal("fetch", fetch);
    await expect(logIn("a@b.co")).resolves.toEqual({ ok: true });
    const request = requestOf(fetch);
    expect(request.url).toBe("http://worklane.test/api/v1/auth/login");
    expect(request.method).toBe("POST");
    expect(request.credentials).toBe("same-origin");
    expect(await request.text()).toBe('{"email":"a@b.co","password":"secret-secret"}');
    expect(request.headers.get("content-type")).toBe("application/json");
    expect(request.headers.get("accept")).toBe("application/json");
  });

  it("leaves empty query parameters out", async () => {
    const fetch = answer(200, { items: [] }, "application/json");
    vi.stubGlobal("fetch", fetch);
    await ok(api.GET("/api/v1/staff/users", { params: { query: { q: "", cursor: undefined, limit: 25 } } }));
    expect(requestOf(fetch).url).toBe("http://worklane.test/api/v1/staff/users?limit=25");
  });

  it("repeats the name of an array query parameter", async () => {
    const fetch = answer(200, { items: [] }, "application/json");
    vi.stubGlobal("fetch", fetch);
    await ok(api.GET("/api/v1/assignments", { params: { query: { status: ["sent", "assigned"], limit: 25 } } }));
    expect(requestOf(fetch).url).toBe("http://worklane.test/api/v1/assignments?status=sent&status=assigned&limit=25");
  });

  it("turns a problem document into a typed ProblemError with its field errors", async () => {
    const errors = [{ pointer: "/body/email", message: "Use a valid email address." }];
    vi.stubGlobal(
      "fetch",
      answer(400, { code: "validation_failed", detail: "Please correct…", errors, requestId: "r1" }),
    );
    const error = await logIn("nobody").catch((e: unknown) => e);
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
    await expect(getMe()).rejects.toMatchObject({ status: 502, code: "unavailable" });
    vi.stubGlobal("fetch", answer(404, { code: "not_a_known_code" }));
    await expect(getMe()).rejects.toMatchObject({ status: 404, code: "not_found" });
  });

  it("posts a raw body as it is, with only the headers given (the CSV import)", async () => {
    const fetch = answer(201, { created: 1 }, "application/json");
    vi.stubGlobal("fetch", fetch);
    const imported = ok(
      api.POST("/api/v1/assignment-templates/import", {
        body: "a,b\n1,2",
        headers: { "content-type": "text/csv" },
        bodySerializer: asIs,
      }),
    );
    await expect(imported).resolves.toEqual({ created: 1 });
    const request = requestOf(fetch);
    expect(request.url).toBe("http://worklane.test/api/v1/assignment-templates/import");
    expect(request).toMatchObject({ method: "POST", credentials: "same-origin" });
    expect(await request.text()).toBe("a,b\n1,2");
    expect(request.headers.get("accept")).toBe("application/json");
    expect(request.headers.get("content-type")).toBe("text/csv");
  });

  it("uploads a file as multipart in the part named file, with the boundary the form chose", async () => {
    const fetch = answer(201, { id: "f1" }, "application/json");
    vi.stubGlobal("fetch", fetch);
    const file = new File(["%PDF-1.7"], "order.pdf", { type: "application/pdf" });
    await upload(file);
    const request = requestOf(fetch);
    const form = await request.formData();
    expect(form.get("file")).toBeInstanceOf(File);
    expect((form.get("file") as File).name).toBe("order.pdf");
    expect([...request.headers.keys()].sort()).toEqual(["accept", "content-type", "idempotency-key"]);
    expect(request.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
  });

  it("reads an upload's refusal into the same ProblemError", async () => {
    const detail = "This file type is not accepted here; send one of: jpg, png.";
    vi.stubGlobal("fetch", answer(415, { code: "unsupported_media_type", detail }));
    await expect(upload(new File(["GIF89a"], "x.gif"))).rejects.toMatchObject({
      status: 415,
      code: "unsupported_media_type",
      detail,
    });
  });

  it("reports an unreachable server as status 0", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    await expect(getMe()).rejects.toMatchObject({ status: 0, code: "unavailable" });
  });

  it("leaves an abort an AbortError, not a problem", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async (request: Request) => {
        request.signal.throwIfAborted();
        return new Response("{}");
      }),
    );
    const controller = new AbortController();
    controller.abort();
    const error = await ok(api.GET("/api/v1/me", { signal: controller.signal })).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ProblemError);
    expect(error).toMatchObject({ name: "AbortError" });
  });

  describe("Idempotency-Key", () => {
    const keyOf = (fetch: ReturnType<typeof answer>, call: number) =>
      requestOf(fetch, call)?.headers.get("idempotency-key") ?? undefined;

    it("sends a fresh key with every POST that got an answer, and none with a GET", async () => {
      const fetch = answer(201, { id: "a1" }, "application/json");
      vi.stubGlobal("fetch", fetch);
      await create("Same");
      await create("Same");
      await ok(api.GET("/api/v1/assignments"));
      expect(keyOf(fetch, 0)).toMatch(/^[0-9a-f]{32}$/);
      expect(keyOf(fetch, 1)).toMatch(/^[0-9a-f]{32}$/);
      expect(keyOf(fetch, 1)).not.toBe(keyOf(fetch, 0));
      expect(keyOf(fetch, 2)).toBeUndefined();
    });

    it("repeats the key when the same POST is tried again after its answer never arrived", async () => {
      const fetch = vi.fn<typeof globalThis.fetch>(async () => Promise.reject(new TypeError("Failed to fetch")));
      vi.stubGlobal("fetch", fetch);
      const file = new File(["%PDF-1.7"], "order.pdf", { type: "application/pdf" });
      await expect(approve()).rejects.toMatchObject({ status: 0 });
      await expect(upload(file)).rejects.toMatchObject({ status: 0 });
      fetch.mockImplementation(async () => new Response("{}", { status: 200 }));
      await approve();
      await upload(file);
      await approve();
      expect(keyOf(fetch, 2)).toBe(keyOf(fetch, 0));
      expect(keyOf(fetch, 3)).toBe(keyOf(fetch, 1));
      // Answered: the same click again is a new intent.
      expect(keyOf(fetch, 4)).not.toBe(keyOf(fetch, 0));
    });

    it("does not repeat an upload's key for another file of the same name and size", async () => {
      const fetch = vi.fn<typeof globalThis.fetch>(async () => Promise.reject(new TypeError("Failed to fetch")));
      vi.stubGlobal("fetch", fetch);
      await expect(upload(new File(["AAAA"], "same.pdf"))).rejects.toMatchObject({ status: 0 });
      await expect(upload(new File(["BBBB"], "same.pdf"))).rejects.toMatchObject({ status: 0 });
      expect(keyOf(fetch, 1)).not.toBe(keyOf(fetch, 0));
    });

    it("keeps the key while the outcome is unknown: a 5xx or the first attempt still running", async () => {
      const fetch = answer(503, { code: "unavailable", detail: "Down" });
      vi.stubGlobal("fetch", fetch);
      await expect(approve()).rejects.toMatchObject({ status: 503 });
      fetch.mockImplementation(answer(409, { code: "idempotency_key_in_progress", detail: "Running" }));
      await expect(approve()).rejects.toMatchObject({ status: 409 });
      fetch.mockImplementation(answer(409, { code: "conflict", detail: "No" }));
      await expect(approve()).rejects.toMatchObject({ code: "conflict" });
      await expect(approve()).rejects.toMatchObject({ code: "conflict" });
      expect(keyOf(fetch, 1)).toBe(keyOf(fetch, 0));
      expect(keyOf(fetch, 2)).toBe(keyOf(fetch, 0));
      // A 4xx settled it: the next click is a new intent.
      expect(keyOf(fetch, 3)).not.toBe(keyOf(fetch, 0));
    });

    it("forgets unsettled intents when the session changes", async () => {
      const fetch = vi.fn<typeof globalThis.fetch>(async () => Promise.reject(new TypeError("Failed to fetch")));
      vi.stubGlobal("fetch", fetch);
      await expect(create("Mine")).rejects.toMatchObject({ status: 0 });
      forgetIntents();
      await expect(create("Mine")).rejects.toMatchObject({ status: 0 });
      expect(keyOf(fetch, 1)).not.toBe(keyOf(fetch, 0));
    });

    it("does not reuse the key for a different body", async () => {
      const fetch = vi.fn<typeof globalThis.fetch>(async () => Promise.reject(new TypeError("Failed to fetch")));
      vi.stubGlobal("fetch", fetch);
      await expect(create("One")).rejects.toMatchObject({ status: 0 });
      await expect(create("Two")).rejects.toMatchObject({ status: 0 });
      expect(keyOf(fetch, 1)).not.toBe(keyOf(fetch, 0));
    });
  });
});
