import { acceptPolicies, expect, mailTo, PASSWORD, pickCity, signUp, test, uniqueEmail } from "./support";

test.use({ journey: "client" });

test("a client signs up, accepts the policies, edits the company, invites a teammate and creates an API key", async ({
  page,
  browser,
  check,
}) => {
  const email = uniqueEmail("client");
  const teammate = uniqueEmail("teammate");

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("skilled independent professionals");
  await check("01-landing");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole("link", { name: "Sign up as a client" }).click();
  await expect(page.getByLabel("Company name")).toBeVisible();
  await check("02-signup-mobile");
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole("button", { name: "Create account" }).click();
  await expect(
    page.getByText("Give your company's name.").or(page.getByText("This cannot be empty.")).first(),
  ).toBeVisible();
  await check("03-signup-errors");

  await signUp(page, { type: "client", name: "Dana Client", email, companyName: "Northwind Installs" });
  await expect(page.getByRole("heading", { level: 2, name: "Terms of Service", exact: true })).toBeVisible();
  await check("04-policies");
  await acceptPolicies(page);
  await expect(page.getByRole("heading", { level: 1, name: "Welcome, Dana" })).toBeVisible();
  await check("05-home");

  await page.setViewportSize({ width: 390, height: 844 });
  await check("06-home-mobile");
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Company", exact: true }),
  ).toBeVisible();
  await check("07-menu-mobile");
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole("link", { name: "Company", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Company profile" })).toBeVisible();
  await page.getByLabel("Company name").fill("Northwind Installs Ltd");
  await page.getByLabel("About the company").fill("We install **point of sale** systems across the Midwest.");
  await page.getByLabel("Industry").selectOption("Point of Sale");
  await page.getByLabel("Website").fill("https://northwind.example.com");
  await pickCity(page, "Headquarters", "Chicago, IL, US");
  await expect(page.getByLabel("Time zone")).toHaveValue("America/Chicago");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("The company profile is saved.")).toBeVisible();
  await expect(page.getByText("Company profile updated").first()).toBeVisible();
  await check("08-company-profile");

  await page.getByRole("link", { name: "Settings", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Company settings" })).toBeVisible();
  await page.getByLabel("Payment terms (days)").fill("200");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Use at most 120.")).toBeVisible();
  await page.getByLabel("Payment terms (days)").fill("45");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("The settings are saved.")).toBeVisible();
  await check("09-company-settings");

  await page.getByRole("link", { name: "Company", exact: true }).click();
  await page.getByRole("link", { name: "View public page" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Northwind Installs Ltd" })).toBeVisible();
  await expect(page.getByText("Chicago, IL, US")).toBeVisible();
  await check("10-company-public");

  await page.getByRole("link", { name: "Team", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
  const inviteForm = page.getByRole("form", { name: "Invite a teammate" });
  await inviteForm.getByLabel("Email address").fill(teammate);
  await inviteForm.getByLabel("Role").selectOption("finance");
  await inviteForm.getByRole("button", { name: "Send invitation" }).click();
  const invitation = page.getByTestId("invitations").getByRole("row", { name: new RegExp(teammate) });
  await expect(invitation).toContainText("Pending");
  await expect(invitation).toContainText("Finance");
  await check("11-team");
  await page.setViewportSize({ width: 390, height: 844 });
  await check("11-team-mobile");
  await page.setViewportSize({ width: 1280, height: 900 });

  // The teammate follows the link in the invitation email, in a browser of their own, and joins as finance.
  const link = (await mailTo(teammate)).text.match(/https?:\/\/\S+\/invitations\/accept\?token=[\w-]+/)?.[0];
  expect(link, "the invitation email carries its link").toBeTruthy();
  const teammateContext = await browser.newContext();
  const joining = await teammateContext.newPage();
  await joining.goto(link ?? "");
  await expect(joining.getByRole("heading", { level: 1, name: "Join Northwind Installs Ltd" })).toBeVisible();
  await expect(joining.getByText(teammate)).toBeVisible();
  await joining.getByLabel("Your full name").fill("Fin Teammate");
  await joining.getByLabel("Choose a password").fill(PASSWORD);
  await joining.getByRole("button", { name: "Accept and create account" }).click();
  await acceptPolicies(joining);
  await teammateContext.close();
  await page.reload();
  const members = page.getByRole("table", { name: "Team members" });
  await expect(members.getByRole("row", { name: /Fin Teammate/ })).toContainText("Finance");
  await check("11-team-joined");

  await page.getByRole("link", { name: "API keys" }).click();
  await page.getByLabel("Key name").fill("Billing export");
  await page.getByRole("button", { name: "Create key" }).click();
  const token = page.getByTestId("api-key-token");
  await expect(token).toBeVisible();
  const secret = (await token.textContent()) ?? "";
  expect(secret.length).toBeGreaterThan(20);
  await expect(page.getByText("This is the only time Worklane shows it.")).toBeVisible();
  await check("12-api-key-created");

  const keyRow = page.getByRole("row", { name: /Billing export/ });
  await expect(keyRow).toContainText("Active");
  await page.reload();
  await expect(page.getByTestId("api-key-token")).toHaveCount(0);
  await expect(page.getByText(secret)).toHaveCount(0);
  await expect(page.getByRole("row", { name: /Billing export/ })).toContainText(secret.slice(0, 6));
  await check("13-api-keys");

  const revoke = page.getByRole("button", { name: "Revoke Billing export" });
  await revoke.click();
  const dialog = page.getByRole("dialog", { name: "Revoke this key?" });
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await check("14-revoke-dialog");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(revoke).toBeFocused();
  await page.keyboard.press("Enter");
  await dialog.getByRole("button", { name: "Revoke key" }).click();
  await expect(page.getByRole("row", { name: /Billing export/ })).toContainText("Revoked");

  // Times follow the zone chosen in the account settings, not the browser's (America/Chicago here), and back.
  const created = page
    .getByRole("row", { name: /Billing export/ })
    .locator("time")
    .first();
  const instant = new Date((await created.getAttribute("datetime")) ?? "");
  const shownIn = (timeZone: string) =>
    new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone }).format(instant);
  await expect(created).toHaveText(shownIn("America/Chicago"));
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Account settings" }).click();
  const zone = page.getByLabel("Time zone");
  await expect(zone).toHaveValue("");
  await expect(zone.locator("option:checked")).toHaveText("Use my browser's zone");
  await zone.selectOption("Asia/Tokyo");
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByText("Times are shown in Asia/Tokyo.")).toBeVisible();
  await check("15-time-zone");
  await nav.getByRole("link", { name: "API keys" }).click();
  await expect(created).toHaveText(shownIn("Asia/Tokyo"));
  await page.reload();
  await expect(created).toHaveText(shownIn("Asia/Tokyo"));
  await nav.getByRole("link", { name: "Account settings" }).click();
  await expect(zone).toHaveValue("Asia/Tokyo");
  await zone.selectOption("");
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByText("Your time zone is cleared.")).toBeVisible();
  await nav.getByRole("link", { name: "API keys" }).click();
  await expect(created).toHaveText(shownIn("America/Chicago"));
});
