import {
  acceptFromInbox,
  checkPage,
  openSecondPerson,
  saveDraft,
  sendToWorkers,
  signUpClient,
  signUpWorker,
} from "./assignment-steps";
import { expect, test } from "./support";

test.use({ journey: "approval-warnings" });
// Two people, a whole assignment and a dozen checks: well over the default 90 s on a busy shared machine.
test.setTimeout(480_000);

const JOURNEY = "approval-warnings";
const TITLE = "Mount two screens in the Denver lobby";

/**
 * Issue 9 items 4 and 5: a worker checks in three days early and claims 3.5 hours against no logged time with nothing
 * handed in; the client is warned before approving; after approval the list shows the approved amount, not the
 * ceiling.
 */
test("the client is warned before approving an unlikely claim, and the list shows what was approved", async ({
  page,
  browser,
  check,
}) => {
  const worker = await openSecondPerson(browser);
  const workerId = await signUpWorker(worker.page, "Drew Worker");
  await signUpClient(page, "Casey Client", "Lobby Screens Co");
  const path = await saveDraft(page, TITLE, 72);
  await sendToWorkers(page, [{ id: workerId, name: "Drew Worker" }]);
  await acceptFromInbox(worker.page, TITLE);

  await worker.page.getByRole("button", { name: "Check in" }).click();
  await worker.page.getByRole("button", { name: "Check out" }).click();
  await expect(worker.page.getByRole("button", { name: "Check in" })).toBeVisible();
  await worker.page.getByRole("button", { name: "Submit work" }).click();
  const submit = worker.page.getByRole("dialog", { name: "Submit your work" });
  await submit.getByLabel("Hours worked").fill("3.5");
  await submit.getByRole("button", { name: "Submit for approval" }).click();
  await expect(submit).toBeHidden();
  await expect(worker.page.getByText("Check before approving")).toHaveCount(0);

  // Issue 9 item 3: the homes lead with the work. The client's shows what waits for approval (and since when).
  await page.goto("/home");
  const waiting = page.getByRole("region", { name: "Waiting for approval" });
  await expect(waiting).toContainText(TITLE);
  await expect(waiting).toContainText("waiting 0 h");
  await check("00a-client-home");
  await page.setViewportSize({ width: 390, height: 844 });
  await check("00b-client-home-mobile");
  await page.setViewportSize({ width: 1280, height: 900 });
  await worker.page.goto("/home");
  await expect(worker.page.getByRole("region", { name: "Submitted and approved" })).toContainText(TITLE);
  await checkPage(worker.page, JOURNEY, "00c-worker-home");
  await page.getByRole("region", { name: "Waiting for approval" }).getByRole("link", { name: TITLE }).click();
  await expect(page).toHaveURL(new RegExp(path));
  const warnings = page.getByRole("region", { name: "Check before approving" });
  await expect(warnings).toContainText("3.5 h claimed against 0 h 00 min logged");
  await expect(warnings).toContainText("Nothing was handed in");
  await expect(warnings).toContainText("checked in 3 days before the scheduled start");
  await expect(page.getByRole("list", { name: "Time log" })).toContainText("Early: before the scheduled start");
  await check("01-client-warned");
  await page.setViewportSize({ width: 390, height: 844 });
  await check("02-client-warned-mobile");
  await page.setViewportSize({ width: 1280, height: 900 });

  await page
    .getByRole("region", { name: "Work submitted for approval" })
    .getByRole("button", { name: "Approve" })
    .click();
  const dialog = page.getByRole("dialog", { name: "Approve this work?" });
  await expect(dialog.getByRole("region", { name: "Check before approving" })).toBeVisible();
  await check("03-approve-dialog");
  await dialog.getByRole("button", { name: "Approve" }).click();
  await expect(dialog).toBeHidden();
  // $45 an hour, 3.5 hours: $157.50 approved of a $225.00 ceiling.
  await expect(page.getByText("$157.50").first()).toBeVisible();

  await page.goto("/assignments");
  const row = page.getByRole("row", { name: new RegExp(TITLE) });
  await expect(row).toContainText("$157.50 approved");
  // Approved, or already invoiced (payment pending) once the approval's job has opened the invoice.
  await expect(page.getByRole("button", { name: /^(Approved|Payment pending): 1 · \$157\.50$/ })).toBeVisible();
  await check("04-client-list-approved");
  await page.setViewportSize({ width: 390, height: 844 });
  await check("05-client-list-approved-mobile");
  await worker.page.reload();
  await expect(worker.page.getByRole("region", { name: "Submitted and approved" })).toContainText(
    /Approved|Payment pending/,
  );
  await checkPage(worker.page, JOURNEY, "06-worker-home-approved");
  await worker.page.setViewportSize({ width: 390, height: 844 });
  await checkPage(worker.page, JOURNEY, "07-worker-home-approved-mobile");
  expect(worker.problems).toEqual([]);
});
