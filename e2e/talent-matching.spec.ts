import type { Browser } from "@playwright/test";
import { apiPost, openSecondPerson, saveDraft, signUpClient, signUpWorker } from "./assignment-steps";
import { expect, test } from "./support";

test.use({ journey: "talent-matching" });

const DENVER = { city: "Denver", region: "CO", country: "US", latitude: 39.7392, longitude: -104.9903 };
// About 30 miles north of Denver: inside the matches' 100 miles, outside the 20 the pool send uses.
const LONGMONT = { city: "Longmont", region: "CO", country: "US", latitude: 40.1672, longitude: -105.1019 };

/** A worker signed up in their own browser, with skills and a home city (set through the API: not this journey's subject). */
async function workerAt(browser: Browser, name: string, skills: string[], home: typeof DENVER) {
  const person = await openSecondPerson(browser);
  const id = await signUpWorker(person.page, name);
  const saved = await person.page.request.patch("/api/v1/workers/me", {
    data: { skills, homeLocation: { ...home, address: null, postalCode: null } },
  });
  expect(saved.ok(), await saved.text()).toBe(true);
  return { ...person, id, name };
}

test("a company finds workers, invites an assignment's top matches, and sends another to a pool within a radius", async ({
  page,
  browser,
  check,
}) => {
  const ari = await workerAt(browser, "Ari Denver", ["Printer Repair"], DENVER);
  const bo = await workerAt(browser, "Bo Longmont", ["Printer Repair"], LONGMONT);
  const cy = await workerAt(browser, "Cy Painter", ["Painting"], DENVER);
  await signUpClient(page, "Casey Client", "Printers & Co");

  // The company's pool holds all three; its requirement set asks for the skill (setup through the API).
  const pool = await apiPost(page.request, "/talent-pools", { name: "Denver crew", visibility: "private" });
  for (const worker of [ari, bo, cy]) {
    await apiPost(page.request, `/talent-pools/${pool.id}/invitations`, { workerId: worker.id });
    await apiPost(worker.page.request, `/talent-pools/${pool.id}/apply`);
  }
  await apiPost(page.request, "/requirement-sets", {
    name: "Printer repairers",
    requirements: [{ type: "skill", skill: "Printer Repair" }],
  });

  // It searches for printer repairers near Denver: the painter is not among them.
  const first = await saveDraft(page, "Fix the Denver store's receipt printers", 72);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Find workers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Find workers" })).toBeVisible();
  await page.getByLabel("Skills").fill("Printer Repair");
  await page.getByLabel("Near (city)").fill("Denver");
  await page.getByRole("button", { name: "Search" }).click();
  const results = page.getByRole("list", { name: "Search results" });
  await expect(results).toContainText("Ari Denver");
  await expect(results).toContainText("Bo Longmont");
  await expect(results).not.toContainText("Cy Painter");
  await check("01-find-workers");
  // Narrowed to a verified licence, nobody is left (none of them holds one); narrowed to the pool, both are back.
  await page.getByLabel("Holds a verified credential").selectOption({ label: "Licence" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No worker matches this search.")).toBeVisible();
  await page.getByLabel("Holds a verified credential").selectOption({ label: "Any" });
  await page.getByLabel("Member of your talent pool").selectOption({ label: "Denver crew" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(results).toContainText("Ari Denver");
  await expect(results).toContainText("Bo Longmont");

  // On the assignment, the Matches section ranks them and invites the top two through the send dialog. Pages of one
  // match here (the page asks for the server's default of 25), so three workers reach "Show more" and the real cursor.
  const matchesUrl = /\/api\/v1\/assignments\/[^/]+\/matches/;
  await page.route(matchesUrl, (route) => {
    const url = new URL(route.request().url());
    url.searchParams.set("limit", "1");
    return route.continue({ url: url.toString() });
  });
  await page.goto(first);
  const matches = page.getByRole("region", { name: "Matches" });
  await expect(matches).toContainText("How they are ranked:");
  await expect(matches.getByRole("listitem").filter({ hasText: "#1 " }).first()).toContainText("Ari Denver");
  await expect(matches.getByRole("list", { name: "Matches" }).locator(":scope > li")).toHaveCount(1);
  await matches.getByRole("button", { name: "Show more matches" }).click();
  await expect(matches.getByRole("listitem").filter({ hasText: "#2 " }).first()).toContainText("Bo Longmont");
  await matches.getByRole("button", { name: "Show more matches" }).click();
  await expect(matches.getByRole("list", { name: "Matches" }).locator(":scope > li")).toHaveCount(3);
  await expect(matches.getByRole("button", { name: "Show more matches" })).toBeHidden();
  await matches.getByLabel("How many to invite").fill("2");
  await matches.getByRole("button", { name: "Invite the top 2" }).click();
  const send = page.getByRole("dialog", { name: "Send this assignment" });
  await expect(send.getByRole("list", { name: "Chosen workers" })).toContainText("Ari Denver");
  await expect(send.getByRole("list", { name: "Chosen workers" })).toContainText("Bo Longmont");
  await check("02-invite-top-two");
  await send.getByRole("button", { name: "Send", exact: true }).click();
  await expect(send).toBeHidden();
  await expect(page.getByText("Sent", { exact: true }).first()).toBeVisible();
  await expect(matches.getByText("Invited", { exact: true })).toHaveCount(2);
  await expect(matches.getByRole("button", { name: "Invite Cy Painter" })).toBeVisible();
  await page.unroute(matchesUrl);
  // The invited workers' scorecards, read together for the table (one request, not one per worker).
  const invited = page.getByRole("table", { name: "Invited workers" });
  await expect(invited.getByRole("link", { name: "Scorecard of Ari Denver" })).toBeVisible();
  await expect(invited).toContainText("Scorecard of Bo Longmont · Completed assignments: 0");

  // The second assignment asks for the skill and goes to the pool's members within 20 miles.
  const second = await saveDraft(page, "Service the Denver store's label printers", 96);
  await page.getByLabel("Requirement set").selectOption({ label: "Printer repairers" });
  await expect(page.getByText('"Printer repairers" attached.')).toBeVisible();
  await page.getByRole("button", { name: "Send to workers" }).click();
  const toPools = page.getByRole("dialog", { name: "Send this assignment" });
  await toPools.getByRole("checkbox", { name: /Denver crew/ }).check();
  const radius = toPools.getByLabel("Members living within (miles of the site)");
  await expect(radius).toHaveValue("60");
  await radius.fill("101");
  await toPools.getByRole("button", { name: "Send", exact: true }).click();
  await expect(toPools.getByText("Use at most 100 miles.")).toBeVisible();
  await radius.fill("20");
  await check("03-send-to-pool");
  await toPools.getByRole("button", { name: "Send", exact: true }).click();

  // One reached; one lives too far; the painter is left out for the skill.
  const reach = page.getByRole("dialog", { name: "1 worker reached from the pools" });
  await expect(reach).toContainText("Denver crew: 3 members in all.");
  await expect(reach).toContainText("1 worker farther than 20 miles");
  await expect(reach).toContainText("1 worker within the radius left out for not meeting the requirements:");
  await expect(reach.getByRole("list", { name: "Left out, by requirement" })).toContainText(
    "skill: Printer Repair: 1 worker",
  );
  await check("04-pool-reach");
  await reach.getByRole("button", { name: "Close" }).click();
  await expect(reach).toBeHidden();
  await expect(page.getByRole("table", { name: "Invited workers" })).toContainText("Ari Denver");
  await expect(
    page.getByText("Talent pools: Denver crew within 20 miles: 1 reached, 1 farther, 1 left out"),
  ).toBeVisible();

  // From Find workers, the painter is invited to the sent assignment too (the company may override the set later).
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Find workers" }).click();
  await page.getByLabel("Name or headline").fill("Cy Painter");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("button", { name: "Invite Cy Painter to an assignment" }).click();
  const invite = page.getByRole("dialog", { name: "Invite Cy Painter" });
  await invite.getByLabel("Assignment").selectOption({ label: "Service the Denver store's label printers (Sent)" });
  await check("05-invite-found-worker");
  await invite.getByRole("button", { name: "Invite", exact: true }).click();
  await expect(page.getByText(`Cy Painter is invited to "Service the Denver store's label printers".`)).toBeVisible();
  await page.goto(second);
  await expect(page.getByRole("table", { name: "Invited workers" })).toContainText("Cy Painter");

  for (const worker of [ari, bo, cy]) {
    expect(worker.problems).toEqual([]);
    await worker.context.close();
  }
});
