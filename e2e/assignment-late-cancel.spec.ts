import {
  checkPage,
  fillAssignmentForm,
  openSecondPerson,
  signUpClient,
  signUpWorker,
  wallTime,
} from "./assignment-steps";
import { expect, test } from "./support";

test.use({ journey: "assignment-late-cancel" });

const JOURNEY = "assignment-late-cancel";
const hour = 3_600_000;

test("a client cancels an assigned job 10 hours before the start and chooses to pay the fee; the worker sees it", async ({
  page,
  browser,
  check,
}) => {
  const worker = await openSecondPerson(browser);
  const workerId = await signUpWorker(worker.page, "Robin Worker");
  await signUpClient(page, "Morgan Client", "Late Shift Ltd");

  const zone = "America/Chicago";
  const start = new Date(Date.now() + 10 * hour);
  await page.goto("/assignments/new");
  await fillAssignmentForm(page, {
    title: "Install a kiosk at the Chicago branch",
    city: "Chicago, IL (US)",
    startsAt: wallTime(start, zone),
    endsAt: wallTime(new Date(start.getTime() + 4 * hour), zone),
    rate: "40",
    maxHours: "5",
  });
  await expect(page.getByRole("region", { name: "Maximum spend" })).toContainText("$200.00");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Install a kiosk at the Chicago branch" })).toBeVisible();
  const assignmentUrl = page.url();

  // Assigned directly: no invitation round.
  await page.getByRole("button", { name: "Send to workers" }).click();
  const send = page.getByRole("dialog", { name: "Send this assignment" });
  await send.getByLabel("Add workers").fill(`http://example.test/workers/${workerId}`);
  await send.getByRole("button", { name: "Add", exact: true }).click();
  await expect(send.getByText("Robin Worker")).toBeVisible();
  await send.getByLabel("Assign the one named worker directly").check();
  await page.getByRole("dialog", { name: "Assign this assignment" }).getByRole("button", { name: "Assign" }).click();
  await expect(page.getByText("Assigned", { exact: true }).first()).toBeVisible();
  await check("01-assigned");

  // Hold and resume come from the same `actions` list; the worker reads the reason.
  await page.getByRole("button", { name: "Put on hold" }).click();
  const hold = page.getByRole("dialog", { name: "Put the work on hold?" });
  await hold.getByLabel("Reason (the worker reads it)").fill("Waiting for the landlord's approval.");
  await hold.getByRole("button", { name: "Put on hold" }).click();
  await expect(page.getByText("On hold", { exact: true }).first()).toBeVisible();
  await worker.page.goto(assignmentUrl);
  await expect(worker.page.getByText("Waiting for the landlord's approval.", { exact: true })).toBeVisible();
  await expect(worker.page.getByRole("button", { name: "Check in" })).toHaveCount(0);
  await page.getByRole("button", { name: "Resume" }).click();
  await page.getByRole("dialog", { name: "Resume the work?" }).getByRole("button", { name: "Resume" }).click();
  await expect(page.getByRole("button", { name: "Put on hold" })).toBeVisible();

  // Under 24 hours with a worker assigned: the fee is offered, optional, suggested by the company setting (25 %).
  await page.getByRole("button", { name: "Cancel assignment" }).click();
  const dialog = page.getByRole("dialog", { name: "Cancel this assignment?" });
  const fee = dialog.getByTestId("cancellation-fee");
  await expect(fee).toContainText("(optional)");
  await expect(fee).toContainText("Suggested by your company settings: $50.00");
  await expect(dialog.getByLabel("Do not pay a fee")).toBeChecked();
  await checkPage(page, JOURNEY, "02-cancel-dialog-offer");
  await dialog.getByLabel("Pay the worker a cancellation fee").check();
  await expect(dialog.getByLabel("Fee", { exact: true })).toHaveValue("50.00");
  await dialog.getByLabel("Fee", { exact: true }).fill("60");
  await dialog.getByRole("button", { name: "Cancel assignment" }).click();
  await expect(dialog.getByText("Give a reason").or(dialog.getByText("This cannot be empty."))).toBeVisible();
  await dialog.getByLabel("Reason").fill("The store closes tomorrow for a flood repair.");
  await checkPage(page, JOURNEY, "03-cancel-dialog-fee-chosen");
  await dialog.getByRole("button", { name: "Cancel assignment" }).click();
  await expect(dialog).toBeHidden();

  const notice = page.getByTestId("cancellation");
  await expect(notice).toContainText("The store closes tomorrow for a flood repair.");
  await expect(notice).toContainText("Late-cancellation fee the client chose to pay: $60.00");
  const timeline = page.getByRole("list", { name: "Timeline" });
  await expect(timeline).toContainText("Assignment cancelled");
  await expect(timeline).toContainText("Cancellation fee: $60.00");
  await check("04-client-cancelled");

  // The worker is told: the assignment page and its timeline say it, with the fee.
  await worker.page.goto(assignmentUrl);
  await expect(worker.page.getByText("Cancelled", { exact: true }).first()).toBeVisible();
  await expect(worker.page.getByTestId("cancellation")).toContainText("$60.00");
  const workerTimeline = worker.page.getByRole("list", { name: "Timeline" });
  await expect(workerTimeline).toContainText("Assignment cancelled");
  await expect(workerTimeline).toContainText("Cancellation fee: $60.00");
  await expect(worker.page.getByRole("button", { name: "Check in" })).toHaveCount(0);
  await checkPage(worker.page, JOURNEY, "05-worker-sees-cancellation");
  await worker.page.setViewportSize({ width: 390, height: 844 });
  await checkPage(worker.page, JOURNEY, "06-worker-sees-cancellation-phone");
  await worker.page.goto("/inbox");
  await worker.page.getByLabel("Show").selectOption("");
  await expect(worker.page.getByRole("article", { name: "Install a kiosk at the Chicago branch" })).toBeVisible();
  await checkPage(worker.page, JOURNEY, "07-worker-inbox-phone");

  expect(worker.problems, "the worker's browser reported errors").toEqual([]);
  await worker.context.close();
});
