import {
  checkPage,
  fillAssignmentForm,
  openSecondPerson,
  signUpClient,
  signUpWorker,
  wallTime,
} from "./assignment-steps";
import { expect, pickCity, test } from "./support";

test.use({ journey: "assignment-applications" });

const JOURNEY = "assignment-applications";
const day = 86_400_000;
const TITLE = "Mount two menu screens in Denver";

test("invited workers apply or decline; the client compares applications and picks one", async ({
  page,
  browser,
  check,
}) => {
  const applicant = await openSecondPerson(browser);
  const applicantId = await signUpWorker(applicant.page, "Ari Applicant");
  await applicant.page.goto("/profile");
  await pickCity(applicant.page, "Home city", "Chicago, IL, US");
  await applicant.page.getByRole("button", { name: "Save profile" }).click();
  await expect(applicant.page.getByText("Your profile is saved.")).toBeVisible();
  const decliner = await openSecondPerson(browser);
  const declinerId = await signUpWorker(decliner.page, "Dee Decliner");

  await signUpClient(page, "Pat Client", "Menu Boards Inc");
  await page.goto("/assignments/new");
  const startsAt = `${wallTime(new Date(Date.now() + 4 * day), "America/Denver").slice(0, 10)}T08:00`;
  await fillAssignmentForm(page, {
    title: TITLE,
    city: "Denver, CO (US)",
    startsAt,
    endsAt: `${startsAt.slice(0, 10)}T12:00`,
    rate: "50",
    maxHours: "5",
  });
  await page.getByLabel("Applications").check();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();

  await page.getByRole("button", { name: "Send to workers" }).click();
  const send = page.getByRole("dialog", { name: "Send this assignment" });
  await send.getByLabel("Add workers").fill(`${applicantId} ${declinerId}`);
  await send.getByRole("button", { name: "Add", exact: true }).click();
  await expect(send.getByText("Ari Applicant")).toBeVisible();
  await expect(send.getByText("Dee Decliner")).toBeVisible();
  await expect(send.getByLabel("How workers get it")).toHaveValue("applications");
  await send.getByLabel("Invitations expire").fill(wallTime(new Date(Date.now() + 2 * day), "America/Chicago"));
  await send.getByRole("button", { name: "Send", exact: true }).click();
  await expect(send).toBeHidden();

  // One worker declines with a reason; the other applies with a lower rate and a message.
  await decliner.page.getByRole("link", { name: "Inbox", exact: true }).click();
  const offer = decliner.page.getByRole("article", { name: TITLE });
  await offer.getByRole("button", { name: "Decline" }).click();
  const decline = decliner.page.getByRole("dialog", { name: `Decline “${TITLE}”?` });
  await decline.getByLabel("Why? (the client reads it)").fill("Too far from home this week.");
  await decline.getByRole("button", { name: "Decline" }).click();
  await expect(decliner.page.getByRole("article", { name: TITLE })).toHaveCount(0);

  await applicant.page.getByRole("link", { name: "Inbox", exact: true }).click();
  const card = applicant.page.getByRole("article", { name: TITLE });
  await expect(card).toContainText("km from your home");
  await expect(card).toContainText("Applications");
  await card.getByRole("button", { name: "Apply" }).click();
  const apply = applicant.page.getByRole("dialog", { name: "Apply for this assignment" });
  await apply.getByLabel("Message to the client").fill("I mounted 40 screens for Denver cafés last year.");
  await apply.getByLabel("Your rate (counter-offer)").fill("45");
  await checkPage(applicant.page, JOURNEY, "01-apply-dialog");
  await apply.getByRole("button", { name: "Send application" }).click();
  await expect(apply).toBeHidden();
  await applicant.page.getByRole("link", { name: TITLE }).click();
  await expect(applicant.page.getByRole("region", { name: "Your application" })).toContainText("Pending");
  await checkPage(applicant.page, JOURNEY, "02-applicant-page");

  // The client compares: the counter-offer, its maximum spend, the message; the decline and its reason.
  await page.reload();
  const applications = page.getByRole("table", { name: "Applications" });
  await expect(applications).toContainText("$45.00 an hour, at most 5 h");
  await expect(applications).toContainText("$225.00");
  await expect(applications).toContainText("I mounted 40 screens");
  await expect(page.getByRole("table", { name: "Invited workers" })).toContainText("Too far from home this week.");
  await check("03-client-compares");
  await applications.getByRole("button", { name: "Choose Ari Applicant" }).click();
  await page.getByRole("dialog", { name: "Assign Ari Applicant?" }).getByRole("button", { name: "Assign" }).click();
  await expect(page.getByText("Assigned", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Details" })).toContainText("$45.00 an hour");
  await check("04-client-assigned");

  await applicant.page.reload();
  await expect(applicant.page.getByText("Assigned", { exact: true }).first()).toBeVisible();
  await expect(applicant.page.getByRole("button", { name: "Check in" })).toBeVisible();
  await checkPage(applicant.page, JOURNEY, "05-applicant-assigned");

  expect(applicant.problems, "the applicant's browser reported errors").toEqual([]);
  expect(decliner.problems, "the decliner's browser reported errors").toEqual([]);
  await applicant.context.close();
  await decliner.context.close();
});
