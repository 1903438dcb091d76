import { checkPage, openSecondPerson, saveDraft, sendToWorkers, signUpClient, signUpWorker } from "./assignment-steps";
import { expect, test } from "./support";

test.use({ journey: "messages" });

const JOURNEY = "messages";

test("an invited worker asks, the client is told by the bell and answers for everyone; preferences change", async ({
  page,
  browser,
  check,
}) => {
  const worker = await openSecondPerson(browser);
  const workerId = await signUpWorker(worker.page, "Quinn Asker");
  await signUpClient(page, "Casey Client", "Questions & Co");
  const title = "Mount a kiosk at the Denver store";
  const path = await saveDraft(page, title, 72);
  await sendToWorkers(page, [{ id: workerId, name: "Quinn Asker" }]);

  // The worker asks from the invitation.
  await worker.page.goto(path);
  const thread = worker.page.getByRole("region", { name: "Messages" });
  await thread.getByLabel("Question").fill("Is there parking behind the store?");
  await thread.getByRole("button", { name: "Ask a question" }).click();
  await expect(thread.getByText("Is there parking behind the store?")).toBeVisible();
  await checkPage(worker.page, JOURNEY, "01-worker-asked");

  // The client's list shows the open question as a label; the bell counts it and links to the assignment.
  await page.goto("/assignments");
  await expect(page.getByRole("row", { name: new RegExp(title) }).getByText("Question open")).toBeVisible();
  await page.goto("/home");
  await expect(page.getByTestId("notification-bell")).toContainText("1 unread");
  await page.getByTestId("notification-bell").click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await check("02-notifications");
  await page.getByRole("link", { name: `Question: ${title}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const messages = page.getByRole("region", { name: "Messages" });
  await expect(messages.getByText("1 open question")).toBeVisible();
  await messages.getByLabel("Your answer").fill("Yes, two spaces marked Worklane.");
  await messages.getByLabel(/Share with every invited worker/).check();
  await messages.getByRole("button", { name: "Answer" }).click();
  await expect(messages.getByText("Yes, two spaces marked Worklane.")).toBeVisible();
  await expect(page.getByText("Question open")).toHaveCount(0);
  await messages.getByLabel("Internal note").fill("Quinn asked about parking <script>alert(1)</script>");
  await messages.getByLabel(/Attach files/).setInputFiles({
    name: "parking-plan.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4 the parking plan"),
  });
  await messages.getByRole("button", { name: "Add note" }).click();
  await expect(messages.getByText("Quinn asked about parking")).toBeVisible();
  const planLink = messages.getByRole("link", { name: "parking-plan.pdf" });
  await expect(planLink).toBeVisible();
  const download = await page.request.get((await planLink.getAttribute("href")) ?? "");
  expect(await download.text()).toBe("%PDF-1.4 the parking plan");
  await check("03-client-answered");

  // The worker reads the answer; the internal note never reaches them.
  await worker.page.reload();
  await expect(thread.getByText("Yes, two spaces marked Worklane.")).toBeVisible();
  await expect(thread.getByText("Quinn asked about parking")).toHaveCount(0);
  await expect(thread.getByText("parking-plan.pdf")).toHaveCount(0);
  await checkPage(worker.page, JOURNEY, "04-worker-reads-answer");

  // Preferences: questions in the app only.
  await page.getByTestId("notification-bell").click();
  await page.getByRole("link", { name: "Preferences" }).click();
  await page.getByLabel("How: A question was asked").selectOption("in_app");
  await expect(page.getByText("Preferences saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("How: A question was asked")).toHaveValue("in_app");
  await check("05-preferences");
  expect(worker.problems).toEqual([]);
  await worker.context.close();
});
