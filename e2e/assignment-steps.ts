import type { APIRequestContext, Browser, Page } from "@playwright/test";
import {
  acceptPolicies,
  expect,
  expectAccessible,
  expectNoSidewaysScroll,
  pickCity,
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
  const skills = page.getByRole("combobox", { name: /^Skills needed/ });
  await skills.fill("Printer Repair");
  await skills.press("Enter");
  await page.getByLabel("Instructions for the assigned worker").fill("Ask for Jordan at the service desk.");
  await pickCity(page, "Site city", input.city);
  await page.getByLabel("Street address").fill("1600 Main St");
  await page.getByLabel("Contact name").fill("Jordan Lee");
  await page.getByLabel("Schedule", { exact: true }).selectOption("fixed");
  await page.getByLabel("Starts", { exact: true }).fill(input.startsAt);
  await page.getByLabel("Expected end").fill(input.endsAt);
  await page.getByLabel("Pricing", { exact: true }).selectOption("hourly");
  await page.getByLabel("Hourly rate").fill(input.rate);
  await page.getByLabel("Maximum hours").fill(input.maxHours);
}

const HOUR = 3_600_000;

/**
 * Writes and saves a draft through the form: an hourly job in Denver starting `startInHours` from now (negative for
 * a start already passed, which a no-show needs), four hours long. Returns the assignment's address.
 */
export async function saveDraft(page: Page, title: string, startInHours: number): Promise<string> {
  const zone = "America/Denver";
  const start = new Date(Date.now() + startInHours * HOUR);
  await page.goto("/assignments/new");
  await fillAssignmentForm(page, {
    title,
    city: "Denver, CO (US)",
    startsAt: wallTime(start, zone),
    endsAt: wallTime(new Date(start.getTime() + 4 * HOUR), zone),
    rate: "45",
    maxHours: "5",
  });
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Sends the open draft to workers named by id through the send dialog (first to accept, no expiry). */
export async function sendToWorkers(page: Page, workers: { id: string; name: string }[]): Promise<void> {
  await page.getByRole("button", { name: "Send to workers" }).click();
  const send = page.getByRole("dialog", { name: "Send this assignment" });
  await send.getByLabel("Add workers").fill(workers.map((w) => w.id).join(" "));
  await send.getByRole("button", { name: "Add", exact: true }).click();
  for (const worker of workers) {
    await expect(send.getByText(worker.name)).toBeVisible();
  }
  await send.getByRole("button", { name: "Send", exact: true }).click();
  await expect(send).toBeHidden();
  await expect(page.getByText("Sent", { exact: true }).first()).toBeVisible();
}

/** The worker accepts a first-to-accept invitation from the inbox and opens the assignment. */
export async function acceptFromInbox(page: Page, title: string): Promise<void> {
  await page.goto("/inbox");
  await page.getByRole("article", { name: title }).getByRole("button", { name: "Accept" }).click();
  await expect(page.getByText("is yours")).toBeVisible();
  await page.getByLabel("Show").selectOption("accepted");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByText("Assigned", { exact: true }).first()).toBeVisible();
}

/** POST as a browser's own session (same cookies), expecting success: the setup steps a journey is not about. */
export async function apiPost(request: APIRequestContext, url: string, data: unknown = {}) {
  const response = await request.post(`/api/v1${url}`, { data });
  expect(response.ok(), `${url}: ${await response.text()}`).toBe(true);
  return response.json();
}

/**
 * A one-worker on-site assignment in Austin (4 hours at most, at 50.00 an hour, starting in two days) created and
 * sent to `workerId` through the API, for journeys about what comes after; returns its id.
 */
export async function sentThroughApi(
  client: APIRequestContext,
  workerId: string,
  what: { title: string; description: string; skills: string[]; paymentTermsDays?: number },
): Promise<string> {
  const start = Date.now() + 48 * 3_600_000;
  const draft = await apiPost(client, "/assignments", {
    ...what,
    industry: "Audio/Visual",
    locationType: "onsite",
    location: {
      address: "500 Congress Ave",
      city: "Austin",
      region: "TX",
      postalCode: "78701",
      country: "US",
      latitude: 30.2672,
      longitude: -97.7431,
    },
    timeZone: "America/Chicago",
    schedule: {
      type: "fixed",
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 4 * 3_600_000).toISOString(),
    },
    pricing: { type: "hourly", rate: 5_000, maxHours: 4 },
    currency: "USD",
  });
  await apiPost(client, `/assignments/${draft.id}/send`, { workerIds: [workerId] });
  return draft.id as string;
}

/** The worker accepts, checks in and submits 2 hours (100.00 to approve), all through the API. */
export async function submitThroughApi(worker: APIRequestContext, id: string): Promise<void> {
  await apiPost(worker, `/assignments/${id}/accept`);
  await apiPost(worker, `/assignments/${id}/check-in`, {});
  await apiPost(worker, `/assignments/${id}/submit`, { hours: 2 });
}
