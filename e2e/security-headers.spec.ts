import { expect, test } from "./support";

/**
 * Issue 7 item 3: the Content-Security-Policy allows no inline script or style, and the pages still work under it.
 * A blocked script, style or image is a console error, which fails the journey (support.ts watchBrowserErrors).
 */

test("the app and the API reference work under the Content-Security-Policy, and cannot be framed", async ({
  page,
  browser,
}) => {
  const landing = await page.goto("/");
  expect(landing?.headers()["content-security-policy"]).toContain("script-src 'self'");
  await expect(page.getByRole("link", { name: "Log in" }).first()).toBeVisible();

  const reference = await page.goto("/docs");
  expect(reference?.headers()["x-frame-options"]).toBe("DENY");
  await expect(page.getByRole("heading", { name: /Worklane API/ })).toBeVisible();
  await page
    .getByRole("button", { name: /getHealth/ })
    .first()
    .click();
  await expect(page.getByText("/health").first()).toBeVisible();

  // A page that frames the app gets an empty frame: frame-ancestors 'none'. (Its own page: the refusal is a
  // console error there, and this journey's page must stay free of them.)
  const framing = await browser.newPage();
  await framing.goto(new URL("/health", page.url()).href);
  await framing.setContent(`<iframe title="framed" src="${new URL("/login", page.url()).href}"></iframe>`);
  await expect(framing.frameLocator("iframe[title=framed]").getByRole("button", { name: "Log in" })).toHaveCount(0);
  await framing.close();
});
