import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createLocalStorage, setStorage } from "#platform/storage";
import {
  act,
  assignedAssignment,
  call,
  eventsOf,
  multipartFile,
  postingClient,
  readyWorker,
  type Session,
  staffMember,
} from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const filesDir = mkdtempSync(path.join(tmpdir(), "worklane-case-files-"));
setStorage(createLocalStorage(filesDir));
const storedFiles = () => readdirSync(filesDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());

const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(100)]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(200)]);

type FileView = { id: string; url: string; fileName: string; size: number; messageId: string | null };
type CaseView = {
  id: string;
  messages: { id: string; body: string; author: { id: string } }[];
  files: (FileView & { uploadedBy: { name: string; side: string }; uploadedAt: string })[];
};

/** A case the worker opened about a submitted assignment. */
async function openCase() {
  const setup = await assignedAssignment(t);
  await act(t, setup.assignee, setup.assignment.id, "check-in", {});
  await act(t, setup.assignee, setup.assignment.id, "submit", { hours: 2 });
  const opened = await call(t, setup.assignee, {
    method: "POST",
    url: `/api/v1/assignments/${setup.assignment.id}/escalations`,
    payload: { category: "quality_of_work", details: "Photos attached.", desiredOutcome: "Approve the work." },
  });
  expect(opened.statusCode, opened.body).toBe(201);
  return { ...setup, caseId: (opened.json() as CaseView).id };
}

const attach = (as: Session, caseId: string, file: Buffer, name: string, type: string, messageId?: string) =>
  call(t, as, {
    method: "POST",
    url: `/api/v1/escalations/${caseId}/files${messageId ? `?messageId=${messageId}` : ""}`,
    ...multipartFile(file, name, type),
  });
const attached = async (...args: Parameters<typeof attach>) => {
  const response = await attach(...args);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as FileView;
};
const view = async (as: Session, caseId: string) =>
  (await call(t, as, { method: "GET", url: `/api/v1/escalations/${caseId}` })).json() as CaseView;
const write = async (as: Session, caseId: string, payload: Record<string, unknown>) => {
  const response = await call(t, as, { method: "POST", url: `/api/v1/escalations/${caseId}/messages`, payload });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as CaseView & { message: CaseView["messages"][number] }).message;
};
const download = (as: Session, url: string) => call(t, as, { method: "GET", url });

describe("files in an escalation case (issue 15 item 1)", () => {
  it("lets the parties attach to the case and their messages, readable by the parties and the team only", async () => {
    const { owner, assignee, caseId } = await openCase();
    const team = await staffMember(t, "escalations");
    const evidence = await attached(assignee, caseId, PNG, "wall.png", "image/png");
    expect(evidence).toMatchObject({ fileName: "wall.png", size: PNG.length, messageId: null });
    const message = await write(owner, caseId, { body: "Our inspection report." });
    const report = await attached(owner, caseId, PDF, "report.pdf", "application/pdf", message.id);
    const note = await write(team, caseId, { body: "Checked the photos.", visibility: "team" });
    const internal = await attached(team, caseId, PDF, "check.pdf", "application/pdf", note.id);

    const seen = await view(owner, caseId);
    expect(seen.files.map((f) => [f.fileName, f.uploadedBy.side, f.messageId])).toEqual([
      ["wall.png", "worker", null],
      ["report.pdf", "client", message.id],
    ]);
    expect(seen.files[0]?.uploadedBy.name).toBeTruthy();
    expect(seen.files[0]?.uploadedAt).toBeTruthy();
    expect((await view(team, caseId)).files.map((f) => f.fileName)).toEqual(["wall.png", "report.pdf", "check.pdf"]);

    const got = await download(owner, evidence.url);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(PNG)).toBe(true);
    expect((await download(assignee, report.url)).rawPayload.equals(PDF)).toBe(true);
    expect((await download(team, internal.url)).statusCode).toBe(200);
    // The parties' history does not mention the note's file; the team's does.
    const actions = (await eventsOf(t, caseId)).map((e) => e.action);
    expect(actions.filter((a) => a.startsWith("escalation.") && a.includes("file_added"))).toEqual([
      "escalation.file_added",
      "escalation.file_added",
      "escalation.note_file_added",
    ]);
    const partyHistory = await call(t, owner, { method: "GET", url: `/api/v1/events?subject=escalation:${caseId}` });
    expect(partyHistory.statusCode, partyHistory.body).toBe(200);
    expect(partyHistory.body).not.toContain("note_file_added");

    // Denials: another company, another worker and a party asking for a staff note's file all hear 404.
    const otherCompany = await postingClient(t);
    const otherWorker = await readyWorker(t);
    for (const [as, url] of [
      [otherCompany, evidence.url],
      [otherWorker, report.url],
      [owner, internal.url],
      [assignee, internal.url],
    ] as const) {
      const refused = await download(as, url);
      expect(refused.statusCode, url).toBe(404);
      expect(refused.json().code).toBe("not_found");
    }
    const before = storedFiles().length;
    for (const as of [otherCompany, otherWorker]) {
      const refused = await attach(as, caseId, PDF, "x.pdf", "application/pdf");
      expect(refused.statusCode, refused.body).toBe(404);
    }
    // Someone else's message, or a note a party cannot see, reads as missing.
    expect((await attach(assignee, caseId, PDF, "x.pdf", "application/pdf", message.id)).statusCode).toBe(404);
    expect((await attach(owner, caseId, PDF, "x.pdf", "application/pdf", note.id)).statusCode).toBe(404);
    expect(storedFiles().length).toBe(before);
    expect((await view(team, caseId)).files).toHaveLength(3);
  });

  it("refuses a bad type, a file too large and an ended case with 4xx, writing nothing", async () => {
    const { assignee, caseId } = await openCase();
    const before = storedFiles().length;
    const big = Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await attach(assignee, caseId, big, "huge.png", "image/png");
    expect(tooBig.statusCode, tooBig.body).toBe(413);
    expect(tooBig.json().code).toBe("payload_too_large");
    const exe = await attach(assignee, caseId, Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]), "a.exe", "application/x");
    expect(exe.statusCode, exe.body).toBe(415);
    expect(exe.json().code).toBe("unsupported_media_type");
    const withdrawn = await call(t, assignee, {
      method: "POST",
      url: `/api/v1/escalations/${caseId}/withdraw`,
      payload: {},
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const ended = await attach(assignee, caseId, PDF, "late.pdf", "application/pdf");
    expect(ended.statusCode, ended.body).toBe(409);
    expect(ended.json().code).toBe("invalid_transition");
    expect(storedFiles().length).toBe(before);
    expect((await view(assignee, caseId)).files).toEqual([]);
  });
});
