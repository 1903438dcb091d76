import { acceptPolicies, expect, pickCity, signUp, test, uniqueEmail } from "./support";

test.use({ journey: "worker" });

test("a worker signs up, accepts the policies, fills in the profile and sees the public page", async ({
  page,
  check,
}) => {
  await page.goto("/signup?as=worker");
  await expect(page.getByLabel("I want to work")).toBeChecked();
  await expect(page.getByLabel("Company name")).toHaveCount(0);
  await check("01-signup");

  await signUp(page, { type: "worker", name: "Sam Rivera", email: uniqueEmail("worker") });
  await expect(
    page.getByRole("heading", { level: 2, name: "Community Guidelines for Workers", exact: true }),
  ).toBeVisible();
  await check("02-policies");
  await acceptPolicies(page);
  await expect(page.getByText(/\d+% complete/)).toBeVisible();
  await check("03-home");
  await page.setViewportSize({ width: 390, height: 844 });
  await check("04-home-mobile");
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole("link", { name: "Edit profile" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your worker profile" })).toBeVisible();
  await page.getByLabel("Headline").fill("Low-voltage technician, 8 years in retail IT");
  await page.getByLabel("Bio").fill("I install and repair **point of sale** systems.\n\n- Cat6 cabling\n- POS imaging");
  await page.getByLabel("Point of Sale").check();
  const skills = page.getByRole("combobox", { name: /^Skills/ });
  for (const skill of ["Network Cabling", "POS Installation", "Printer Repair"]) {
    await skills.fill(skill);
    await skills.press("Enter");
  }
  await expect(page.getByRole("button", { name: "Remove skill Printer Repair" })).toBeVisible();
  // The chosen industry's skills are offered as chips; one click adds one.
  const suggested = page.getByRole("list", { name: "Suggested skills" });
  await suggested.getByRole("button", { name: "Add skill Receipt Printer Setup" }).click();
  await expect(page.getByRole("button", { name: "Remove skill Receipt Printer Setup" })).toBeVisible();
  await expect(suggested.getByRole("button", { name: "Add skill Receipt Printer Setup" })).toHaveCount(0);
  await pickCity(page, "Home city", "Denver, CO, US");
  await page.getByLabel("Street address").fill("1437 Bannock St");
  await page.getByLabel("Travel radius (km)").fill("80");
  await page.getByLabel("Hourly rate").fill("abc");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(
    page.getByText("Type the amount as you would write it, like 45.50 (digits and a decimal point)."),
  ).toBeVisible();
  await page.getByLabel("Hourly rate").fill("45.50");
  await expect(page.getByLabel("Time zone")).toHaveValue("America/Denver");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your profile is saved.")).toBeVisible();
  await check("05-profile");

  await page.getByRole("link", { name: "View public page" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sam Rivera" })).toBeVisible();
  await expect(page.getByText("Denver, CO, US")).toBeVisible();
  await expect(page.getByText("$45.50")).toBeVisible();
  await expect(page.getByRole("list", { name: "Skills" })).toContainText("POS Installation");
  await expect(page.getByRole("list", { name: "Skills" })).toContainText("Receipt Printer Setup");
  await expect(page.getByText("1437 Bannock St")).toHaveCount(0);
  await check("06-public-profile");

  await page.getByRole("link", { name: "Home", exact: true }).click();
  await expect(page.getByText("100% complete")).toBeVisible();

  await page.getByRole("link", { name: "Community Guidelines for Workers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Community Guidelines for Workers" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Version history" })).toBeVisible();
  await check("07-policy");

  await page.goto("/company/team");
  await expect(page.getByRole("heading", { level: 1, name: "Not available for your account" })).toBeVisible();
  await check("08-not-for-workers");
});
