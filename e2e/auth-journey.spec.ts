import { acceptPolicies, expect, logIn, mailTo, PASSWORD, signUp, test, uniqueEmail } from "./support";

/** The path and query of the emailed link to `page` (the mail's host is the server's PUBLIC_URL). */
function linkIn(text: string, page: string): string {
  const link = new RegExp(`https?://[^/\\s]+(/${page}\\?token=[\\w-]+)`).exec(text)?.[1];
  expect(link, `a ${page} link in: ${text}`).toBeTruthy();
  return link ?? "";
}

test.use({ journey: "auth" });

test("log out, a wrong password gets the server's answer, log in again, and the password pages answer", async ({
  page,
  check,
}) => {
  // Two emails go through the job queue and the mail drop (verification, reset): more than the default 90 s on a
  // loaded machine.
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  await check("00-landing-360");
  await page.goto("/login");
  await check("00-login-360");
  await page.setViewportSize({ width: 1280, height: 900 });

  const email = uniqueEmail("auth");
  await signUp(page, { type: "worker", name: "Alex Auth", email, verify: false });
  await acceptPolicies(page);

  // Unverified: the banner says what waits for the address, and sends the link again.
  const banner = page.getByRole("region", { name: "Confirm your email address" });
  await expect(banner).toBeVisible();
  await check("00-unverified-banner");
  const first = await mailTo(email);
  await banner.getByRole("button", { name: "Send the link again" }).click();
  await expect(page.getByText("A new link is on its way.")).toBeVisible();
  await page.goto(linkIn((await mailTo(email, undefined, first)).text, "verify-email"));
  await expect(page.getByText("Your email address is confirmed")).toBeVisible();
  await expect(banner).toHaveCount(0);
  await check("00-email-confirmed");

  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByText("You are logged out.")).toBeVisible();
  await check("01-logged-out");

  await page.goto("/settings");
  await expect(page).toHaveURL(/\/login\?next=%2Fsettings$/);

  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("not the right password");
  await page.getByRole("button", { name: "Log in" }).click();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText(/password/i);
  await expect(page).toHaveURL(/\/login/);
  await check("02-wrong-password");

  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("heading", { level: 1, name: "Account settings" })).toBeVisible();
  await check("03-settings");

  await page.getByRole("button", { name: "Log out" }).click();
  await logIn(page, email);
  await expect(page).toHaveURL(/\/home$/);

  await page.getByRole("button", { name: "Log out" }).click();
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reset your password" })).toBeVisible();
  await check("04-forgot-password");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText("Check your email")).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await check("05-reset-link-sent");

  // The real link: the page after it says what the reset cut off and links the API keys page.
  await page.goto(linkIn((await mailTo(email, "Reset your Worklane password")).text, "reset-password"));
  await page.getByLabel("New password").fill("another long password");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByText("Your password is changed")).toBeVisible();
  await expect(page.getByRole("link", { name: "API keys page" })).toBeVisible();
  await check("05-reset-done");

  await page.goto("/reset-password?token=not-a-real-token-at-all");
  await page.getByLabel("New password").fill("another long password");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByRole("alert")).toContainText(/invalid|expired/i);
  await check("06-reset-bad-token");

  await page.goto("/invitations/accept?token=not-a-real-invitation");
  await expect(page.getByRole("alert")).toContainText(/invitation link is invalid/i);
  await check("07-invitation-bad-token");

  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { level: 1, name: "This page does not exist" })).toBeVisible();
  await check("08-not-found");
});
