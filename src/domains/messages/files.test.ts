import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createLocalStorage, setStorage } from "#platform/storage";
import {
  assignedAssignment,
  call,
  multipartFile,
  postingClient,
  readyWorker,
  type Session,
  sentAssignment,
} from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const filesDir = mkdtempSync(path.join(tmpdir(), "worklane-message-files-"));
setStorage(createLocalStorage(filesDir));
const storedFiles = () => readdirSync(filesDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());

const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(100)]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(200)]);
const MINUTE = 60_000;

const messagesUrl = (id: string) => `/api/v1/assignments/${id}/messages`;
const posted = async (as: Session, id: string, payload: Record<string, unknown>) => {
  const response = await call(t, as, { method: "POST", url: messagesUrl(id), payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string };
};
const attach = (as: Session, id: string, messageId: string, file: Buffer, name: string, type: string) =>
  call(t, as, { method: "POST", url: `${messagesUrl(id)}/${messageId}/files`, ...multipartFile(file, name, type) });
const attached = async (as: Session, id: string, messageId: string, file: Buffer, name: string, type: string) => {
  const response = await attach(as, id, messageId, file, name, type);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; url: string; fileName: string; contentType: string; size: number };
};
const download = (as: Session, url: string) => call(t, as, { method: "GET", url });
const filesIn = async (as: Session, id: string) =>
  (
    (await call(t, as, { method: "GET", url: messagesUrl(id) })).json() as {
      items: { body: string; files: { fileName: string }[] }[];
    }
  ).items.map((m) => [m.body, m.files.map((f) => f.fileName)]);

describe("files in the assignment thread (issue 13 item 2)", () => {
  it("lets both sides attach files to their messages, downloadable by exactly those who read the message", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const id = assignment.id;
    const message = await posted(owner, id, { kind: "message", body: "The floor plan is attached." });
    const plan = await attached(owner, id, message.id, PDF, "floor plan.pdf", "application/pdf");
    expect(plan).toMatchObject({ fileName: "floor plan.pdf", contentType: "application/pdf", size: PDF.length });
    const reply = await posted(assignee, id, { kind: "message", body: "Photo of the meter." });
    const photo = await attached(assignee, id, reply.id, PNG, "meter.png", "image/png");
    const note = await posted(owner, id, { kind: "note", body: "Invoice from the last visit." });
    const internal = await attached(owner, id, note.id, PDF, "invoice.pdf", "application/pdf");

    expect(await filesIn(owner, id)).toEqual([
      ["The floor plan is attached.", ["floor plan.pdf"]],
      ["Photo of the meter.", ["meter.png"]],
      ["Invoice from the last visit.", ["invoice.pdf"]],
    ]);
    expect(await filesIn(assignee, id)).toEqual([
      ["The floor plan is attached.", ["floor plan.pdf"]],
      ["Photo of the meter.", ["meter.png"]],
    ]);
    const got = await download(assignee, plan.url);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(PDF)).toBe(true);
    expect(got.headers["content-type"]).toBe("application/pdf");
    expect(got.headers["content-disposition"]).toContain("attachment");
    expect((await download(owner, photo.url)).rawPayload.equals(PNG)).toBe(true);
    expect((await download(owner, internal.url)).statusCode).toBe(200);

    // Denials: the worker never reads a note's file; another company or worker sees nothing at all.
    const otherCompany = await postingClient(t);
    const otherWorker = await readyWorker(t);
    for (const [as, url] of [
      [assignee, internal.url],
      [otherCompany, plan.url],
      [otherCompany, internal.url],
      [otherWorker, photo.url],
    ] as const) {
      const refused = await download(as, url);
      expect(refused.statusCode, url).toBe(404);
      expect(refused.json().code).toBe("not_found");
    }
    // A file id under another message of the same assignment is not found either.
    expect((await download(owner, plan.url.replace(message.id, reply.id))).statusCode).toBe(404);
  });

  it("keeps an invitee's private question's file from the other invitees until the answer shares it", async () => {
    const owner = await postingClient(t);
    const [ann, ben] = [await readyWorker(t), await readyWorker(t)];
    const sent = await sentAssignment(t, owner, [ann, ben]);
    const question = await posted(ann, sent.id, { kind: "question", body: "Is this the right socket?" });
    const photo = await attached(ann, sent.id, question.id, PNG, "socket.png", "image/png");
    expect((await download(ann, photo.url)).statusCode).toBe(200);
    expect((await download(owner, photo.url)).statusCode).toBe(200);
    expect((await download(ben, photo.url)).statusCode).toBe(404);
    await posted(owner, sent.id, { kind: "message", body: "Yes, that one.", replyTo: question.id, shared: true });
    expect((await download(ben, photo.url)).statusCode).toBe(200);
  });

  it("lets only the author attach, within the 5 minutes of an edit, at most 10 files", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const id = assignment.id;
    const message = await posted(owner, id, { kind: "message", body: "Drawings follow." });
    const notMine = await attach(assignee, id, message.id, PDF, "a.pdf", "application/pdf");
    expect(notMine.statusCode, notMine.body).toBe(403);
    const stranger = await attach(await postingClient(t), id, message.id, PDF, "a.pdf", "application/pdf");
    expect(stranger.statusCode).toBe(404);
    for (let i = 0; i < 10; i += 1) {
      await attached(owner, id, message.id, PDF, `sheet ${i}.pdf`, "application/pdf");
    }
    const eleventh = await attach(owner, id, message.id, PDF, "sheet 10.pdf", "application/pdf");
    expect(eleventh.statusCode, eleventh.body).toBe(409);
    expect(eleventh.json().code).toBe("conflict");
    const later = await posted(owner, id, { kind: "message", body: "And one more." });
    t.clock.advance(6 * MINUTE);
    const late = await attach(owner, id, later.id, PDF, "late.pdf", "application/pdf");
    expect(late.statusCode, late.body).toBe(409);
    expect(late.json().code).toBe("edit_window_closed");
  });

  it("refuses bad input with 4xx problems and stores nothing", async () => {
    const { owner, assignment } = await assignedAssignment(t);
    const id = assignment.id;
    const message = await posted(owner, id, { kind: "message", body: "See attached." });
    const url = `${messagesUrl(id)}/${message.id}/files`;
    const before = storedFiles().length;
    const big = Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await attach(owner, id, message.id, big, "huge.png", "image/png");
    expect(tooBig.statusCode, tooBig.body).toBe(413);
    expect(tooBig.json().code).toBe("payload_too_large");
    for (const [file, name, type] of [
      [Buffer.concat([Buffer.from("GIF89a"), randomBytes(50)]), "a.gif", "image/gif"],
      [Buffer.from("PK\u0003\u0004zip"), "archive.zip", "application/zip"],
      [Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]), "setup.exe", "application/octet-stream"],
    ] as const) {
      const refused = await attach(owner, id, message.id, file, name, type);
      expect(refused.statusCode, `${name}: ${refused.body}`).toBe(415);
      expect(refused.json().code).toBe("unsupported_media_type");
    }
    const empty = await attach(owner, id, message.id, Buffer.alloc(0), "empty.pdf", "application/pdf");
    expect(empty.statusCode).toBe(400);
    const noBoundary = await call(t, owner, {
      method: "POST",
      url,
      payload: '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nhello\r\n--x--\r\n',
      headers: { "content-type": "multipart/form-data" },
    });
    expect(noBoundary.statusCode, noBoundary.body).toBe(400);
    expect(noBoundary.json().code).toBe("bad_request");
    const wrongPart = await call(t, owner, {
      method: "POST",
      url,
      ...multipartFile(PDF, "a.pdf", "application/pdf", "doc"),
    });
    expect(wrongPart.statusCode).toBe(400);
    const asJson = await call(t, owner, { method: "POST", url, payload: { file: "x" } });
    expect(asJson.statusCode).toBe(415);
    const malformedId = await call(t, owner, { method: "GET", url: `${url}/not-a-uuid` });
    expect(malformedId.statusCode).toBe(400);
    expect(storedFiles().length).toBe(before);
    expect(await filesIn(owner, id)).toEqual([["See attached.", []]]);
  });
});
