import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createLocalStorage, setStorage } from "#platform/storage";
import { act, assignedAssignment, call, eventsOf, multipartFile, readyWorker, type Session } from "#test/given";
import { testApp } from "#test/harness";

/*
 * A worker taken off an assignment (abandon, no-show) takes their hand-ins with them: the next worker sees, counts,
 * downloads and submits none of it, while the company keeps it as evidence under "From earlier workers".
 */

const t = await testApp();
setStorage(createLocalStorage(mkdtempSync(path.join(tmpdir(), "worklane-released-"))));

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(200)]);
const SIGNATURE = `data:image/png;base64,${PNG.toString("base64")}`;
const url = (id: string, rest = "") => `/api/v1/assignments/${id}/deliverables${rest}`;

const definition = {
  requirements: [
    { kind: "photo", title: "Shelf photo" },
    { kind: "signature", title: "Manager's signature" },
    { kind: "report", title: "Visit notes" },
  ],
  checklist: [{ text: "Face the shelf" }],
  fields: [
    { label: "Facings counted", type: "number", filledBy: "worker", required: true },
    { label: "Store code", type: "text", filledBy: "client" },
  ],
};

interface FileJson {
  id: string;
  url: string;
  fileName: string;
  caption: string | null;
  uploadedBy: { id: string; name: string };
}
interface View {
  requirements: {
    id: string;
    kind: string;
    handedIn: number;
    complete: boolean;
    files: FileJson[];
    report: { text: string } | null;
    releasedFiles: (FileJson & { releasedAt: string })[];
    releasedReports: { text: string; writtenBy: { id: string; name: string } }[];
  }[];
  checklist: { id: string; done: boolean }[];
  fields: { id: string; label: string; value: unknown }[];
  missing: { part: string }[];
  complete: boolean;
}

const view = async (as: Session, id: string): Promise<View> => {
  const response = await call(t, as, { method: "GET", url: url(id) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const req = (v: View, kind: string) => v.requirements.find((r) => r.kind === kind) ?? expect.fail(`no ${kind}`);
const fieldId = (v: View, label: string) => v.fields.find((f) => f.label === label)?.id ?? "";

async function expectStatus(as: Session, options: Parameters<typeof call>[2], status: number) {
  const response = await call(t, as, options);
  expect(response.statusCode, `${options.method} ${options.url}: ${response.body}`).toBe(status);
  return response;
}

/** A worker hands in a photo, a signature and a report, ticks the checklist and fills their field. */
async function handInEverything(as: Session, id: string, v: View) {
  const photo = req(v, "photo").id;
  await expectStatus(
    as,
    { method: "POST", url: url(id, `/requirements/${photo}/files`), ...multipartFile(PNG, "shelf.png", "image/png") },
    201,
  );
  const signature = req(v, "signature").id;
  const payload = { dataUrl: SIGNATURE, signerName: "Dana Lopez" };
  await expectStatus(as, { method: "POST", url: url(id, `/requirements/${signature}/signature`), payload }, 201);
  const report = req(v, "report").id;
  await expectStatus(
    as,
    { method: "PUT", url: url(id, `/requirements/${report}/report`), payload: { text: "Shelf faced." } },
    200,
  );
  await expectStatus(
    as,
    { method: "PUT", url: url(id, `/checklist/${v.checklist[0]?.id}`), payload: { done: true } },
    200,
  );
  const facings = fieldId(v, "Facings counted");
  await expectStatus(as, { method: "PUT", url: url(id, `/fields/${facings}`), payload: { value: 12 } }, 200);
}

/** A client, worker A with everything handed in, and the assignment; `startsIn` 1 lets the client mark a no-show. */
async function workedByA(startsIn = 72) {
  const { owner, assignee: ann, assignment } = await assignedAssignment(t, { startsIn });
  const defined = await expectStatus(owner, { method: "PUT", url: url(assignment.id), payload: definition }, 200);
  const v: View = defined.json();
  await handInEverything(ann, assignment.id, v);
  await expectStatus(
    owner,
    { method: "PUT", url: url(assignment.id, `/fields/${fieldId(v, "Store code")}`), payload: { value: "S-12" } },
    200,
  );
  const aView = await view(ann, assignment.id);
  expect(aView).toMatchObject({ complete: true, missing: [] });
  return { owner, ann, id: assignment.id, aView };
}

/** Worker B gets the assignment after A came off it. */
async function handOverToBen(owner: Session, id: string) {
  const ben = await readyWorker(t);
  await act(t, owner, id, "send", { workerIds: [ben.me.id] });
  await act(t, ben, id, "accept");
  return ben;
}

async function expectNothingInherited(ben: Session, ann: Session, id: string, aView: View) {
  const bView = await view(ben, id);
  expect(
    bView.requirements.map((r) => [r.handedIn, r.complete, r.files, r.report, r.releasedFiles, r.releasedReports]),
  ).toEqual([0, 1, 2].map(() => [0, false, [], null, [], []]));
  expect(bView.checklist.map((c) => c.done)).toEqual([false]);
  expect(bView.fields.map((f) => [f.label, f.value])).toEqual([
    ["Facings counted", null],
    ["Store code", "S-12"],
  ]);
  expect(bView.missing.map((m) => m.part)).toEqual(["requirement", "requirement", "requirement", "checklist", "field"]);
  const annFiles = aView.requirements.flatMap((r) => r.files);
  expect(annFiles).toHaveLength(2);
  for (const file of annFiles) {
    await expectStatus(ben, { method: "GET", url: file.url }, 404);
    await expectStatus(ann, { method: "GET", url: file.url }, 404);
    await expectStatus(ben, { method: "DELETE", url: file.url }, 404);
  }
  const assignment = (await call(t, ben, { method: "GET", url: `/api/v1/assignments/${id}` })).json();
  expect(assignment.deliverables.requirements.map((r: { handedIn: number }) => r.handedIn)).toEqual([0, 0, 0]);
}

async function expectClientKeepsIt(owner: Session, ann: Session, id: string, aView: View) {
  const cView = await view(owner, id);
  const photo = req(cView, "photo");
  expect(photo).toMatchObject({ handedIn: 0, files: [] });
  expect(photo.releasedFiles).toMatchObject([
    { fileName: "shelf.png", uploadedBy: { id: ann.me.id, name: ann.me.name } },
  ]);
  expect(req(cView, "signature").releasedFiles).toMatchObject([
    { caption: "Dana Lopez", uploadedBy: { id: ann.me.id } },
  ]);
  expect(req(cView, "report")).toMatchObject({
    report: null,
    releasedReports: [{ text: "Shelf faced.", writtenBy: { id: ann.me.id, name: ann.me.name } }],
  });
  for (const file of aView.requirements.flatMap((r) => r.files)) {
    const download = await expectStatus(owner, { method: "GET", url: file.url }, 200);
    expect(download.rawPayload.equals(PNG)).toBe(true);
  }
}

async function expectReleaseRecorded(id: string, action: string, aView: View) {
  const event = (await eventsOf(t, id)).find((e) => e.action === action);
  const [photo, signature] = aView.requirements.map((r) => r.files[0]?.id);
  expect(event?.data).toMatchObject({
    releasedFileIds: [photo, signature],
    releasedReportIds: [expect.any(String)],
    checklistCleared: [{ id: aView.checklist[0]?.id, text: "Face the shelf", doneAt: expect.any(String) }],
    fieldsCleared: [{ id: fieldId(aView, "Facings counted"), label: "Facings counted", value: 12 }],
  });
}

describe("an abandoned worker's hand-ins stay with the company, not the next worker", () => {
  it("B starts from nothing, cannot download or remove A's files, and must hand in their own to submit", async () => {
    const { owner, ann, id, aView } = await workedByA();
    await act(t, ann, id, "check-in");
    await act(t, ann, id, "abandon", { reason: "Family emergency" });
    const ben = await handOverToBen(owner, id);

    await expectNothingInherited(ben, ann, id, aView);
    await expectClientKeepsIt(owner, ann, id, aView);
    await expectReleaseRecorded(id, "assignment.abandoned", aView);

    await act(t, ben, id, "check-in");
    const refused = await expectStatus(
      ben,
      { method: "POST", url: `/api/v1/assignments/${id}/submit`, payload: { hours: 2 } },
      409,
    );
    expect(refused.json()).toMatchObject({ code: "deliverables_incomplete" });
    await handInEverything(ben, id, await view(ben, id));
    const mine = await view(ben, id);
    expect(mine.requirements.map((r) => [r.handedIn, r.files.map((f) => f.uploadedBy.id)])).toEqual([
      [1, [ben.me.id]],
      [1, [ben.me.id]],
      [1, []],
    ]);
    expect(req(mine, "report").report?.text).toBe("Shelf faced.");
    await act(t, ben, id, "submit", { hours: 2 });
    const cView = await view(owner, id);
    expect(cView.requirements.map((r) => [r.handedIn, r.releasedFiles.length, r.releasedReports.length])).toEqual([
      [1, 1, 0],
      [1, 1, 0],
      [1, 0, 1],
    ]);
  });

  it("the client may change, but not remove, a requirement holding an earlier worker's work", async () => {
    const { owner, ann, id } = await workedByA();
    await act(t, ann, id, "abandon", { reason: "Sick" });
    const current = await view(owner, id);
    const withIds = (requirements: typeof definition.requirements) => ({
      requirements,
      checklist: definition.checklist.map((c, i) => ({ ...c, id: current.checklist[i]?.id })),
      fields: definition.fields.map((f, i) => ({ ...f, id: current.fields[i]?.id })),
    });
    const ids = current.requirements.map((r) => r.id);
    const dropPhoto = withIds(definition.requirements.slice(1).map((r, i) => ({ ...r, id: ids[i + 1] })));
    const refused = await expectStatus(owner, { method: "PUT", url: url(id), payload: dropPhoto }, 409);
    expect(refused.json()).toMatchObject({
      code: "deliverable_in_use",
      detail: expect.stringContaining("earlier worker"),
    });
    const renamed = withIds(definition.requirements.map((r, i) => ({ ...r, id: ids[i], title: `${r.title} (again)` })));
    const kept: View = (await expectStatus(owner, { method: "PUT", url: url(id), payload: renamed }, 200)).json();
    expect(req(kept, "photo").releasedFiles).toHaveLength(1);
  });
});

describe("a no-show's hand-ins are released the same way", () => {
  it("the client's no-show releases A's work; B sees none of it; the client still downloads it", async () => {
    const { owner, ann, id, aView } = await workedByA(1);
    t.clock.advance(2 * 3_600_000);
    await act(t, owner, id, "no-show");
    const ben = await handOverToBen(owner, id);

    await expectNothingInherited(ben, ann, id, aView);
    await expectClientKeepsIt(owner, ann, id, aView);
    await expectReleaseRecorded(id, "assignment.no_show_marked", aView);
  });
});
