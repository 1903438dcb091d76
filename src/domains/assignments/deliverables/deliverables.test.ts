import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { InjectOptions } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { createLocalStorage, setStorage } from "#platform/storage";
import {
  act,
  assignedAssignment,
  call,
  draftAssignment,
  eventsOf,
  lastMailTo,
  multipartFile,
  postingClient,
  readyWorker,
  type Session,
  teammate,
} from "#test/given";
import { testApp } from "#test/harness";
import { assertDeliverablesComplete } from "./queries";

const t = await testApp();
const filesDir = mkdtempSync(path.join(tmpdir(), "worklane-files-"));
setStorage(createLocalStorage(filesDir));

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(200)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(300)]);
const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(100)]);
const GIF = Buffer.concat([Buffer.from("GIF89a"), randomBytes(50)]);
const SIGNATURE = `data:image/png;base64,${PNG.toString("base64")}`;

const multipart = multipartFile;
const url = (id: string, rest = "") => `/api/v1/assignments/${id}/deliverables${rest}`;
const storedFiles = () => readdirSync(filesDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());

const definition = {
  requirements: [
    { kind: "photo", title: "Photos of the finished counter", requiredCount: 2 },
    { kind: "signature", title: "Store manager's signature" },
    { kind: "report", title: "What was done", instructions: "Note anything the store should follow up on." },
    { kind: "document", title: "Vendor test receipt", requiredCount: 1 },
  ],
  checklist: [{ text: "Run the vendor's test transaction" }, { text: "Sweep up", required: false }],
  fields: [
    { label: "PO number", type: "text", filledBy: "client", required: true },
    { label: "Terminals installed", type: "number", filledBy: "worker", required: true },
    { label: "Finished on", type: "date", filledBy: "worker" },
    { label: "Cabling", type: "choice", choices: ["reused", "new"], filledBy: "worker" },
  ],
};

interface View {
  requirements: { id: string; kind: string; handedIn: number; complete: boolean; files: { url: string }[] }[];
  checklist: { id: string; done: boolean }[];
  fields: { id: string; label: string; value: unknown; canFill: boolean }[];
  missing: { part: string; message: string }[];
  complete: boolean;
  canDefine: boolean;
  canHandIn: boolean;
}

async function define(as: Session, id: string, body: object = definition): Promise<View> {
  const response = await call(t, as, { method: "PUT", url: url(id), payload: body });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function upload(as: Session, id: string, requirementId: string, file: Buffer, name: string, type: string) {
  return call(t, as, {
    method: "POST",
    url: url(id, `/requirements/${requirementId}/files`),
    ...multipart(file, name, type),
  });
}

const req = (view: View, kind: string) => {
  const found = view.requirements.find((r) => r.kind === kind);
  if (!found) {
    throw new Error(`no ${kind} requirement`);
  }
  return found;
};
const field = (view: View, label: string) => view.fields.find((f) => f.label === label)?.id ?? "";

describe("deliverables from definition to a complete hand-in", () => {
  let owner: Session;
  let assignee: Session;
  let id: string;
  let view: View;

  beforeAll(async () => {
    ({
      owner,
      assignee,
      assignment: { id },
    } = await assignedAssignment(t));
    view = await define(owner, id);
  });

  it("lets company managers define requirements, a checklist and custom fields; the worker is told", async () => {
    expect(view.requirements.map((r) => [r.kind, r.handedIn])).toEqual([
      ["photo", 0],
      ["signature", 0],
      ["report", 0],
      ["document", 0],
    ]);
    expect(view).toMatchObject({ canDefine: true, canHandIn: false, complete: false });
    expect(view.missing.map((m) => m.part)).toEqual([
      "requirement",
      "requirement",
      "requirement",
      "requirement",
      "checklist",
      "field",
      "field",
    ]);
    expect((await lastMailTo(t, assignee.me.email)).subject).toContain("Deliverables changed");
    const asWorker: View = (await call(t, assignee, { method: "GET", url: url(id) })).json();
    expect(asWorker).toMatchObject({ canDefine: false, canHandIn: true });
    expect(asWorker.fields.map((f) => f.canFill)).toEqual([false, true, true, true]);
  });

  it("takes photos, a drawn signature, a report, a document, ticks and values, then reports complete", async () => {
    const photo = req(view, "photo").id;
    expect((await upload(assignee, id, photo, PNG, "../../etc/counter.png", "image/png")).statusCode).toBe(201);
    const second = await upload(assignee, id, photo, JPEG, "IMG_0002.JPG", "application/octet-stream");
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json()).toMatchObject({ fileName: "IMG_0002.JPG", contentType: "image/jpeg" });

    const signed = await call(t, assignee, {
      method: "POST",
      url: url(id, `/requirements/${req(view, "signature").id}/signature`),
      payload: { dataUrl: SIGNATURE, signerName: "Dana Lopez" },
    });
    expect(signed.statusCode, signed.body).toBe(201);
    expect(signed.json()).toMatchObject({ contentType: "image/png", caption: "Dana Lopez" });
    const report = await call(t, assignee, {
      method: "PUT",
      url: url(id, `/requirements/${req(view, "report").id}/report`),
      payload: { text: "Both terminals mounted and tested." },
    });
    expect(report.statusCode, report.body).toBe(200);
    expect(
      (await upload(assignee, id, req(view, "document").id, PDF, "receipt.pdf", "application/pdf")).statusCode,
    ).toBe(201);

    const ticked = await call(t, assignee, {
      method: "PUT",
      url: url(id, `/checklist/${view.checklist[0]?.id}`),
      payload: { done: true },
    });
    expect(ticked.json().checklist[0].done).toBe(true);
    for (const [as, label, value] of [
      [assignee, "Terminals installed", 2],
      [assignee, "Finished on", "2026-03-01"],
      [assignee, "Cabling", "new"],
      [owner, "PO number", "PO-7781"],
    ] as const) {
      const filled = await call(t, as, {
        method: "PUT",
        url: url(id, `/fields/${field(view, label)}`),
        payload: { value },
      });
      expect(filled.statusCode, `${label}: ${filled.body}`).toBe(200);
    }
    const done: View = (await call(t, owner, { method: "GET", url: url(id) })).json();
    expect(done).toMatchObject({ complete: true, missing: [] });
    expect(done.requirements.map((r) => r.handedIn)).toEqual([2, 1, 1, 1]);
    await expect(assertDeliverablesComplete(t.db, id)).resolves.toBeUndefined();

    const history = (await eventsOf(t, id)).map((e) => e.action);
    expect(history).toEqual(
      expect.arrayContaining([
        "assignment.deliverables_defined",
        "assignment.deliverable_uploaded",
        "assignment.report_written",
        "assignment.checklist_item_ticked",
        "assignment.field_filled",
      ]),
    );
    expect(history.filter((a) => a === "assignment.deliverable_uploaded")).toHaveLength(4);
  });

  it("streams a file to the company and the assignee with its stored type and a safe name", async () => {
    const current: View = (await call(t, owner, { method: "GET", url: url(id) })).json();
    const first = req(current, "photo").files[0]?.url ?? "";
    for (const as of [owner, assignee]) {
      const download = await call(t, as, { method: "GET", url: first });
      expect(download.statusCode).toBe(200);
      expect(download.headers["content-type"]).toBe("image/png");
      expect(download.headers["content-disposition"]).toBe(
        `inline; filename="counter.png"; filename*=UTF-8''counter.png`,
      );
      expect(download.headers["x-content-type-options"]).toBe("nosniff");
      expect(download.rawPayload.equals(PNG)).toBe(true);
    }
  });

  it("refuses removing a requirement with work handed in, and keeps the rest when ids are kept", async () => {
    const current: View = (await call(t, owner, { method: "GET", url: url(id) })).json();
    const dropPhotos = { ...definition, requirements: definition.requirements.slice(1) };
    const refused = await call(t, owner, { method: "PUT", url: url(id), payload: dropPhotos });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe("deliverable_in_use");
    const kept = {
      requirements: current.requirements.map((r, i) => ({ ...definition.requirements[i], id: r.id })),
      checklist: current.checklist.map((c, i) => ({ ...definition.checklist[i], id: c.id })),
      fields: current.fields.map((f, i) => ({ ...definition.fields[i], id: f.id })),
    };
    const again = await define(owner, id, kept);
    expect(again.complete).toBe(true);
  });
});

describe("submission and the assignment view", () => {
  it("refuses submit with 409 deliverables_incomplete listing what is missing, then accepts once handed in", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const view = await define(owner, assignment.id, {
      requirements: [{ kind: "photo", title: "After photo" }],
      checklist: [{ text: "Lock the cabinet" }],
    });
    await act(t, assignee, assignment.id, "check-in");
    const refused = await call(t, assignee, {
      method: "POST",
      url: `/api/v1/assignments/${assignment.id}/submit`,
      payload: { hours: 2 },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: "deliverables_incomplete" });
    expect(refused.json().missing.map((m: { part: string }) => m.part)).toEqual(["requirement", "checklist"]);
    expect((await eventsOf(t, assignment.id)).map((e) => e.action)).not.toContain("assignment.submitted");

    expect(
      (await upload(assignee, assignment.id, req(view, "photo").id, PNG, "after.png", "image/png")).statusCode,
    ).toBe(201);
    await call(t, assignee, {
      method: "PUT",
      url: url(assignment.id, `/checklist/${view.checklist[0]?.id}`),
      payload: { done: true },
    });
    const submitted = await act(t, assignee, assignment.id, "submit", { hours: 2 });
    expect(submitted).toMatchObject({
      status: "submitted",
      deliverables: { complete: true, missing: [] },
      requests: [],
    });
    const asClient = (await call(t, owner, { method: "GET", url: `/api/v1/assignments/${assignment.id}` })).json();
    expect(asClient.deliverables.requirements[0]).toMatchObject({ title: "After photo", handedIn: 1, complete: true });
    expect(asClient.deliverables.canDefine).toBe(false);
  });
});

describe("deliverable uploads refused", () => {
  it("answers 413 above 10 MB and 415 for types outside the allow-list or not matching the requirement, storing nothing", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const view = await define(owner, assignment.id);
    const before = storedFiles().length;
    const photo = req(view, "photo").id;
    const big = Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await upload(assignee, assignment.id, photo, big, "huge.png", "image/png");
    expect(tooBig.statusCode, tooBig.body).toBe(413);
    expect(tooBig.json().code).toBe("payload_too_large");
    for (const [file, name, type] of [
      [GIF, "a.gif", "image/gif"],
      [Buffer.from("<svg onload=alert(1)>"), "x.png", "image/png"],
      [PDF, "receipt.pdf", "application/pdf"],
      [Buffer.from("PK\u0003\u0004zip"), "archive.zip", "application/zip"],
    ] as const) {
      const refused = await upload(assignee, assignment.id, photo, file, name, type);
      expect(refused.statusCode, `${name}: ${refused.body}`).toBe(415);
      expect(refused.json().code).toBe("unsupported_media_type");
    }
    const asJson = await call(t, assignee, {
      method: "POST",
      url: url(assignment.id, `/requirements/${photo}/files`),
      payload: { file: "x" },
    });
    expect(asJson.statusCode).toBe(415);
    const report = await upload(assignee, assignment.id, req(view, "report").id, PDF, "r.pdf", "application/pdf");
    expect(report.statusCode).toBe(400);
    expect(storedFiles().length).toBe(before);
    expect((await eventsOf(t, assignment.id)).map((e) => e.action)).not.toContain("assignment.deliverable_uploaded");
  });

  it("checks field values against their type and refuses bad definitions with pointers", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const view = await define(owner, assignment.id);
    for (const [label, value] of [
      ["Terminals installed", "two"],
      ["Finished on", "2026-02-30"],
      ["Cabling", "copper"],
    ] as const) {
      const refused = await call(t, assignee, {
        method: "PUT",
        url: url(assignment.id, `/fields/${field(view, label)}`),
        payload: { value },
      });
      expect(refused.statusCode, label).toBe(400);
      expect(refused.json().errors[0].pointer).toBe("/body/value");
    }
    const owned = await call(t, assignee, {
      method: "PUT",
      url: url(assignment.id, `/fields/${field(view, "PO number")}`),
      payload: { value: "mine" },
    });
    expect(owned.statusCode).toBe(403);
    const bad = await call(t, owner, {
      method: "PUT",
      url: url(assignment.id),
      payload: {
        requirements: [{ kind: "report", title: "R", requiredCount: 3 }],
        fields: [{ label: "Pick", type: "choice", choices: ["one"], filledBy: "worker" }],
        checklist: [{ id: view.requirements[0]?.id, text: "not mine" }],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual(
      expect.arrayContaining(["/body/requirements/0/requiredCount", "/body/fields/0/choices"]),
    );
  });
});

describe("who may see and touch deliverables", () => {
  it("denies strangers with 404, wrong roles and parties with 403, logged-out callers with 401; nothing changes", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const view = await define(owner, assignment.id);
    const photo = req(view, "photo").id;
    expect((await upload(assignee, assignment.id, photo, PNG, "a.png", "image/png")).statusCode).toBe(201);
    const fileUrl = ((await call(t, owner, { method: "GET", url: url(assignment.id) })).json() as View).requirements[0]
      ?.files[0]?.url as string;
    const stranger = await postingClient(t);
    const outsider = await readyWorker(t);
    const viewer = await teammate(t, owner, "viewer");
    const before = (await eventsOf(t, assignment.id)).length;

    for (const as of [stranger, outsider]) {
      for (const target of [url(assignment.id), fileUrl, `/api/v1/assignments/${assignment.id}/attachments`]) {
        const response = await call(t, as, { method: "GET", url: target });
        expect(response.statusCode, target).toBe(404);
      }
    }
    expect((await call(t, stranger, { method: "PUT", url: url(assignment.id), payload: definition })).statusCode).toBe(
      404,
    );
    expect((await upload(outsider, assignment.id, photo, PNG, "a.png", "image/png")).statusCode).toBe(404);
    expect((await call(t, viewer, { method: "PUT", url: url(assignment.id), payload: definition })).statusCode).toBe(
      403,
    );
    expect((await upload(owner, assignment.id, photo, PNG, "a.png", "image/png")).statusCode).toBe(403);
    expect((await call(t, null, { method: "GET", url: url(assignment.id) })).statusCode).toBe(401);
    expect((await call(t, viewer, { method: "GET", url: fileUrl })).statusCode).toBe(200);
    expect((await eventsOf(t, assignment.id)).length).toBe(before);
  });

  it("shows an invited worker what is asked but no files, values or attachments", async () => {
    const owner = await postingClient(t);
    const invitee = await readyWorker(t);
    const draft = await draftAssignment(t, owner);
    await define(owner, draft.id);
    await act(t, owner, draft.id, "send", { workerIds: [invitee.me.id] });
    const seen: View = (await call(t, invitee, { method: "GET", url: url(draft.id) })).json();
    expect(seen).toMatchObject({ canHandIn: false, canDefine: false, missing: [] });
    expect(seen.requirements).toHaveLength(4);
    const photo = seen.requirements[0]?.id ?? "";
    // The refusal rule: an invitee may never hand work in (403, whatever the status); the assignee may, once assigned.
    expect((await upload(invitee, draft.id, photo, PNG, "a.png", "image/png")).statusCode).toBe(403);
    const attachments = await call(t, invitee, { method: "GET", url: `/api/v1/assignments/${draft.id}/attachments` });
    expect(attachments.statusCode).toBe(404);
  });

  it("pauses hand-ins while the assignment is on hold (409) and counts drafts' deliverables in the completeness report", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const view = await define(owner, assignment.id);
    await act(t, owner, assignment.id, "hold", { reason: "Store closed today" });
    const refused = await upload(assignee, assignment.id, req(view, "photo").id, PNG, "a.png", "image/png");
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: "invalid_transition", currentStatus: "assigned" });

    const draft = await draftAssignment(t, owner);
    const codes = (a: { completeness: { findings: { code: string }[] } }) => a.completeness.findings.map((f) => f.code);
    expect(codes(draft as never)).toContain("deliverables_missing");
    await define(owner, draft.id);
    const after = (await call(t, owner, { method: "GET", url: `/api/v1/assignments/${draft.id}` })).json();
    expect(codes(after)).not.toContain("deliverables_missing");
  });

  it("labels the assignment deliverable_late past a missing deliverable's due time, until it is handed in", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const due = new Date(t.clock.now().getTime() + 2 * 3_600_000).toISOString();
    const view = await define(owner, assignment.id, {
      requirements: [{ kind: "photo", title: "Before photo", dueAt: due }],
    });
    const labels = async () =>
      (await call(t, owner, { method: "GET", url: `/api/v1/assignments/${assignment.id}` })).json().labels;
    expect(await labels()).not.toContain("deliverable_late");
    t.clock.advance(3 * 3_600_000);
    expect(await labels()).toContain("deliverable_late");
    expect((await upload(assignee, assignment.id, req(view, "photo").id, JPEG, "b.jpg", "image/jpeg")).statusCode).toBe(
      201,
    );
    expect(await labels()).not.toContain("deliverable_late");
    t.clock.advance(-3 * 3_600_000);
  });
});

describe("attachments", () => {
  it("go from company managers to the assigned worker only, and are gone once removed", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const base = `/api/v1/assignments/${assignment.id}/attachments`;
    const added = await call(t, owner, {
      method: "POST",
      url: base,
      ...multipart(PDF, "work order.pdf", "application/pdf"),
    });
    expect(added.statusCode, added.body).toBe(201);
    const file = added.json();
    expect(file).toMatchObject({ fileName: "work order.pdf", contentType: "application/pdf" });
    const listed = (await call(t, assignee, { method: "GET", url: base })).json();
    expect(listed).toMatchObject({ canAttach: false, items: [{ id: file.id }] });
    const download = await call(t, assignee, { method: "GET", url: file.url });
    expect(download.headers["content-disposition"]).toContain('attachment; filename="work order.pdf"');
    expect(download.rawPayload.equals(PDF)).toBe(true);
    const byWorker = await call(t, assignee, {
      method: "POST",
      url: base,
      ...multipart(PDF, "x.pdf", "application/pdf"),
    });
    expect(byWorker.statusCode).toBe(403);

    const removed = await call(t, owner, { method: "DELETE", url: `${base}/${file.id}` });
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await call(t, assignee, { method: "GET", url: file.url })).statusCode).toBe(404);
    expect((await eventsOf(t, assignment.id)).map((e) => e.action)).toEqual(
      expect.arrayContaining(["assignment.attachment_added", "assignment.attachment_removed"]),
    );
  });
});

describe("Idempotency-Key on hand-ins and attachments", () => {
  it("replays a retried upload, signature or attachment with the same key, storing one file; other bytes are 422", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const view = await define(owner, assignment.id);
    const before = storedFiles().length;
    const keyed = (as: Session, path: string, key: string, body: Pick<InjectOptions, "payload" | "headers">) =>
      call(t, as, {
        method: "POST",
        url: path,
        payload: body.payload,
        headers: { ...body.headers, "idempotency-key": key },
      });
    const photoUrl = url(assignment.id, `/requirements/${req(view, "photo").id}/files`);
    const first = await keyed(assignee, photoUrl, "photo-1", multipart(PNG, "counter.png", "image/png"));
    expect(first.statusCode, first.body).toBe(201);
    const retry = await keyed(assignee, photoUrl, "photo-1", multipart(PNG, "counter.png", "image/png"));
    expect(retry.statusCode).toBe(201);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(retry.json().id).toBe(first.json().id);
    const other = await keyed(assignee, photoUrl, "photo-1", multipart(JPEG, "counter.png", "image/png"));
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe("idempotency_key_reused");

    const signatureUrl = url(assignment.id, `/requirements/${req(view, "signature").id}/signature`);
    const signature = { payload: { dataUrl: SIGNATURE, signerName: "Dana Lopez" } };
    const signed = [
      await keyed(assignee, signatureUrl, "sign-1", signature),
      await keyed(assignee, signatureUrl, "sign-1", signature),
    ];
    expect(signed.map((r) => r.statusCode)).toEqual([201, 201]);
    expect(signed[1]?.json().id).toBe(signed[0]?.json().id);

    const attachmentsUrl = `/api/v1/assignments/${assignment.id}/attachments`;
    const attached = [
      await keyed(owner, attachmentsUrl, "attach-1", multipart(PDF, "order.pdf", "application/pdf")),
      await keyed(owner, attachmentsUrl, "attach-1", multipart(PDF, "order.pdf", "application/pdf")),
    ];
    expect(attached.map((r) => r.statusCode)).toEqual([201, 201]);
    expect(attached[1]?.json().id).toBe(attached[0]?.json().id);

    const after: View = (await call(t, owner, { method: "GET", url: url(assignment.id) })).json();
    expect(after.requirements.map((r) => r.handedIn)).toEqual([1, 1, 0, 0]);
    expect((await call(t, owner, { method: "GET", url: attachmentsUrl })).json().items).toHaveLength(1);
    expect(storedFiles().length).toBe(before + 3);
    const history = (await eventsOf(t, assignment.id)).map((e) => e.action);
    expect(history.filter((a) => a === "assignment.deliverable_uploaded")).toHaveLength(2);
    expect(history.filter((a) => a === "assignment.attachment_added")).toHaveLength(1);
  });
});
