import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import {
  checkPage,
  fillAssignmentForm,
  openSecondPerson,
  signUpClient,
  signUpWorker,
  wallTime,
} from "./assignment-steps";
import { expect, test } from "./support";

test.use({ journey: "assignment-files" });

const JOURNEY = "assignment-files";
const TITLE = "Install a receipt printer at the Denver store";
const PHOTO = "Photo of the installed printer";
const SIGNATURE = "Store manager's signature";
const day = 86_400_000;

/** A 24×16 checkered PNG: small, but a real image the approval section can draw. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAABgAAAAQCAIAAACDRijCAAAALElEQVR4nGP4gATkAk7AEaniDMPYIEo0I4sPZ4Mo0TzIo59qBg2+WBt0BgEAME4ErueKvugAAAAASUVORK5CYII=",
  "base64",
);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const GIF = Buffer.from("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;", "latin1");

/** Drops a file on the page's drop area the way a browser does: a drop event carrying a DataTransfer. */
async function dropFile(page: Page, file: { name: string; mimeType: string; text: string }): Promise<void> {
  // A string, as in support.ts: the e2e TypeScript project has no DOM types.
  const transfer = await page.evaluateHandle(
    `(() => { const data = new DataTransfer(); const f = ${JSON.stringify(file)};
      data.items.add(new File([f.text], f.name, { type: f.mimeType })); return data; })()`,
  );
  await page.getByTestId("file-drop-zone").dispatchEvent("drop", { dataTransfer: transfer });
}

/** Draws a stroke with the mouse over the signature pad's canvas. */
async function drawSignature(page: Page, label: string): Promise<void> {
  const box = await page.getByRole("img", { name: `${label}: drawing area` }).boundingBox();
  if (!box) {
    throw new Error("the signature pad is not on screen");
  }
  await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.6);
  await page.mouse.down();
  for (const [x, y] of [
    [0.25, 0.3],
    [0.4, 0.7],
    [0.55, 0.35],
    [0.7, 0.65],
    [0.85, 0.4],
  ] as const) {
    await page.mouse.move(box.x + box.width * x, box.y + box.height * y, { steps: 4 });
  }
  await page.mouse.up();
}

test("the client attaches files, the worker downloads them and hands in a photo and a signature", async ({
  page,
  browser,
  check,
}) => {
  const worker = await openSecondPerson(browser);
  const workerId = await signUpWorker(worker.page, "Wren Worker");
  await signUpClient(page, "Cleo Client", "Registers Ltd");

  // A draft asking for a photo and a signature.
  await page.goto("/assignments/new");
  const zone = "America/Denver";
  const startsAt = `${wallTime(new Date(Date.now() + 3 * day), zone).slice(0, 10)}T09:00`;
  await fillAssignmentForm(page, {
    title: TITLE,
    city: "Denver, CO (US)",
    startsAt,
    endsAt: `${startsAt.slice(0, 10)}T12:00`,
    rate: "40",
    maxHours: "3",
  });
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await page.getByRole("button", { name: "Name deliverables" }).click();
  const editor = page.getByRole("form", { name: "Deliverables" });
  await editor.getByRole("button", { name: "Add something to hand in" }).click();
  await editor.getByLabel("Item 1: what").fill(PHOTO);
  await editor.getByLabel("Kind").nth(0).selectOption("photo");
  await editor.getByRole("button", { name: "Add something to hand in" }).click();
  await editor.getByLabel("Item 2: what").fill(SIGNATURE);
  await editor.getByLabel("Kind").nth(1).selectOption("signature");
  await editor.getByRole("button", { name: "Save deliverables" }).click();
  await expect(page.getByRole("region", { name: "Deliverables" })).toContainText(PHOTO);

  // Attachments: the limits are stated; a work order goes in through the picker, a refused type shows why.
  const attachments = page.getByRole("region", { name: "Attachments" });
  await expect(attachments).toContainText("Up to 10 MB: JPG, PNG, WEBP, HEIC, PDF, TXT, CSV, DOCX, XLSX.");
  await expect(attachments).toContainText("No files attached yet.");
  const picker = attachments.getByLabel("Attach files");
  await picker.setInputFiles({ name: "work-order.pdf", mimeType: "application/pdf", buffer: PDF });
  const files = attachments.getByRole("table", { name: "Attachments" });
  const workOrder = files.getByRole("row", { name: /work-order\.pdf/ });
  await expect(workOrder).toContainText("PDF");
  await expect(workOrder).toContainText(`${PDF.length} bytes`);
  await expect(workOrder).toContainText("Cleo Client");
  await picker.setInputFiles({ name: "diagram.gif", mimeType: "image/gif", buffer: GIF });
  await expect(attachments.getByRole("alert")).toContainText(
    "diagram.gif: This file type is not accepted here; send one of: jpg, png, webp, heic, pdf",
  );
  await check("01-client-attachments");

  // A second file dropped on the drop area, then removed after the question.
  await dropFile(page, { name: "old-notes.txt", mimeType: "text/plain", text: "Superseded notes." });
  await expect(files.getByRole("row", { name: /old-notes\.txt/ })).toContainText("TXT");
  await files.getByRole("button", { name: "Remove old-notes.txt" }).click();
  const question = page.getByRole("dialog", { name: "Remove this attachment?" });
  await expect(question).toContainText("the assigned worker can no longer download it");
  await check("02-client-remove-question");
  await question.getByRole("button", { name: "Remove" }).click();
  await expect(question).toBeHidden();
  await expect(files.getByRole("row", { name: /old-notes\.txt/ })).toHaveCount(0);
  await expect(files.getByRole("row")).toHaveCount(2);

  // Sent to the worker: as an invitee they see what is asked but not the attachments (the server answers 404).
  await page.getByRole("button", { name: "Send to workers" }).click();
  const send = page.getByRole("dialog", { name: "Send this assignment" });
  await send.getByLabel("Add workers").fill(workerId);
  await send.getByRole("button", { name: "Add", exact: true }).click();
  await expect(send.getByText("Wren Worker")).toBeVisible();
  await send.getByRole("button", { name: "Send", exact: true }).click();
  await expect(send).toBeHidden();
  const address = page.url();
  await worker.page.goto(address);
  await expect(worker.page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(worker.page.getByRole("region", { name: "Deliverables" })).toContainText(PHOTO);
  await expect(worker.page.getByRole("region", { name: "Attachments" })).toHaveCount(0);

  // Once assigned, the worker downloads the work order; they cannot attach or remove.
  await worker.page.goto("/inbox");
  await worker.page.getByRole("article", { name: TITLE }).getByRole("button", { name: "Accept" }).click();
  await expect(worker.page.getByText("is yours")).toBeVisible();
  await worker.page.goto(address);
  const workerFiles = worker.page.getByRole("region", { name: "Attachments" });
  await expect(workerFiles).toContainText("Files from the client for this work.");
  const link = workerFiles.getByRole("link", { name: "work-order.pdf" });
  await expect(link).toBeVisible();
  await expect(workerFiles.getByLabel("Attach files")).toHaveCount(0);
  await expect(workerFiles.getByRole("button", { name: /Remove/ })).toHaveCount(0);
  const [download] = await Promise.all([worker.page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("work-order.pdf");
  expect((await readFile(await download.path())).equals(PDF)).toBe(true);
  const fetched = await worker.page.request.get((await link.getAttribute("href")) ?? "");
  expect(fetched.status()).toBe(200);
  expect(fetched.headers()["content-type"]).toBe("application/pdf");
  await checkPage(worker.page, JOURNEY, "03-worker-attachments");

  // The worker hands in: a wrong type is refused with the server's reason, then a photo and a drawn signature.
  await worker.page.getByRole("button", { name: "Check in" }).click();
  await expect(worker.page.getByText("In progress", { exact: true }).first()).toBeVisible();
  const deliverables = worker.page.getByRole("region", { name: "Deliverables" });
  await expect(deliverables).toContainText("Up to 10 MB: JPG, PNG, WEBP, HEIC.");
  const photoPicker = deliverables.getByLabel(`Add a photo: ${PHOTO}`);
  await photoPicker.setInputFiles({ name: "receipt.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(deliverables.getByRole("alert")).toContainText(
    "receipt.pdf: This file type is not accepted here; send one of: jpg, png, webp, heic.",
  );
  // A photo handed in by mistake is removed after a confirmation, then the right one goes in.
  await photoPicker.setInputFiles({ name: "blurry.png", mimeType: "image/png", buffer: PNG });
  const photoFiles = deliverables.getByRole("list", { name: `Files for ${PHOTO}` });
  await expect(photoFiles).toContainText("blurry.png");
  await photoFiles.getByRole("button", { name: "Remove blurry.png" }).click();
  const removal = worker.page.getByRole("dialog", { name: "Remove this file?" });
  await expect(removal).toContainText(`blurry.png no longer counts towards “${PHOTO}”.`);
  await removal.getByRole("button", { name: "Remove" }).click();
  await expect(removal).toBeHidden();
  await expect(photoFiles).toHaveCount(0);
  await photoPicker.setInputFiles({ name: "printer.png", mimeType: "image/png", buffer: PNG });
  await expect(deliverables.getByRole("list", { name: `Files for ${PHOTO}` })).toContainText("printer.png");
  await expect(deliverables.getByRole("alert")).toHaveCount(0);
  await drawSignature(worker.page, SIGNATURE);
  await deliverables.getByRole("button", { name: "Save signature" }).click();
  await expect(deliverables.getByRole("list", { name: `Files for ${SIGNATURE}` })).toContainText("signature.png");
  await expect(deliverables.getByRole("button", { name: "Save signature" })).toBeDisabled();
  await expect(worker.page.getByText("Still missing before you can submit")).toHaveCount(0);
  await checkPage(worker.page, JOURNEY, "04-worker-handed-in");

  await worker.page.getByRole("button", { name: "Submit work" }).click();
  const submit = worker.page.getByRole("dialog", { name: "Submit your work" });
  await submit.getByLabel("Hours worked").fill("2.5");
  await submit.getByRole("button", { name: "Submit for approval" }).click();
  await expect(submit).toBeHidden();
  await expect(worker.page.getByText("Submitted", { exact: true }).first()).toBeVisible();

  // The client reviews the photo and the signature as pictures beside the claim, and approves.
  await page.reload();
  const approval = page.getByRole("region", { name: "Work submitted for approval" });
  const photo = approval.getByRole("img", { name: `${PHOTO}: printer.png` });
  const signature = approval.getByRole("img", { name: `${SIGNATURE}: signature.png` });
  for (const image of [photo, signature]) {
    await expect(image).toBeVisible();
    await expect
      .poll(() => image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
      .toBeGreaterThan(0);
  }
  // Submitted: the attachments stay readable but can no longer change.
  await expect(attachments.getByLabel("Attach files")).toHaveCount(0);
  await expect(attachments.getByRole("button", { name: /Remove/ })).toHaveCount(0);
  await expect(attachments.getByRole("link", { name: "work-order.pdf" })).toBeVisible();
  await check("05-client-approval");
  await approval.getByRole("button", { name: "Approve" }).click();
  await page.getByRole("dialog", { name: "Approve this work?" }).getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText("Approved", { exact: true }).first()).toBeVisible();
  const timeline = page.getByRole("list", { name: "Timeline" });
  await expect(timeline).toContainText("work-order.pdf");
  await check("06-client-approved");

  expect(worker.problems, "the worker's browser reported errors").toEqual([]);
  await worker.context.close();
});
