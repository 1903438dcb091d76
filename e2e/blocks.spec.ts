import { checkPage, openSecondPerson, sentThroughApi, signUpClient, signUpWorker } from "./assignment-steps";
import { expect, test } from "./support";

test.use({ journey: "blocks" });

const work = {
  title: "Mount two lobby displays",
  description:
    "Mount the two 55-inch displays on the lobby wall brackets already in place, connect them to the signage player and check both show the welcome loop.",
  skills: ["Digital signage"],
};

test("a worker blocks a company from its page, the company cannot send them work, and unblocking in settings restores it", async ({
  page,
  browser,
}) => {
  test.slow(); // two people in two browsers
  const worker = await openSecondPerson(browser);
  const workerId = await signUpWorker(worker.page, "Wren Worker");
  await signUpClient(page, "Casey Client", "Signage Partners");
  const company = await (await page.request.get("/api/v1/companies/me")).json();

  // The worker blocks the company from its public page.
  await worker.page.goto(`/companies/${company.id}`);
  await worker.page.getByRole("button", { name: "Block this company" }).click();
  await worker.page.getByRole("dialog").getByRole("button", { name: "Block company" }).click();
  await expect(worker.page.getByText("This company is blocked.")).toBeVisible();
  await expect(worker.page.getByRole("button", { name: "Unblock this company" })).toBeVisible();
  await checkPage(worker.page, "blocks", "01-worker-company-blocked");

  // The company is refused when it sends the worker work, without being told whose block it is.
  await expect(sentThroughApi(page.request, workerId, work)).rejects.toThrow(/"code":"blocked"/);
  // The company blocks from the worker's page too, then lifts its own block: the worker's still stands.
  await page.goto(`/workers/${workerId}`);
  await page.getByRole("button", { name: "Block this worker" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Block worker" }).click();
  await expect(page.getByText("This worker is blocked.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Unblock this worker" })).toBeVisible();
  await page.getByRole("button", { name: "Unblock this worker" }).click();
  await expect(page.getByText("This worker is unblocked.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Block this worker" })).toBeVisible();

  // The worker lifts theirs in Settings; the company can send again.
  await worker.page.goto("/settings");
  const blocked = worker.page.getByRole("region", { name: "Blocked" });
  await expect(blocked.getByRole("link", { name: "Signage Partners" })).toBeVisible();
  await checkPage(worker.page, "blocks", "02-worker-settings-blocked");
  await blocked.getByRole("button", { name: /Unblock/ }).click();
  await worker.page.getByRole("dialog").getByRole("button", { name: "Unblock" }).click();
  await expect(worker.page.getByText("Signage Partners is unblocked.")).toBeVisible();
  await expect(blocked.getByText("Nobody is blocked.")).toBeVisible();
  await sentThroughApi(page.request, workerId, work);
  await worker.page.goto("/inbox");
  await expect(worker.page.getByRole("link", { name: work.title })).toBeVisible();
});
