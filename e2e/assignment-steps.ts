import type { Browser, Page } from "@playwright/test";
import {
  acceptPolicies,
  expect,
  expectAccessible,
  expectNoSidewaysScroll,
  settle,
  signUp,
  uniqueEmail,
  watchBrowserErrors,
} from "./support";

/** A second person in their own browser context (the worker beside the client), watched like the fixture's page. */
export async function openSecondPerson(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  return { context, page, problems: watchBrowserErrors(page) };
}

/** The fixture's `check` for a page outside the fixture: axe, no sideways scroll, a full-page screenshot. */
export async function checkPage(page: Page, journey: string, step: string): Promise<void> {
  await settle(page);
  await expectAccessible(page, step);
  await expectNoSidewaysScroll(page, step);
  await page.screenshot({ path: `e2e/screenshots/${journey}/${step}.png`, fullPage: true });
}

/** Signs a worker up through the UI, accepts the policies and returns their id (from the "Public page" link). */
export async function signUpWorker(page: Page, name: string): Promise<string> {
  await signUp(page, { type: "worker", name, email: uniqueEmail("worker") });
  await acceptPolicies(page);
  const href = await page.getByRole("link", { name: "Public page" }).first().getAttribute("href");
  const id = href?.split("/").pop() ?? "";
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  return id;
}

export async function signUpClient(page: Page, name: string, companyName: string): Promise<void> {
  await signUp(page, { type: "client", name, email: uniqueEmail("client"), companyName });
  await acceptPolicies(page);
}

/** `date` as a datetime-local value read on the clock of `timeZone`. */
export function wallTime(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}

export const DESCRIPTION = [
  "Replace the two failed **receipt printers** at the front registers and test them with the store manager.",
  "",
  "- Bring a Cat6 crimper and two spare cables",
  "- Update the printer driver on both registers",
  "- Print a test receipt from each register and photograph it",
].join("\n");

interface NewAssignment {
  title: string;
  city: string;
  startsAt: string;
  endsAt: string;
  rate: string;
  maxHours: string;
}

/** Fills the create form as a client would: site in a listed city, a fixed start and end, hourly pricing. */
export async function fillAssignmentForm(page: Page, input: NewAssignment): Promise<void> {
  await page.getByLabel("Title").fill(input.title);
  await page.getByLabel("Description").fill(DESCRIPTION);
  await page.getByLabel("Industry").selectOption("Point of Sale");
  const skills = page.getByRole("textbox", { name: /^Skills needed/ });
  await skills.fill("Printer Repair");
  await skills.press("Enter");
  await page.getByLabel("Instructions for the assigned worker").fill("Ask for Jordan at the service desk.");
  await page.getByLabel("Site city").selectOption({ label: input.city });
  await page.getByLabel("Street address").fill("1600 Main St");
  await page.getByLabel("Contact name").fill("Jordan Lee");
  await page.getByLabel("Schedule", { exact: true }).selectOption("fixed");
  await page.getByLabel("Starts", { exact: true }).fill(input.startsAt);
  await page.getByLabel("Expected end").fill(input.endsAt);
  await page.getByLabel("Pricing", { exact: true }).selectOption("hourly");
  await page.getByLabel("Hourly rate").fill(input.rate);
  await page.getByLabel("Maximum hours").fill(input.maxHours);
}
