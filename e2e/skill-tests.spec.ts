import { checkPage, openSecondPerson, signUpClient, signUpWorker } from "./assignment-steps";
import { expect, test } from "./support";

test.use({ journey: "skill-tests" });

test("a company builds a test, the worker takes and passes it, and then meets the pool's test requirement", async ({
  page,
  browser,
  check,
}) => {
  const worker = await openSecondPerson(browser);
  const workerId = await signUpWorker(worker.page, "Ari Worker");
  await signUpClient(page, "Casey Client", "Sparks & Co");
  const nav = page.getByRole("navigation", { name: "Main" });

  // The company builds a two-question test and publishes it.
  await nav.getByRole("link", { name: "Tests" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Skill tests" })).toBeVisible();
  await page.getByLabel("Test title").fill("Electrical safety");
  await page.getByLabel("Question (question 1)").fill("Which wire is earth?");
  await page.getByLabel("Options, one per line (question 1)").fill("Brown\nGreen/yellow\nBlue");
  await page.getByLabel("Right option number (question 1)").fill("2");
  await page.getByRole("button", { name: "Add a question" }).click();
  await page.getByLabel("Type (question 2)").selectOption("numeric");
  await page.getByLabel("Question (question 2)").fill("Mains voltage in the US (V)?");
  await page.getByLabel("Right answer (question 2)").fill("120");
  await page.getByLabel("Tolerance (±) (question 2)").fill("5");
  await check("01-test-builder");
  await page.getByRole("button", { name: "Save test" }).click();
  await page.getByRole("button", { name: "Publish Electrical safety" }).click();
  await page.getByRole("link", { name: "Invitations and results of Electrical safety" }).click();
  await page.getByLabel("Worker id to invite to Electrical safety").fill(workerId);
  await page.getByRole("button", { name: "Invite" }).click();
  await expect(page.getByText("1 invited so far.")).toBeVisible();

  // A requirement set asks for the test passed with at least 80 %, and gates a public pool.
  await nav.getByRole("link", { name: "Requirements" }).click();
  await page.getByLabel("Name of the set").fill("Tested electricians");
  await page.getByLabel("Type (requirement 1)").selectOption("test");
  await page.getByLabel("Test (requirement 1)").selectOption({ label: "Electrical safety" });
  await page.getByRole("button", { name: "Create requirement set" }).click();
  await expect(page.getByText("Test passed with at least 80%")).toBeVisible();
  await nav.getByRole("link", { name: "Talent pools" }).click();
  await page.getByLabel("Pool name").fill("Safe sparks");
  await page.getByLabel("Requirement set").selectOption({ label: "Tested electricians" });
  await page.getByRole("button", { name: "Create pool" }).click();
  await expect(page.getByRole("heading", { name: "Safe sparks" })).toBeVisible();

  // The worker sees the pool's unmet check, takes the test against the countdown and passes.
  const workerNav = worker.page.getByRole("navigation", { name: "Main" });
  await workerNav.getByRole("link", { name: "Talent pools" }).click();
  const checks = worker.page.getByRole("list", { name: "Your checks for Safe sparks" });
  await expect(checks).toContainText("test: Electrical safety, not taken, needs 80%");
  await workerNav.getByRole("link", { name: "My tests" }).click();
  await worker.page.getByRole("button", { name: "Start Electrical safety" }).click();
  await expect(worker.page.getByRole("timer")).toContainText(/Time left: 1?\d:\d\d/);
  await worker.page.getByLabel("Green/yellow").check();
  await worker.page.getByLabel("Answer 2").fill("118");
  await expect(worker.page.getByText("Your answers so far are saved.")).toBeVisible();
  await checkPage(worker.page, "skill-tests", "02-taking-the-test");
  // The answers are kept on the server: a reload resumes them (and an abandoned sitting is graded on them).
  await worker.page.reload();
  await expect(worker.page.getByLabel("Green/yellow")).toBeChecked();
  await expect(worker.page.getByLabel("Answer 2")).toHaveValue("118");
  await worker.page.getByRole("button", { name: "Hand in" }).click();
  await expect(worker.page.getByText("Score: 100% (pass mark 80%): passed")).toBeVisible();

  // The requirement is now met and the worker joins the pool.
  await workerNav.getByRole("link", { name: "Talent pools" }).click();
  await expect(checks).toContainText("test: Electrical safety, best score 100%, needs 80%");
  await worker.page.getByRole("button", { name: "Apply to Safe sparks" }).click();
  await expect(worker.page.getByText("You joined.")).toBeVisible();
  await checkPage(worker.page, "skill-tests", "03-requirement-met");

  // The company's pool page counts the member and writes to every member at once.
  await nav.getByRole("link", { name: "Talent pools" }).click();
  await page.getByRole("link", { name: "Pool page of Safe sparks" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Safe sparks" })).toBeVisible();
  await expect(page.getByText("1 member", { exact: true })).toBeVisible();
  await page.getByLabel("Subject of the message to Safe sparks").fill("Welcome");
  await page.getByLabel("Message to the members of Safe sparks").fill("Night work starts next week.");
  await page.getByRole("button", { name: "Send to all members" }).click();
  await expect(page.getByText("Sent to 1 member.")).toBeVisible();
  await checkPage(page, "skill-tests", "04-pool-page");

  // The company sees the result.
  await nav.getByRole("link", { name: "Tests" }).click();
  await page.getByRole("link", { name: "Invitations and results of Electrical safety" }).click();
  await expect(page.getByRole("list", { name: "Attempts" })).toContainText("100% (passed)");

  // A published test is fixed; the company changes it by duplicating it into a new draft, which it edits.
  await nav.getByRole("link", { name: "Tests" }).click();
  await page.getByRole("button", { name: "Duplicate Electrical safety as a new draft" }).click();
  const draft = page.getByRole("form", { name: "Edit Electrical safety (new version)" });
  await expect(draft.getByLabel("Right answer (question 2)")).toHaveValue("120");
  await draft.getByLabel("Pass mark (%)").fill("90");
  await draft.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText('Draft "Electrical safety (new version)" saved.')).toBeVisible();
  await expect(page.getByText("2 questions · 20 min · pass mark 90%")).toBeVisible();
  await expect(page.getByText("2 questions · 20 min · pass mark 80%")).toBeVisible();
  expect(worker.problems).toEqual([]);
  await worker.context.close();
});
