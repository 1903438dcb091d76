import { STAFF_ADMIN } from "./staff-account";
import { acceptPolicies, expect, logIn, signUp, test, uniqueEmail } from "./support";

test.use({ journey: "policy-update" });

test("staff publish a new version and a worker sees what changed before accepting it again", async ({
  page,
  check,
}) => {
  const workerEmail = uniqueEmail("reader");
  await signUp(page, { type: "worker", name: "Robin Reader", email: workerEmail });
  await acceptPolicies(page);
  await page.getByRole("button", { name: "Log out" }).click();

  await logIn(page, STAFF_ADMIN.email, STAFF_ADMIN.password);
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await page.getByLabel("Name or email").fill(workerEmail);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("row", { name: /Robin Reader/ })).toBeVisible();
  await check("01-staff-users");

  await page.getByRole("link", { name: "Publish policies" }).click();
  await page.getByLabel("Which policy").selectOption("worker_guidelines");
  const body = page.getByLabel("Text (Markdown)");
  await expect(body).toHaveValue(/Community Guidelines for Workers/);
  await body.fill(
    `${await body.inputValue()}\n\n## Confirm before you travel\n\nConfirm each on-site assignment the day before.\n`,
  );
  await page.getByLabel("Summary of changes").fill("Adds a section on confirming on-site work the day before.");
  await expect(page.getByText("Confirm each on-site assignment the day before.").first()).toBeVisible();
  await page.getByRole("button", { name: /^Publish version 2/ }).click();
  const dialog = page.getByRole("dialog", { name: "Publish version 2?" });
  await expect(dialog).toBeVisible();
  await check("02-publish-confirm");
  await dialog.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Version 2 of Community Guidelines for Workers is published.")).toBeVisible();
  await check("03-published");
  await page.getByRole("button", { name: "Log out" }).click();

  await logIn(page, workerEmail);
  await expect(page).toHaveURL(/\/policies/);
  await expect(page.getByText("Adds a section on confirming on-site work the day before.")).toBeVisible();
  const diff = page.getByRole("list", { name: /Changes to Community Guidelines for Workers since version 1/ });
  await expect(diff.getByText("Confirm each on-site assignment the day before.")).toBeVisible();
  await expect(diff.locator(".diff__line--added").first()).toContainText("Added:");
  await check("04-what-changed");
  await page.getByRole("button", { name: "I accept" }).click();
  await expect(page).toHaveURL(/\/home$/);
});
