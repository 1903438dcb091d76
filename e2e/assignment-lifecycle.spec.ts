import {
  checkPage,
  fillAssignmentForm,
  openSecondPerson,
  signUpClient,
  signUpWorker,
  wallTime,
} from "./assignment-steps";
import { expect, test } from "./support";

test.use({ journey: "assignment-lifecycle" });

const JOURNEY = "assignment-lifecycle";
/** The DOM input, as much of it as the journey uses (e2e code compiles without the DOM library). */
type Checkbox = { click(): void; checked: boolean };
const day = 86_400_000;

test("one assignment goes from draft to approved, the client and the worker each in their own browser", async ({
  page,
  browser,
  check,
}) => {
  const worker = await openSecondPerson(browser);
  const workerId = await signUpWorker(worker.page, "Ari Worker");
  await signUpClient(page, "Casey Client", "Printers & Co");

  // The client writes the assignment; the report beside the form follows every keystroke.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Assignments" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Assignments" })).toBeVisible();
  await expect(page.getByText("No assignments yet.")).toBeVisible();
  await check("01-empty-list");
  await page.getByRole("link", { name: "New assignment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New assignment" })).toBeVisible();
  await expect(page.getByText("Describe the work in at least 25 words")).toBeVisible();
  await check("02-new-form-empty");

  const start = new Date(Date.now() + 3 * day);
  const zone = "America/Denver";
  const startsAt = `${wallTime(start, zone).slice(0, 10)}T09:00`;
  await fillAssignmentForm(page, {
    title: "Replace receipt printers at the Denver store",
    city: "Denver, CO (US)",
    startsAt,
    endsAt: `${startsAt.slice(0, 10)}T13:00`,
    rate: "50",
    maxHours: "4",
  });
  await expect(page.getByLabel("Time zone of the work")).toHaveValue(zone);
  const spend = page.getByRole("region", { name: "Maximum spend" });
  await expect(spend).toContainText("$200.00");
  await page.getByLabel("Maximum hours").fill("5");
  await expect(spend).toContainText("$250.00");
  await expect(page.getByText("Describe the work in at least 25 words")).toHaveCount(0);
  await check("03-new-form-filled");

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Replace receipt printers at the Denver store" }),
  ).toBeVisible();
  await expect(page.getByText("Draft", { exact: true }).first()).toBeVisible();

  // What the worker must hand in: a written report and one checklist task.
  await page.getByRole("button", { name: "Name deliverables" }).click();
  const editor = page.getByRole("form", { name: "Deliverables" });
  await editor.getByRole("button", { name: "Add something to hand in" }).click();
  await editor.getByLabel("Item 1: what").fill("Short report of the work");
  await editor.getByLabel("Kind").selectOption("report");
  await editor.getByRole("button", { name: "Add a task" }).click();
  await editor.getByLabel("Task 1").fill("Print a test receipt from each register");
  await check("04-deliverables-editor");
  await editor.getByRole("button", { name: "Save deliverables" }).click();
  const deliverables = page.getByRole("region", { name: "Deliverables" });
  await expect(deliverables).toContainText("0 of 1 handed in");
  await expect(page.getByText("Name what the worker must hand in")).toHaveCount(0);
  await check("05-draft");

  // An edit sends only what changed; a template keeps the terms and deliverables for next time.
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Completeness" })).toBeVisible();
  await page
    .getByLabel("Instructions for the assigned worker")
    .fill("Ask for Jordan at the service desk; park at the back.");
  await check("05b-edit");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("region", { name: "Instructions" })).toContainText("park at the back");
  await page.getByRole("button", { name: "Save as template" }).click();
  await page.getByRole("dialog", { name: "Save as a template" }).getByLabel("Template name").fill("Printer swap");
  await page.getByRole("dialog", { name: "Save as a template" }).getByRole("button", { name: "Save template" }).click();
  await expect(page.getByText("Template “Printer swap” saved.")).toBeVisible();

  // Sent to the worker, named by id (the API has no worker search yet).
  await page.getByRole("button", { name: "Send to workers" }).click();
  const send = page.getByRole("dialog", { name: "Send this assignment" });
  await send.getByLabel("Add workers").fill(workerId);
  await send.getByRole("button", { name: "Add", exact: true }).click();
  await expect(send.getByText("Ari Worker")).toBeVisible();
  await checkPage(page, JOURNEY, "06-send-dialog");
  await send.getByRole("button", { name: "Send", exact: true }).click();
  await expect(send).toBeHidden();
  await expect(page.getByText("Sent", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("table", { name: "Invited workers" })).toContainText("Ari Worker");

  // The worker decides from the inbox: client, price, maximum spend, schedule in their zone, completeness.
  await worker.page.getByRole("link", { name: "Inbox", exact: true }).click();
  const card = worker.page.getByRole("article", { name: "Replace receipt printers at the Denver store" });
  await expect(card).toContainText("Printers & Co");
  await expect(card).toContainText("$50.00 an hour, at most 5 h");
  await expect(card).toContainText("$250.00");
  await expect(card).toContainText(/Completeness \d+\/100/);
  await checkPage(worker.page, JOURNEY, "07-worker-inbox");
  await card.getByRole("button", { name: "Accept" }).click();
  await expect(worker.page.getByText("is yours")).toBeVisible();

  await worker.page.getByLabel("Show").selectOption("accepted");
  await worker.page.getByRole("link", { name: "Replace receipt printers at the Denver store" }).click();
  await expect(worker.page.getByText("Assigned", { exact: true }).first()).toBeVisible();
  await expect(worker.page.getByRole("region", { name: "Instructions" })).toContainText("park at the back");
  await checkPage(worker.page, JOURNEY, "08-worker-assigned");

  await worker.page.getByRole("button", { name: "Confirm I will be there" }).click();
  await expect(worker.page.getByText("Confirmed: the client knows you are coming.")).toBeVisible();
  await worker.page.getByRole("button", { name: "Check in" }).click();
  await expect(worker.page.getByText("In progress", { exact: true }).first()).toBeVisible();

  // The checklist tick on a slow connection: it shows in the same moment as the click (read back before the page
  // does anything else) and stays while the server takes its time; a refusal puts it back and says why.
  const tick = worker.page.getByLabel("Print a test receipt from each register");
  const handIn = worker.page.getByRole("region", { name: "Deliverables" });
  const tickWrite = /\/deliverables\/checklist\/[^/]+$/;
  await worker.page.route(tickWrite, (route) =>
    route.fulfill({
      status: 409,
      contentType: "application/problem+json",
      body: JSON.stringify({ status: 409, code: "invalid_transition", detail: "This assignment is not in progress." }),
    }),
  );
  await tick.check({ trial: true });
  // Clicked inside the page: a refusal may arrive before Playwright could read the box back after its own click.
  await tick.evaluate((box) => (box as unknown as Checkbox).click());
  await expect(handIn.getByRole("alert")).toContainText("Not saved: This assignment is not in progress.");
  await expect(tick).not.toBeChecked();
  await worker.page.unroute(tickWrite);
  await worker.page.route(tickWrite, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  const shownAtOnce = await tick.evaluate((element) => {
    const box = element as unknown as Checkbox;
    box.click();
    return box.checked;
  });
  expect(shownAtOnce, "the tick shows in the same moment as the click").toBe(true);
  await expect(handIn.getByRole("alert")).toHaveCount(0);
  await expect(tick).toBeChecked();
  // What a person waits for: the server's answer, when the item leaves "Still missing".
  await expect(worker.page.getByRole("note")).not.toContainText("Print a test receipt");
  await expect(tick).toBeChecked();
  await worker.page.unroute(tickWrite);
  await worker.page.getByLabel("Report: Short report of the work").fill("Both printers replaced and tested.");
  await worker.page.getByRole("button", { name: "Save report" }).click();
  await expect(worker.page.getByRole("region", { name: "Deliverables" })).toContainText("1 of 1 handed in");
  await expect(worker.page.getByText("Still missing before you can submit")).toHaveCount(0);
  await checkPage(worker.page, JOURNEY, "09-worker-deliverables");
  await worker.page.getByRole("button", { name: "Check out" }).click();
  await expect(worker.page.getByRole("button", { name: "Check in" })).toBeVisible();

  // A request: the worker asks for more budget, the client accepts it.
  await worker.page.getByRole("button", { name: "Make a request" }).click();
  const ask = worker.page.getByRole("dialog", { name: "Make a request" });
  await ask.getByLabel("What for").selectOption("budget_increase");
  await ask.getByLabel("Amount").fill("20");
  await ask.getByLabel("Why (the other side reads it)").fill("A third printer needed a new cable.");
  await ask.getByRole("button", { name: "Send request" }).click();
  await expect(ask).toBeHidden();
  await expect(worker.page.getByRole("list", { name: "Requests" })).toContainText("Pending");
  await page.reload();
  await expect(page.getByText("Request pending", { exact: true }).first()).toBeVisible();
  await page.getByRole("button", { name: "Accept the budget increase request" }).click();
  await expect(page.getByRole("list", { name: "Requests" })).toContainText("Accepted");
  await check("09b-client-request-accepted");
  await worker.page.reload();
  await worker.page.getByRole("button", { name: "Submit work" }).click();
  const submit = worker.page.getByRole("dialog", { name: "Submit your work" });
  await submit.getByLabel("Hours worked").fill("4.5");
  await submit.getByLabel("Expenses").fill("12.40");
  await submit.getByLabel("Notes for the client").fill("Both printers replaced; test receipts printed.");
  await checkPage(worker.page, JOURNEY, "10-worker-submit-dialog");
  await submit.getByRole("button", { name: "Submit for approval" }).click();
  await expect(submit).toBeHidden();
  await expect(worker.page.getByText("Submitted", { exact: true }).first()).toBeVisible();

  // The client approves from the approval section: hours, expenses, total, time log.
  await page.reload();
  const approval = page.getByRole("region", { name: "Work submitted for approval" });
  await expect(approval).toContainText("4.5");
  await expect(approval).toContainText("$12.40");
  await expect(approval).toContainText("$237.40");
  await expect(approval.getByRole("list", { name: "Time log" })).toBeVisible();
  await check("11-client-approval");
  await approval.getByRole("button", { name: "Approve" }).click();
  await page.getByRole("dialog", { name: "Approve this work?" }).getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText("Approved", { exact: true }).first()).toBeVisible();
  const timeline = page.getByRole("list", { name: "Timeline" });
  await expect(timeline).toContainText("Assignment approved");
  await expect(timeline).toContainText("Assignment submitted");
  await check("12-client-approved");

  await page.getByRole("link", { name: "Assignments", exact: true }).first().click();
  await expect(page.getByRole("row", { name: /Replace receipt printers/ })).toContainText(/Approved|Payment pending/);
  await check("13-client-list");
  await page.getByRole("link", { name: "New assignment" }).click();
  await expect(page.getByLabel("Template", { exact: true })).toContainText("Printer swap");
  await page.getByRole("link", { name: "Import many from CSV" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import assignments from CSV" })).toBeVisible();
  await check("13b-client-import");

  await worker.page.reload();
  await expect(worker.page.getByText("Approved", { exact: true }).first()).toBeVisible();
  await expect(worker.page.getByRole("list", { name: "Timeline" })).toContainText("Assignment approved");
  await checkPage(worker.page, JOURNEY, "14-worker-approved");

  expect(worker.problems, "the worker's browser reported errors").toEqual([]);
  await worker.context.close();
});
