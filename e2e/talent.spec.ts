import { checkPage, openSecondPerson, saveDraft, sendToWorkers, signUpClient, signUpWorker } from "./assignment-steps";
import { expect, test } from "./support";

test.use({ journey: "talent" });

const JOURNEY = "talent";
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);

test("a worker missing a licence is refused, adds it, the company verifies it, and the worker accepts", async ({
  page,
  browser,
  check,
}) => {
  const worker = await openSecondPerson(browser);
  const workerId = await signUpWorker(worker.page, "Ari Worker");
  await signUpClient(page, "Casey Client", "Sparks & Co");

  // The company names what its electrical work needs.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Requirements" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Requirement sets" })).toBeVisible();
  await page.getByLabel("Name of the set").fill("Licensed electricians");
  await page.getByLabel("Name (requirement 1)").fill("Electrician");
  await page.getByLabel("Region (requirement 1)").fill("CO");
  await check("01-requirement-set-form");
  await page.getByRole("button", { name: "Create requirement set" }).click();
  await expect(page.getByText("Licence: Electrician, CO")).toBeVisible();

  // It goes on an assignment sent to the worker.
  const path = await saveDraft(page, "Rewire the Denver store's back office", 72);
  await page.getByLabel("Requirement set").selectOption({ label: "Licensed electricians" });
  await expect(page.getByText('"Licensed electricians" attached.')).toBeVisible();
  await sendToWorkers(page, [{ id: workerId, name: "Ari Worker" }]);

  // The worker sees what is missing, and accepting is refused with the same reason.
  await worker.page.goto(path);
  const requirements = worker.page.getByRole("region", { name: "Requirements" });
  await expect(requirements).toContainText("licence: Electrician, CO: none on file");
  await worker.page.getByRole("button", { name: "Accept assignment" }).click();
  await expect(worker.page.getByText(/You do not meet the requirements of "Licensed electricians"/)).toBeVisible();
  await checkPage(worker.page, JOURNEY, "02-worker-refused");

  // The worker adds the licence with its document.
  await worker.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Credentials" }).click();
  await expect(worker.page.getByRole("heading", { level: 1, name: "Credentials" })).toBeVisible();
  await worker.page.getByLabel("Trade").fill("Electrician");
  await worker.page.getByLabel("Number", { exact: true }).fill("ELE-7781");
  await worker.page.getByLabel("Issuing region").fill("CO");
  await worker.page.getByLabel("Expires on").fill("2031-06-30");
  await worker.page.getByRole("button", { name: "Add credential" }).click();
  await expect(worker.page.getByText("Upload its document")).toBeVisible();
  await worker.page
    .getByLabel("Document for Electrician")
    .setInputFiles({ name: "licence.png", mimeType: "image/png", buffer: PNG });
  await expect(worker.page.getByRole("link", { name: "licence.png" })).toBeVisible();
  await checkPage(worker.page, JOURNEY, "03-worker-credentials");

  // The company sees the worker waiting on verification, reviews the licence and verifies it.
  await page.goto(path);
  const checks = page.getByRole("region", { name: "Requirements" });
  await expect(checks).toContainText("licence: Electrician, CO: awaiting verification");
  await checks.getByRole("link", { name: "Review Ari Worker's credentials" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ari Worker's credentials" })).toBeVisible();
  await check("04-company-reviews");
  await page.getByRole("button", { name: "Verify Electrician" }).click();
  await expect(page.getByText("Verified", { exact: true })).toBeVisible();

  // Now the worker meets the set and accepts.
  await worker.page.goto(path);
  await expect(requirements).toContainText("You meet every requirement of this work.");
  await expect(requirements).toContainText("licence: Electrician, CO: verified, valid through 2031-06-30");
  await worker.page.getByRole("button", { name: "Accept assignment" }).click();
  await expect(worker.page.getByText("It is yours.")).toBeVisible();
  await expect(worker.page.getByText("Assigned", { exact: true }).first()).toBeVisible();
  await checkPage(worker.page, JOURNEY, "05-worker-accepted");
  expect(worker.problems).toEqual([]);
  await worker.context.close();
});
