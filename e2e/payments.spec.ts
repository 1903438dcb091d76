import type { APIRequestContext } from "@playwright/test";
import {
  apiPost,
  checkPage,
  openSecondPerson,
  sentThroughApi,
  signUpClient,
  signUpWorker,
  submitThroughApi,
} from "./assignment-steps";
import { STAFF_ADMIN } from "./staff-account";
import { expect, logIn, test } from "./support";

test.use({ journey: "payments" });

/** A one-worker assignment brought to `submitted` through the API: 2 hours at 50.00, so 100.00 to approve. */
async function submittedAssignment(
  client: APIRequestContext,
  worker: APIRequestContext,
  workerId: string,
  title = "Mount a TV wall bracket in the lobby",
) {
  const id = await sentThroughApi(client, workerId, {
    title,
    description:
      "Mount one 65-inch TV on the lobby wall using the bracket on site, route the cables through the raceway, and photograph the finished wall for the property manager.",
    skills: ["TV mounting"],
    paymentTermsDays: 15,
  });
  await submitThroughApi(worker, id);
  return id;
}

test("the client funds, approves and pays; the worker sees the money and withdraws it", async ({
  page,
  browser,
  check,
}) => {
  test.slow(); // two people, nine pages with axe each: more than the default 90 s on a busy machine
  const worker = await openSecondPerson(browser);
  const workerId = await signUpWorker(worker.page, "Wren Worker");
  await signUpClient(page, "Pat Payer", "Lobby Screens Inc");
  const id = await submittedAssignment(page.request, worker.page.request, workerId);

  // Funding: the sandbox says it is test mode; a wire is available at once.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Payments" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Payments" })).toBeVisible();
  await expect(page.getByText("Test mode.")).toBeVisible();
  await check("01-payments-empty");
  const form = page.getByRole("form", { name: "Add funds" });
  await form.getByLabel("Amount").fill("200.00");
  await form.getByText("Wire", { exact: true }).click();
  await form.getByRole("button", { name: "Add funds" }).click();
  await expect(page.getByText("$200.00 was added to your available funds.")).toBeVisible();
  await expect(page.getByTestId("available-USD")).toHaveText("$200.00");
  await check("02-funded");

  // Approval opens the invoice: 100.00 for the worker plus the 10 % fee, due in 15 days.
  await page.goto(`/assignments/${id}`);
  await page.getByRole("button", { name: "Approve" }).first().click();
  await page.getByRole("dialog", { name: "Approve this work?" }).getByRole("button", { name: "Approve" }).click();
  const payment = page.getByRole("region", { name: "Payment" });
  await expect(payment).toContainText("$110.00");
  await expect(payment).toContainText("Open");
  // Invoiced (payment pending), with the due date's countdown (15-day terms).
  await expect(payment).toContainText(/Due in (14 days 23 hours|15 days)/);
  await expect(page.getByText("Payment pending", { exact: true }).first()).toBeVisible();
  await check("03-approved-invoice");

  await payment.getByRole("link").first().click();
  await expect(page.getByText("Platform fee (10%)")).toBeVisible();
  await check("04-invoice");
  // The PDF link downloads the same invoice, its dates in the browser's zone.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download PDF" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^worklane-invoice-[\w-]+\.pdf$/);
  expect(download.url()).toContain("timeZone=America%2FChicago");
  await page.getByRole("button", { name: "Pay $110.00" }).click();
  await expect(page.getByText("The invoice is paid; the worker has the money.")).toBeVisible();
  await expect(page.getByText("Paid", { exact: true }).first()).toBeVisible();
  await check("05-invoice-paid");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Payments" }).click();
  await expect(page.getByTestId("available-USD")).toHaveText("$90.00");
  // The account activity is the ledger's own entries: the payment, then the funds added, balances after each.
  const activity = page.getByRole("region", { name: "Account activity" });
  const latestAvailable = activity.getByRole("row").filter({ hasText: "Available" }).first();
  await expect(latestAvailable).toContainText("Invoice paid");
  await expect(latestAvailable).toContainText("$90.00");
  await expect(activity).toContainText("Funds added");

  // The worker: 100.00 available, withdraws 40.00 to the sandbox bank.
  await worker.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Earnings" }).click();
  await expect(worker.page.getByRole("heading", { level: 1, name: "Earnings" })).toBeVisible();
  await expect(worker.page.getByTestId("available-USD")).toHaveText("$100.00");
  // Withdrawals go only to a verified payout account: add one, confirm the sandbox's two test deposits (0.32, 0.45).
  const bank = worker.page.getByRole("form", { name: "Add a payout account" });
  await bank.getByLabel("Account holder's name").fill("Wren Worker");
  await bank.getByLabel("Routing number").fill("110000000");
  await bank.getByLabel("Account number").fill("000123456789");
  await bank.getByRole("button", { name: "Add account" }).click();
  const deposits = worker.page.getByRole("form", { name: "Confirm the deposits to ••••6789" });
  await deposits.getByLabel("First deposit (cents)").fill("45");
  await deposits.getByLabel("Second deposit (cents)").fill("32");
  await deposits.getByRole("button", { name: "Verify" }).click();
  await expect(worker.page.getByText("••••6789 is verified: you can withdraw to it.")).toBeVisible();
  await worker.page.getByLabel("Amount to withdraw").fill("40.00");
  await worker.page.getByRole("button", { name: "Withdraw" }).click();
  await expect(worker.page.getByText("$40.00 is on its way to your bank account.")).toBeVisible();
  await expect(worker.page.getByTestId("available-USD")).toHaveText("$60.00");
  await expect(worker.page.getByText("In transit")).toBeVisible();
  await checkPage(worker.page, "payments", "06-worker-earnings");
  expect(worker.problems).toEqual([]);

  // Two more approved through the API, paid together from the payables: one request, both paid.
  await apiPost(page.request, "/payments/funding", { amount: 300_00, currency: "USD", method: "wire" });
  for (const title of ["Mount the second lobby TV", "Mount the elevator lobby TV"]) {
    const more = await submittedAssignment(page.request, worker.page.request, workerId, title);
    await apiPost(page.request, `/assignments/${more}/approve`);
  }
  // Approval opens each invoice through the job queue: wait for both, as a person would refresh until they show.
  await expect
    .poll(async () => (await (await page.request.get("/api/v1/invoices?status=open")).json()).items.length, {
      timeout: 60_000,
    })
    .toBe(2);
  await page.reload();
  await expect(page.getByTestId("available-USD")).toHaveText("$390.00");
  await page.getByRole("checkbox", { name: "Choose Mount the second lobby TV to pay" }).check();
  await page.getByRole("checkbox", { name: "Choose Mount the elevator lobby TV to pay" }).check();
  await expect(page.getByText("2 chosen: $220.00")).toBeVisible();
  await page.getByRole("button", { name: "Pay selected" }).click();
  await expect(page.getByText("Paid 2 invoices.")).toBeVisible();
  await expect(page.getByTestId("available-USD")).toHaveText("$170.00");
  await check("07-paid-together");

  // A staff admin finds the company (Companies, by name) and puts it on the enterprise plan: 5 % on new invoices.
  const companyId = (await (await page.request.get("/api/v1/companies/me")).json()).id as string;
  const staff = await openSecondPerson(browser);
  await logIn(staff.page, STAFF_ADMIN.email, STAFF_ADMIN.password);
  await staff.page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await staff.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Companies" }).click();
  const search = staff.page.getByRole("form", { name: "Search companies" });
  await search.getByLabel("Company name or id").fill("lobby screens");
  await search.getByRole("button", { name: "Search" }).click();
  const row = staff.page
    .getByRole("row")
    .filter({ has: staff.page.locator(`a[href="/staff/companies/${companyId}"]`) });
  await expect(row).toContainText("Standard");
  await expect(row).toContainText("10%");
  await expect(row).toContainText("30 days after approval");
  await checkPage(staff.page, "payments", "08-staff-companies");
  await row.getByRole("link", { name: "Lobby Screens Inc" }).click();
  await expect(staff.page.getByRole("heading", { level: 1, name: "Lobby Screens Inc" })).toBeVisible();
  await expect(staff.page.getByTestId("staff-company-plan")).toHaveText("Standard");
  const planForm = staff.page.getByRole("form", { name: "Change the plan" });
  await planForm.getByLabel("Plan", { exact: true }).selectOption("enterprise");
  await expect(planForm).toContainText("will charge 5% instead of 10%");
  // A double click sends at most the same PUT again: one plan, one confirmation.
  await planForm.getByRole("button", { name: "Save plan" }).dblclick();
  await expect(
    staff.page.getByText("Lobby Screens Inc is on the Enterprise plan: a 5% platform fee on every invoice opened"),
  ).toBeVisible();
  await expect(staff.page.getByTestId("staff-company-plan")).toHaveText("Enterprise");
  await expect(staff.page.getByTestId("staff-company-fee")).toContainText("5%");
  // The Money section (the payments domain's staff read) shows the company's own balance after paying.
  const money = staff.page.getByRole("region", { name: "Money" });
  await expect(money.getByTestId("staff-available-USD")).toHaveText("$170.00");
  await checkPage(staff.page, "payments", "09-staff-plan-changed");
  expect((await (await page.request.get("/api/v1/companies/me")).json()).plan).toEqual({
    name: "enterprise",
    feeBasisPoints: 500,
  });
  expect(staff.problems).toEqual([]);
  await staff.context.close();
  await worker.context.close();
});
