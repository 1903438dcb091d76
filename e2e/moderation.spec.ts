import { apiPost, checkPage, openSecondPerson, sentThroughApi, signUpClient, signUpWorker } from "./assignment-steps";
import { STAFF_ADMIN, STAFF_TRUST } from "./staff-account";
import { expect, logIn, test } from "./support";

test.use({ journey: "moderation" });

test("a worker reports the client, staff restricts it, the client is refused and appeals, another staff member lifts it", async ({
  page,
  browser,
  check,
}) => {
  test.slow(); // four people in four browsers
  const worker = await openSecondPerson(browser);
  const workerId = await signUpWorker(worker.page, "Wren Worker");
  await signUpClient(page, "Casey Client", "Harbor Fixtures Ltd");
  const id = await sentThroughApi(page.request, workerId, {
    title: "Mount the conference room screen",
    description:
      "Mount the 75-inch screen on the prepared wall bracket in the second-floor conference room, route the cables through the existing conduit and test the HDMI input from the table box.",
    skills: ["Mounting"],
  });
  await apiPost(worker.page.request, `/assignments/${id}/accept`);

  // The worker reports the client from the assignment, naming a rule of the guidelines.
  await worker.page.goto(`/assignments/${id}`);
  await worker.page.getByRole("button", { name: "Report" }).click();
  const dialog = worker.page.getByRole("dialog", { name: "Report this assignment" });
  await dialog.getByLabel("Which rule was broken").selectOption("CVG-1.3");
  await dialog
    .getByLabel("What happened")
    .fill("The site manager threatened me in the thread when I asked about parking.");
  await checkPage(worker.page, "moderation", "01-worker-report-dialog");
  await dialog.getByRole("button", { name: "Send report" }).click();
  await expect(worker.page.getByText("Report sent.")).toBeVisible();
  await worker.page.goto("/reports");
  await expect(worker.page.getByText("Waiting for review")).toBeVisible();
  await checkPage(worker.page, "moderation", "02-worker-my-reports");

  // Trust & Safety: the queue, the report with the party's history and the suggested step, a restriction.
  const staff = await openSecondPerson(browser);
  await logIn(staff.page, STAFF_ADMIN.email, STAFF_ADMIN.password);
  await staff.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Trust & Safety" }).click();
  await expect(staff.page.getByRole("heading", { level: 1, name: "Report queue" })).toBeVisible();
  await checkPage(staff.page, "moderation", "03-staff-queue");
  await staff.page
    .getByRole("link", { name: /CVG-1.3 Harassment and discrimination/ })
    .first()
    .click();
  await expect(staff.page.getByText("Suggested next step")).toContainText("Warning");
  const form = staff.page.getByRole("form", { name: "Issue a sanction" });
  await form.getByLabel("Step").selectOption("restriction");
  await form.getByLabel("Send messages").check();
  await form.getByLabel(/Reason/).fill("Threatening words to a worker in the assignment thread.");
  await checkPage(staff.page, "moderation", "04-staff-report");
  await form.getByRole("button", { name: "Issue restriction" }).click();
  await expect(staff.page.getByRole("heading", { level: 1, name: /Restriction on Harbor Fixtures Ltd/ })).toBeVisible();

  // The client is told at once, is refused where the restriction applies, and reads the notice.
  await page.goto("/notifications");
  await page.getByRole("link", { name: "Trust & Safety: a restriction on your account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Restriction on Harbor Fixtures Ltd/ })).toBeVisible();
  await expect(page.getByText("Until it ends you may not: send messages.")).toBeVisible();
  await page.goto(`/assignments/${id}`);
  const messages = page.getByRole("region", { name: "Messages" });
  await messages.getByRole("textbox").first().fill("Please come on Tuesday instead.");
  await messages.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByRole("alert")).toContainText("CVG-1.3");
  await check("05-client-refused");
  await page.getByRole("link", { name: "Read the notice and appeal" }).click();
  await page.getByLabel("Your statement").fill("The manager was firm about parking rules, never threatening.");
  await page.getByRole("button", { name: "Send appeal" }).click();
  await expect(page.getByText("Appeal sent.")).toBeVisible();
  await expect(page.getByText("Waiting for review")).toBeVisible();
  await check("06-client-appealed");

  // Another Trust & Safety member (not the one who issued it) reviews the appeal and lifts the restriction.
  const reviewer = await openSecondPerson(browser);
  await logIn(reviewer.page, STAFF_TRUST.email, STAFF_TRUST.password);
  // Logging in lands on the staff home; the nav link is there once the session is.
  await reviewer.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Trust & Safety" }).click();
  await expect(reviewer.page.getByRole("heading", { level: 1, name: "Report queue" })).toBeVisible();
  await reviewer.page.getByRole("link", { name: /Restriction on Harbor Fixtures Ltd/ }).click();
  const review = reviewer.page.getByRole("form", { name: "Review the appeal" });
  await review.getByLabel("Outcome").selectOption("lifted");
  await review.getByLabel(/Reason/).fill("The thread shows a firm reminder about parking, not a threat.");
  await review.getByRole("button", { name: "Decide the appeal" }).click();
  await expect(reviewer.page.getByText("Appeal lifted.")).toBeVisible();
  await checkPage(reviewer.page, "moderation", "07-reviewer-lifted");

  // The client may write again.
  await page.goto(`/assignments/${id}`);
  await messages.getByRole("textbox").first().fill("Please come on Tuesday instead.");
  await messages.getByRole("button", { name: "Send message" }).click();
  await expect(messages.getByText("Please come on Tuesday instead.")).toBeVisible();

  expect(worker.problems).toEqual([]);
  expect(staff.problems).toEqual([]);
  expect(reviewer.problems).toEqual([]);
  await worker.context.close();
  await staff.context.close();
  await reviewer.context.close();
});

test("a reporter is held to 20 reports an hour, and the report queue shows more a page at a time", async ({
  page,
  browser,
}) => {
  test.slow(); // three people, 26 reports
  const worker = await openSecondPerson(browser);
  const workerId = await signUpWorker(worker.page, "Rory Roofer");
  await signUpClient(page, "Pat Poster", "Quayside Joinery Ltd");
  const companyId = ((await (await page.request.get("/api/v1/me")).json()) as { company: { id: string } }).company.id;
  const report = (subjectType: string, subjectId: string) => ({
    subjectType,
    subjectId,
    rule: "CVG-1.3",
    details: "They asked me to take the payment for the next job outside Worklane.",
  });
  for (let n = 0; n < 20; n++) {
    await apiPost(page.request, "/reports", report("user", workerId));
  }
  for (let n = 0; n < 6; n++) {
    await apiPost(worker.page.request, "/reports", report("company", companyId));
  }

  // The client's 21st report this hour, from the worker's page: refused, saying when to come back.
  await page.goto(`/workers/${workerId}`);
  await page.getByRole("button", { name: "Report" }).click();
  const dialog = page.getByRole("dialog", { name: "Report this person" });
  await dialog.getByLabel("What happened").fill("Once more: they asked me to take payment outside Worklane.");
  await dialog.getByRole("button", { name: "Send report" }).click();
  await expect(dialog.getByRole("alert")).toContainText("You have sent 20 reports this hour");
  await expect(dialog.getByRole("alert")).toContainText("Try again in");

  // Trust & Safety reads the queue 25 at a time and shows more on request.
  const staff = await openSecondPerson(browser);
  await logIn(staff.page, STAFF_TRUST.email, STAFF_TRUST.password);
  await staff.page.goto("/staff/reports");
  const rows = staff.page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(26); // the header and the first 25
  await staff.page.getByRole("button", { name: "Show more reports" }).click();
  await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(27);

  expect(worker.problems).toEqual([]);
  expect(staff.problems).toEqual([]);
  await worker.context.close();
  await staff.context.close();
});
