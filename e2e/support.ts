import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

export { expect };

export const PASSWORD = "correct horse battery staple";

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.com`;
}

/**
 * Chromium logs every non-2xx fetch as "Failed to load resource". A 4xx from the API is an answer the page
 * handles (GET /me while logged out, a wrong password), so those lines are not errors; any 5xx fails the test
 * through the response listener instead.
 */
const expectedNetworkNoise = /^Failed to load resource: the server responded with a status of 4\d\d/;

/** Collects console errors, uncaught page errors and 5xx answers of a page; a journey ends by expecting none. */
export function watchBrowserErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !expectedNetworkNoise.test(message.text())) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 500) {
      problems.push(`server error ${response.status()} for ${response.request().method()} ${response.url()}`);
    }
  });
  return problems;
}

interface Fixtures {
  /** Runs axe and takes a full-page screenshot: e2e/screenshots/<journey>/<step>.png. */
  check: (step: string) => Promise<void>;
  journey: string;
}

export const test = base.extend<Fixtures>({
  journey: ["journey", { option: true }],
  page: async ({ page }, use) => {
    const problems = watchBrowserErrors(page);
    await use(page);
    expect(problems, "the browser reported errors").toEqual([]);
  },
  check: async ({ page, journey }, use) => {
    await use(async (step: string) => {
      await settle(page);
      await expectAccessible(page, step);
      await expectNoSidewaysScroll(page, step);
      await page.screenshot({ path: `e2e/screenshots/${journey}/${step}.png`, fullPage: true });
    });
  },
});

/** Waits until no request is in flight and no spinner is showing, so checks see the finished page. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await expect(page.locator(".loading, [aria-busy='true']")).toHaveCount(0);
}

export async function expectAccessible(page: Page, step: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = serious.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
  );
  expect(report, `axe found serious or critical violations on "${step}"`).toEqual([]);
}

/** Responsive from 360 px up: nothing may push the page wider than the window. */
export async function expectNoSidewaysScroll(page: Page, step: string): Promise<void> {
  const overflow = await page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");
  expect(overflow, `"${step}" scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
}

export async function signUp(
  page: Page,
  account: { type: "client" | "worker"; name: string; email: string; companyName?: string; verify?: boolean },
): Promise<void> {
  await page.goto(`/signup?as=${account.type}`);
  await page.getByLabel("Your full name").fill(account.name);
  if (account.companyName) {
    await page.getByLabel("Company name").fill(account.companyName);
  }
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  if (account.verify !== false) {
    await verifyEmail(page, account.email);
  }
}

/**
 * Opens the verification link emailed at sign-up, as its owner would in their mail app (a request in the browser's
 * session, so the journey stays on its page), then reloads so the page shows the verified account.
 */
export async function verifyEmail(page: Page, email: string): Promise<void> {
  await expect(page).not.toHaveURL(/\/signup/);
  const token = /verify-email\?token=([\w-]+)/.exec((await mailTo(email)).text)?.[1];
  expect(token, "a verification link in the sign-up email").toBeTruthy();
  const verified = await page.request.post("/api/v1/auth/verify-email", { data: { token } });
  expect(verified.status()).toBe(200);
  await page.reload();
}

export async function acceptPolicies(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/policies/);
  await expect(page.getByRole("heading", { level: 1, name: "Please review our policies" })).toBeVisible();
  await page.getByRole("button", { name: "I accept" }).click();
  await expect(page).toHaveURL(/\/home$/);
}

export async function logIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

/**
 * The newest mail the server sent to `to`, read from its mail drop (WORKLANE_MAIL_DIR); waits for the mail job. With
 * `replacing`, waits for a mail other than that one: after "send it again", the first link is void, so reading it
 * before the new mail lands would fail like a person who opened the old email.
 */
export async function mailTo(
  to: string,
  subject?: string,
  replacing?: { text: string },
): Promise<{ subject: string; text: string }> {
  const dir = process.env.WORKLANE_E2E_MAIL_DIR ?? "";
  let found: { to: string; subject: string; text: string } | undefined;
  await expect
    .poll(
      () => {
        const mails = readdirSync(dir)
          .filter((name) => name.endsWith(".json") && !name.startsWith("."))
          .sort()
          .map(
            (name) =>
              JSON.parse(readFileSync(join(dir, name), "utf8")) as { to: string; subject: string; text: string },
          );
        found = mails.filter((mail) => mail.to === to && (subject === undefined || mail.subject === subject)).at(-1);
        return found !== undefined && found.text !== replacing?.text;
      },
      { message: `an email to ${to}`, timeout: 15_000 },
    )
    .toBe(true);
  if (!found) {
    throw new Error(`no email to ${to}`);
  }
  return found;
}

/**
 * Types the start of a city into an address form and picks its suggestion, as a person does with the list the browser
 * shows ("Denver, CO, US"; the older "Denver, CO (US)" spelling is read too). The pick fills the coordinates and time zone.
 */
export async function pickCity(page: Page, label: string, city: string): Promise<void> {
  const shown = city.replace(/ \(([A-Z]{2})\)$/, ", $1");
  const input = page.getByLabel(label);
  await input.fill(shown.split(",")[0] ?? shown);
  await expect(page.locator(`datalist option[value="${shown}"]`)).toHaveCount(1);
  await input.fill(shown);
}
