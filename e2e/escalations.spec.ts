import type { APIRequestContext } from "@playwright/test";
import {
  apiPost,
  checkPage,
  openSecondPerson,
  sentThroughApi,
  signUpClient,
  signUpWorker,
  submitThroughApi,
} from "./assignment-steps";
import { STAFF_ADMIN } from "./staff-account";
import { expect, logIn, test } from "./support";

test.use({ journey: "escalations" });

/** A one-worker assignment brought to `submitted` through the API (2 hours at 50.00), the company funded. */
async function submittedAssignment(client: APIRequestContext, worker: APIRequestContext, workerId: string) {
  const id = await sentThroughApi(client, workerId, {
    title: "Replace the lobby card reader",
    description:
      "Remove the failed card reader at the lobby door, install the replacement from the storeroom, enroll the three test badges and photograph the finished door for the property manager.",
    skills: ["Access control"],
  });
  await submitThroughApi(worker, id);
  await apiPost(client, "/payments/funding", { amount: 200_00, currency: "USD", method: "wire" });
  return id;
}

test("the worker escalates, the team answers, both sides agree on a payment that executes itself", async ({
  page,
  browser,
  check,
}) => {
  test.slow(); // three people in three browsers
  const worker = await openSecondPerson(browser);
  const workerId = await signUpWorker(worker.page, "Wren Worker");
  await signUpClient(page, "Casey Client", "Lobby Security Inc");
  const id = await submittedAssignment(page.request, worker.page.request, workerId);

  // The worker opens a case from the assignment page; the window's closing date is shown before anyone needs it.
  await worker.page.goto(`/assignments/${id}`);
  const section = worker.page.getByRole("region", { name: "Escalation" });
  await expect(section).toContainText("60 days after its last status change");
  await section.getByRole("button", { name: "Escalate…" }).click();
  const form = worker.page.getByRole("form", { name: "Open an escalation case" });
  await form.getByLabel("Category").selectOption("approval_delayed");
  await form.getByLabel("What happened").fill("I submitted the work with photos and the client has not answered.");
  await form.getByLabel("The outcome you hope for").fill("Approve and pay the work.");
  await form.getByLabel(/Amount involved/).fill("100.00");
  await form.getByRole("button", { name: "Open a case" }).click();
  await expect(worker.page.getByText("Case opened.")).toBeVisible();
  await expect(section).toContainText("paused by an open escalation");
  await checkPage(worker.page, "escalations", "01-worker-assignment-case-opened");
  await section.getByRole("link", { name: "Approval delayed" }).click();
  await expect(worker.page.getByText("Open, waiting for the team")).toBeVisible();
  await checkPage(worker.page, "escalations", "02-worker-case");

  // The team: the queue, take the case, answer both sides (the first response) and leave a private note.
  const staff = await openSecondPerson(browser);
  await logIn(staff.page, STAFF_ADMIN.email, STAFF_ADMIN.password);
  await staff.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Escalations" }).click();
  await expect(staff.page.getByRole("heading", { level: 1, name: "Case queue" })).toBeVisible();
  await checkPage(staff.page, "escalations", "03-team-queue");
  await staff.page
    .getByRole("link", { name: /Approval delayed: Replace the lobby card reader/ })
    .first()
    .click();
  await staff.page.getByRole("button", { name: "Take this case" }).click();
  await expect(staff.page.getByText("The case is yours.")).toBeVisible();
  await staff.page
    .getByRole("textbox", { name: "Message" })
    .fill("We have asked the client to look at the photos today.");
  await staff.page.getByRole("button", { name: "Send" }).click();
  await expect(staff.page.getByText("Sent to both sides.")).toBeVisible();
  await staff.page.getByLabel(/Private staff note/).check();
  await staff.page
    .getByRole("textbox", { name: "Private note (team only)" })
    .fill("Client slow to approve before, twice.");
  await staff.page.getByRole("button", { name: "Add note" }).click();
  await expect(staff.page.getByText("Note added.")).toBeVisible();
  await checkPage(staff.page, "escalations", "04-team-case");

  // The worker sees the team's answer, never the note, and proposes a payment of 80.00.
  await worker.page.reload();
  await expect(worker.page.getByText("We have asked the client to look at the photos today.")).toBeVisible();
  await expect(worker.page.getByText("Client slow to approve before")).toHaveCount(0);
  const proposeForm = worker.page.getByRole("form", { name: "Propose a settlement" });
  await proposeForm.getByLabel("Settlement").selectOption("pay");
  await proposeForm.getByLabel(/Amount/).fill("80.00");
  await proposeForm.getByRole("button", { name: "Propose" }).click();
  await expect(worker.page.getByText("Proposed. It takes effect only when both sides accept.")).toBeVisible();

  // The client accepts from "Cases": the payment executes and the case is resolved.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cases" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My cases" })).toBeVisible();
  await check("05-client-cases");
  await page
    .getByRole("link", { name: /Approval delayed/ })
    .first()
    .click();
  await expect(page.getByText("Client slow to approve before")).toHaveCount(0);
  await check("06-client-case-proposal");
  await page.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(page.getByText("Resolved by agreement").first()).toBeVisible();
  await check("07-client-case-resolved");
  await page.goto(`/assignments/${id}`);
  await expect(page.getByRole("region", { name: "Escalation" })).toContainText("Resolved by agreement");

  expect(worker.problems).toEqual([]);
  expect(staff.problems).toEqual([]);
  await worker.context.close();
  await staff.context.close();
});
