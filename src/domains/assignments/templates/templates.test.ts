import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { events } from "#platform/tables";
import { call, draftAssignment, eventsOf, postingClient, readyWorker, type Session, teammate } from "#test/given";
import { testApp } from "#test/harness";
import { assignments } from "../tables";

const t = await testApp();
const HOUR = 3_600_000;
const base = "/api/v1/assignment-templates";

const definition = {
  requirements: [{ kind: "photo", title: "Finished counter", requiredCount: 2 }],
  checklist: [{ text: "Run a test transaction" }],
  fields: [{ label: "PO number", type: "text", filledBy: "client", required: true }],
};

async function templateFrom(owner: Session, name = "POS install") {
  const draft = await draftAssignment(t, owner);
  const defined = await call(t, owner, {
    method: "PUT",
    url: `/api/v1/assignments/${draft.id}/deliverables`,
    payload: definition,
  });
  expect(defined.statusCode, defined.body).toBe(200);
  const saved = await call(t, owner, { method: "POST", url: base, payload: { assignmentId: draft.id, name } });
  expect(saved.statusCode, saved.body).toBe(201);
  return { draft, template: saved.json() };
}

const csv = (lines: string[]) => ({
  payload: `${lines.join("\r\n")}\r\n`,
  headers: { "content-type": "text/csv" },
});
const future = (hours: number) => new Date(t.clock.now().getTime() + hours * HOUR).toISOString();
const companyDrafts = async (owner: Session) =>
  t.db
    .select()
    .from(assignments)
    .where(eq(assignments.companyId, owner.me.company?.id ?? ""));

describe("templates", () => {
  it("saves an assignment as a template without its dates, and makes drafts from it with the deliverables copied", async () => {
    const owner = await postingClient(t);
    const { draft, template } = await templateFrom(owner);
    expect(template).toMatchObject({ name: "POS install", title: draft.title, pricingType: "hourly" });
    expect(template.assignment.schedule).toBeUndefined();
    expect(template.deliverables.requirements).toEqual([
      { kind: "photo", title: "Finished counter", instructions: "", requiredCount: 2, dueAt: null },
    ]);
    const listed = (await call(t, owner, { method: "GET", url: base })).json();
    expect(listed.items.map((i: { id: string }) => i.id)).toEqual([template.id]);

    const schedule = { type: "fixed", startsAt: future(48), endsAt: future(50) };
    const made = await call(t, owner, {
      method: "POST",
      url: `${base}/${template.id}/assignments`,
      payload: { title: "POS install, Dallas store", schedule },
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ status: "draft", title: "POS install, Dallas store", schedule });
    const copied = (
      await call(t, owner, { method: "GET", url: `/api/v1/assignments/${made.json().id}/deliverables` })
    ).json();
    expect(copied.requirements.map((r: { title: string }) => r.title)).toEqual(["Finished counter"]);
    expect(copied.fields[0]).toMatchObject({ label: "PO number", value: null });
    expect((await eventsOf(t, made.json().id)).map((e) => e.action)).toEqual([
      "assignment.created",
      "assignment.deliverables_defined",
      "assignment.created_from_template",
    ]);
    expect((await eventsOf(t, template.id)).map((e) => e.action)).toEqual(["assignment_template.saved"]);
  });

  it("refuses a second template of the same name, and deletes one for good", async () => {
    const owner = await postingClient(t);
    const { draft, template } = await templateFrom(owner, "Screens");
    const again = await call(t, owner, {
      method: "POST",
      url: base,
      payload: { assignmentId: draft.id, name: "screens" },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("conflict");
    expect((await call(t, owner, { method: "DELETE", url: `${base}/${template.id}` })).statusCode).toBe(200);
    expect((await call(t, owner, { method: "GET", url: `${base}/${template.id}` })).statusCode).toBe(404);
    expect((await eventsOf(t, template.id)).map((e) => e.action)).toEqual([
      "assignment_template.saved",
      "assignment_template.deleted",
    ]);
  });

  it("keeps templates to their company and writers to managers: 404, 403, 401, and nothing changes", async () => {
    const owner = await postingClient(t);
    const { draft, template } = await templateFrom(owner);
    const stranger = await postingClient(t);
    const viewer = await teammate(t, owner, "viewer");
    const aWorker = await readyWorker(t);
    const before = await t.db.select().from(events).where(eq(events.subjectId, template.id));
    const drafts = (await companyDrafts(owner)).length;
    for (const [as, method, url, payload, status] of [
      [stranger, "GET", `${base}/${template.id}`, undefined, 404],
      [stranger, "DELETE", `${base}/${template.id}`, undefined, 404],
      [stranger, "POST", `${base}/${template.id}/assignments`, {}, 404],
      [stranger, "POST", base, { assignmentId: draft.id, name: "Mine now" }, 404],
      [viewer, "POST", base, { assignmentId: draft.id, name: "Viewer's" }, 403],
      [viewer, "DELETE", `${base}/${template.id}`, undefined, 403],
      [viewer, "POST", `${base}/${template.id}/assignments`, {}, 403],
      [aWorker, "GET", base, undefined, 403],
      [null, "GET", `${base}/${template.id}`, undefined, 401],
    ] as const) {
      const response = await call(t, as, { method, url, payload });
      expect(response.statusCode, `${method} ${url}`).toBe(status);
    }
    expect((await call(t, viewer, { method: "GET", url: `${base}/${template.id}` })).statusCode).toBe(200);
    expect(await t.db.select().from(events).where(eq(events.subjectId, template.id))).toEqual(before);
    expect((await companyDrafts(owner)).length).toBe(drafts);
    expect((await companyDrafts(stranger)).length).toBe(0);
  });
});

const header =
  "title,description,location_type,city,country,latitude,longitude,time_zone,starts_at,pricing_type,amount,rate,max_hours,currency";
const description =
  "Mount the screens on the lobby wall, run the cables through the ceiling and test the signal on each one.";

describe("POST /api/v1/assignment-templates/import", () => {
  it("creates the valid rows and reports each refused row with its columns and reasons", async () => {
    const owner = await postingClient(t);
    const response = await call(t, owner, {
      method: "POST",
      url: `${base}/import`,
      ...csv([
        header,
        `Lobby screens,"${description}",onsite,Austin,US,30.27,-97.74,America/Chicago,${future(72)},flat,150.50,,,USD`,
        `Remote config,"Configure, test, report",remote,,,,,UTC,${future(30)},hourly,,40,3,EUR`,
        `,no title,onsite,Austin,US,30.27,-97.74,America/Chicago,${future(72)},flat,-5,,,USD`,
        `Bad hours,x,remote,,,,,UTC,${future(30)},hourly,,40,lots,USD`,
        `Bad zone,x,remote,,,,,Mars/Olympus,not a date,flat,10,,,XYZ`,
        `Too wide,x,remote,,,,,UTC,,flat,10,,,USD,extra`,
      ]),
    });
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report.rows).toBe(6);
    expect(report.created.map((c: { line: number }) => c.line)).toEqual([2, 3]);
    const refused = Object.fromEntries(
      report.refused.map((r: { line: number; errors: { column: string | null }[] }) => [
        r.line,
        r.errors.map((e) => e.column),
      ]),
    );
    expect(refused[4]).toEqual(expect.arrayContaining(["title", "amount"]));
    expect(refused[5]).toEqual(["max_hours"]);
    expect(refused[6]).toEqual(expect.arrayContaining(["time_zone", "starts_at", "currency"]));
    expect(refused[7]).toEqual([null]);

    const drafts = await companyDrafts(owner);
    expect(drafts.map((d) => [d.title, d.maximumSpend, d.currency]).sort()).toEqual([
      ["Lobby screens", 15_050, "USD"],
      ["Remote config", 12_000, "EUR"],
    ]);
    const imported = await t.db
      .select()
      .from(events)
      .where(and(eq(events.action, "assignment.imported"), eq(events.subjectId, report.created[0].assignmentId)));
    expect(imported[0]?.data).toMatchObject({ line: 2, templateId: null });
  });

  it("starts each row from a template, copies its deliverables, and honours the Idempotency-Key", async () => {
    const owner = await postingClient(t);
    const { template } = await templateFrom(owner);
    const file = csv(["Title,Starts At", `Store 12,${future(50)}`, `Store 13,${future(74)}`]);
    const headers = { ...file.headers, "idempotency-key": `import-${template.id}` };
    const send = (payload: string) =>
      call(t, owner, { method: "POST", url: `${base}/import?templateId=${template.id}`, payload, headers });
    const first = await send(file.payload);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().created).toHaveLength(2);
    const replay = await send(file.payload);
    expect(replay.json()).toEqual(first.json());
    expect((await send(`${file.payload}Store 14,${future(90)}\r\n`)).statusCode).toBe(422);
    const drafts = (await companyDrafts(owner)).filter((d) => d.title.startsWith("Store "));
    const named = await Promise.all(
      drafts.map(async (d) => (await call(t, owner, { method: "GET", url: `/api/v1/assignments/${d.id}` })).json()),
    );
    expect(named.map((view) => view.deliverables.requirements.length)).toEqual([1, 1]);
  });

  it("refuses a malformed file whole: unknown columns, no title column, too many rows, too large, not CSV", async () => {
    const owner = await postingClient(t);
    const viewer = await teammate(t, owner, "viewer");
    const send = (as: Session, payload: string, type = "text/csv") =>
      call(t, as, { method: "POST", url: `${base}/import`, payload, headers: { "content-type": type } });
    for (const [payload, status] of [
      ["title,colour\nA,red\n", 400],
      ["city\nAustin\n", 400],
      ['title\n"unclosed\n', 400],
      [["title", ...Array.from({ length: 501 }, (_, i) => `Row ${i}`)].join("\n"), 400],
      [`title\n${"x".repeat(1_100_000)}\n`, 413],
    ] as const) {
      const response = await send(owner, payload);
      expect(response.statusCode, payload.slice(0, 30)).toBe(status);
    }
    expect((await send(owner, JSON.stringify({ title: "x" }), "application/json")).statusCode).toBe(400);
    expect((await send(viewer, "title\nA\n")).statusCode).toBe(403);
    expect((await send(owner, "title\nA\n", "application/xml")).statusCode).toBe(415);
    expect(await companyDrafts(owner)).toEqual([]);
  });
});
