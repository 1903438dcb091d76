import { describe, expect, it } from "vitest";
import { call, postingClient } from "#test/given";
import { testApp } from "#test/harness";
import { createWorklaneClient, idempotencyKey, WorklaneProblem } from "../sdk/index";

const t = await testApp();

/** The SDK's fetch, answered by the test server in-process (the same requests a real fetch would send). */
async function viaServer(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const answer = await t.inject({
    method: request.method as "GET",
    url: url.pathname + url.search,
    headers: Object.fromEntries(request.headers),
    payload: request.body ? Buffer.from(await request.arrayBuffer()) : undefined,
  });
  return new Response(answer.statusCode === 204 ? null : answer.rawPayload, {
    status: answer.statusCode,
    headers: answer.headers as Record<string, string>,
  });
}

async function sdkFor() {
  const owner = await postingClient(t);
  const created = await call(t, owner, { method: "POST", url: "/api/v1/api-keys", payload: { name: "SDK test" } });
  expect(created.statusCode, created.body).toBe(201);
  return createWorklaneClient({
    baseUrl: "https://worklane.example.com/",
    apiKey: created.json().token,
    fetch: viaServer,
  });
}

/** The README's example (sdk/README.md), so the example a reader copies keeps working. */
describe("the typed SDK", () => {
  it("creates a draft with a replayable key, throws refusals with their code, and pages a list", async () => {
    const worklane = await sdkFor();
    const key = idempotencyKey();
    const create = () =>
      worklane.POST("/api/v1/assignments", {
        params: { header: { "Idempotency-Key": key } },
        body: {
          title: "Replace two receipt printers",
          description: "Swap the two front-counter receipt printers for the new model and test each register.",
          locationType: "remote",
          timeZone: "America/Chicago",
          schedule: { type: "fixed", startsAt: "2027-03-02T15:00:00Z", endsAt: "2027-03-02T18:00:00Z" },
          pricing: { type: "flat", amount: 22_500 },
        },
      });
    const { data: draft, response } = await create();
    expect([response.status, draft?.status, draft?.maximumSpend.amount]).toEqual([201, "draft", 22_500]);
    const again = await create();
    expect([again.data?.id, again.response.headers.get("idempotent-replayed")]).toEqual([draft?.id, "true"]);

    const refused = await worklane
      .POST("/api/v1/assignments/{id}/approve", { params: { path: { id: draft?.id ?? "" } } })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(WorklaneProblem);
    expect([(refused as WorklaneProblem).status, (refused as WorklaneProblem).code]).toEqual([
      409,
      "invalid_transition",
    ]);

    const { data: list } = await worklane.GET("/api/v1/assignments", { params: { query: { status: ["draft"] } } });
    expect([list?.total, list?.items.map((item) => item.title)]).toEqual([1, ["Replace two receipt printers"]]);
  });

  it("throws a WorklaneProblem for a revoked or made-up key", async () => {
    const stranger = createWorklaneClient({ baseUrl: "https://x.test", apiKey: "wl_made_up", fetch: viaServer });
    const refused = await stranger.GET("/api/v1/me").catch((error: unknown) => error);
    expect([(refused as WorklaneProblem).status, (refused as WorklaneProblem).code]).toEqual([401, "unauthenticated"]);
  });
});
