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

test.use({ journey: "assignment-exceptions" });

const JOURNEY = "assignment-exceptions";

test("the client invites more workers, withdraws to draft (the invitations close) and voids another draft", async ({
  page,
  browser,
  check,
}) => {
  const ari = await openSecondPerson(browser);
  const ariId = await signUpWorker(ari.page, "Ari Worker");
  const bea = await openSecondPerson(browser);
  const beaId = await signUpWorker(bea.page, "Bea Worker");
  await signUpClient(page, "Casey Client", "Scanners & Co");

  const title = "Swap the barcode scanners at the Denver store";
  const url = await saveDraft(page, title, 72);
  await sendToWorkers(page, [{ id: ariId, name: "Ari Worker" }]);

  // A second worker joins the same invitation round through the add-recipients dialog.
  await page.getByRole("button", { name: "Invite more workers" }).click();
  const more = page.getByRole("dialog", { name: "Invite more workers" });
  await expect(more).toContainText("Already invited: Ari Worker");
  await more.getByLabel("Add workers").fill(beaId);
  await more.getByRole("button", { name: "Add", exact: true }).click();
  await expect(more.getByText("Bea Worker")).toBeVisible();
  await check("01-invite-more-dialog");
  await more.getByRole("button", { name: "Invite", exact: true }).click();
  await expect(more).toBeHidden();
  await expect(page.getByText("1 more worker invited.")).toBeVisible();
  const invited = page.getByRole("table", { name: "Invited workers" });
  await expect(invited.getByRole("row", { name: /Bea Worker/ })).toContainText("Invited");
  await expect(invited.getByRole("row", { name: /Ari Worker/ })).toContainText("Invited");
  await expect(page.getByRole("list", { name: "Timeline" })).toContainText("Recipients: 1");

  await bea.page.goto("/inbox");
  await expect(bea.page.getByRole("article", { name: title })).toContainText("Scanners & Co");
  await checkPage(bea.page, JOURNEY, "02-added-worker-inbox");

  // Back to draft: both open invitations close and the workers no longer find it waiting for them.
  await page.getByRole("button", { name: "Withdraw to draft" }).click();
  const withdraw = page.getByRole("dialog", { name: "Withdraw to draft?" });
  await expect(withdraw).toContainText("2 open invitations close");
  await withdraw.getByRole("button", { name: "Withdraw" }).click();
  await expect(page.getByText("The assignment is back to draft.")).toBeVisible();
  await expect(page.getByText("Draft", { exact: true }).first()).toBeVisible();
  await expect(invited.getByRole("row", { name: /Ari Worker/ })).toContainText("Withdrawn");
  await expect(invited.getByRole("row", { name: /Bea Worker/ })).toContainText("Withdrawn");
  await expect(page.getByRole("list", { name: "Timeline" })).toContainText("Withdrawn to draft");
  await expect(page.getByRole("button", { name: "Send to workers" })).toBeVisible();
  await check("03-withdrawn-to-draft");

  await ari.page.goto("/inbox");
  await expect(ari.page.getByText("Nothing waits for your answer.")).toBeVisible();
  await expect(ari.page.getByRole("article", { name: title })).toHaveCount(0);
  await ari.page.getByLabel("Show").selectOption("withdrawn");
  await expect(ari.page.getByLabel("Show").locator("option:checked")).toHaveText("Withdrawn by the client");
  const closed = ari.page.getByRole("article", { name: title });
  await expect(closed).toContainText("Withdrawn");
  await expect(closed.getByRole("button", { name: "Accept" })).toHaveCount(0);
  await checkPage(ari.page, JOURNEY, "04-worker-inbox-withdrawn");
  await closed.getByRole("link", { name: title }).click();
  await expect(ari.page.getByRole("note")).toContainText("The client withdrew this assignment");
  await expect(ari.page.getByText("Withdrawn by the client", { exact: true })).toBeVisible();
  await expect(ari.page.getByText("Draft", { exact: true })).toHaveCount(0);
  await expect(ari.page.getByRole("button", { name: "Accept assignment" })).toHaveCount(0);
  await expect(ari.page.getByRole("list", { name: "Timeline" })).toContainText("Withdrawn to draft");
  await checkPage(ari.page, JOURNEY, "05-worker-page-withdrawn");

  // A draft that will never go out is voided: kept, but nothing can be done with it any more.
  const spare = "Spare scanner swap we no longer need";
  await saveDraft(page, spare, 96);
  await page.getByRole("button", { name: "Void draft" }).click();
  const voiding = page.getByRole("dialog", { name: "Void this draft?" });
  await check("06-void-dialog");
  await voiding.getByRole("button", { name: "Void draft" }).click();
  await expect(page.getByText("The draft is void.")).toBeVisible();
  await expect(page.getByText("Void", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("list", { name: "Timeline" })).toContainText("Draft voided");
  for (const name of ["Edit", "Send to workers", "Void draft"]) {
    await expect(
      page.getByRole("button", { name, exact: true }).or(page.getByRole("link", { name, exact: true })),
    ).toHaveCount(0);
  }
  await check("07-voided");

  await page.goto("/assignments");
  await expect(page.getByRole("row", { name: new RegExp(spare) })).toContainText("Void");
  await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("Draft");
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  for (const person of [ari, bea]) {
    expect(person.problems, "a worker's browser reported errors").toEqual([]);
    await person.context.close();
  }
});

test("a worker abandons with a reason, another is marked a no-show, and the assignment goes out again", async ({
  page,
  browser,
  check,
}) => {
  const ari = await openSecondPerson(browser);
  const ariId = await signUpWorker(ari.page, "Ari Leaver");
  const bea = await openSecondPerson(browser);
  const beaId = await signUpWorker(bea.page, "Bea Absent");
  await signUpClient(page, "Dana Client", "Kiosk Works");

  // The start has already passed by an hour, so a no-show can be recorded later on.
  const title = "Reboot the self-checkout kiosks in Denver";
  const url = await saveDraft(page, title, -1);
  await sendToWorkers(page, [{ id: ariId, name: "Ari Leaver" }]);

  await acceptFromInbox(ari.page, title);
  await ari.page.getByRole("button", { name: "Abandon" }).click();
  const abandon = ari.page.getByRole("dialog", { name: "Abandon this assignment?" });
  await expect(abandon).toContainText("count against you");
  await abandon.getByRole("button", { name: "Abandon assignment" }).click();
  await expect(abandon.getByText("This cannot be empty.")).toBeVisible();
  await abandon.getByLabel("Why are you leaving it? (the client reads it)").fill("My van broke down on the way.");
  await checkPage(ari.page, JOURNEY, "11-abandon-dialog");
  await abandon.getByRole("button", { name: "Abandon assignment" }).click();
  await expect(abandon).toBeHidden();
  await expect(ari.page.getByText("You left the assignment; the client is told.")).toBeVisible();
  await expect(ari.page.getByRole("note")).toContainText("You left this assignment: My van broke down on the way.");
  for (const name of ["Check in", "Abandon", "Make a request"]) {
    await expect(ari.page.getByRole("button", { name, exact: true })).toHaveCount(0);
  }
  await expect(ari.page.getByRole("region", { name: "Instructions" })).toHaveCount(0);
  // The worker reads where they stand, not the client's draft: no "Draft" status, no live completeness score.
  await expect(ari.page.getByText("You left this assignment", { exact: true })).toBeVisible();
  await expect(ari.page.getByText("Draft", { exact: true })).toHaveCount(0);
  await expect(ari.page.getByRole("region", { name: "Completeness" })).toHaveCount(0);
  const ariTimeline = ari.page.getByRole("list", { name: "Timeline" });
  await expect(ariTimeline).toContainText("Abandoned by the worker");
  await expect(ariTimeline).not.toContainText("Closed request ids");
  await expect(ariTimeline).not.toContainText("Extra budget cleared");
  await checkPage(ari.page, JOURNEY, "12-worker-after-abandon");

  // The client finds it back in draft, ready to send, with the worker's reason on the timeline.
  await page.reload();
  await expect(page.getByText("Draft", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Send to workers" })).toBeVisible();
  const timeline = page.getByRole("list", { name: "Timeline" });
  await expect(timeline).toContainText("Abandoned by the worker");
  await expect(timeline).toContainText("Reason: My van broke down on the way.");
  await expect(timeline).not.toContainText("Closed request ids");
  await expect(timeline).not.toContainText("Extra budget cleared");
  // The invited-workers table tells an abandon from a withdrawal, with the worker's reason.
  const ariRow = page.getByRole("table", { name: "Invited workers" }).getByRole("row", { name: /Ari Leaver/ });
  await expect(ariRow).toContainText("Abandoned");
  await expect(ariRow).toContainText("My van broke down on the way.");
  await check("13-client-after-abandon");

  // Sent again; another worker accepts, never comes, and the client records the no-show.
  await sendToWorkers(page, [{ id: beaId, name: "Bea Absent" }]);
  await acceptFromInbox(bea.page, title);
  await page.reload();
  await expect(page.getByText("Assigned", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("Late", { exact: true }).first()).toBeVisible();
  await page.getByRole("button", { name: "Record a no-show" }).click();
  const noShow = page.getByRole("dialog", { name: "Record a no-show?" });
  await expect(noShow).toContainText("Bea Absent did not come");
  await check("14-no-show-dialog");
  await noShow.getByRole("button", { name: "Record no-show" }).click();
  await expect(page.getByText("The no-show is recorded.")).toBeVisible();
  await expect(page.getByText("Draft", { exact: true }).first()).toBeVisible();
  await expect(timeline).toContainText("Marked as a no-show");
  await expect(timeline).toContainText("Worker: Bea Absent");
  await expect(
    page.getByRole("table", { name: "Invited workers" }).getByRole("row", { name: /Bea Absent/ }),
  ).toContainText("No-show");
  for (const name of ["Record a no-show", "Make a request"]) {
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  }
  await check("15-client-after-no-show");

  await bea.page.reload();
  await expect(bea.page.getByRole("note")).toContainText("The client recorded you as a no-show");
  await expect(bea.page.getByRole("button", { name: "Check in" })).toHaveCount(0);
  await expect(bea.page.getByText("Recorded as a no-show", { exact: true })).toBeVisible();
  await expect(bea.page.getByRole("list", { name: "Timeline" })).toContainText("Marked as a no-show");
  await checkPage(bea.page, JOURNEY, "16-worker-after-no-show");
  // The inbox files it under its own filter, without the draft's live completeness score.
  await bea.page.goto("/inbox");
  await bea.page.getByLabel("Show").selectOption("no_show");
  const noShowCard = bea.page.getByRole("article", { name: title });
  await expect(noShowCard).toContainText("No-show");
  await expect(noShowCard.getByText(/Completeness/)).toHaveCount(0);
  await checkPage(bea.page, JOURNEY, "16b-worker-inbox-no-show");

  // It can be sent again: the worker who left is invited afresh and sees it waiting in the inbox.
  await page.goto(url);
  await sendToWorkers(page, [{ id: ariId, name: "Ari Leaver" }]);
  await expect(
    page.getByRole("table", { name: "Invited workers" }).getByRole("row", { name: /Ari Leaver/ }),
  ).toContainText("Invited");
  await check("17-sent-again");
  await ari.page.goto("/inbox");
  await expect(ari.page.getByRole("article", { name: title }).getByRole("button", { name: "Accept" })).toBeVisible();

  for (const person of [ari, bea]) {
    expect(person.problems, "a worker's browser reported errors").toEqual([]);
    await person.context.close();
  }
});
