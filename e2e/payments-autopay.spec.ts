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

test.use({ journey: "payments-autopay" });

/** The one invoice of the assignment, as its reader sees it through the API. */
async function invoiceOf(request: APIRequestContext, assignmentId: string) {
  const listed = await (await request.get(`/api/v1/invoices?assignmentId=${assignmentId}`)).json();
  return listed.items[0] as { id: string; status: string; autoPaid: boolean } | undefined;
}

/**
 * Issue 11, item 4: auto-pay. A funded company with 15-day terms (and secured funds, so the money is committed the
 * moment the worker accepts) approves the work; on the due date the job queue pays the invoice without anyone
 * clicking Pay. Days cannot pass in a browser test, so a staff admin moves the invoice's dates back with the sandbox
 * control (a test server's switch, WORKLANE_SANDBOX_CONTROLS), which also queues the auto-pay run for the new due
 * date; the run itself is the production job. Both sides then see the invoice paid, and the worker's earnings.
 */
test("a funded company's invoice is paid by auto-pay on its due date, and both sides see it paid", async ({
  page,
  browser,
  check,
}) => {
  test.slow(); // three people on a busy machine
  const worker = await openSecondPerson(browser);
  const workerId = await signUpWorker(worker.page, "Ada Autopay");
  await signUpClient(page, "Paul Punctual", "On Time Fixtures Co");

  // Funded first (a wire is available at once), with secured funds on (a setting; set here through the API).
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Payments" }).click();
  const funds = page.getByRole("form", { name: "Add funds" });
  await funds.getByLabel("Amount").fill("200.00");
  await funds.getByText("Wire", { exact: true }).click();
  await funds.getByRole("button", { name: "Add funds" }).click();
  await expect(page.getByText("$200.00 was added to your available funds.")).toBeVisible();
  const settings = await page.request.patch("/api/v1/companies/me/payment-settings", { data: { securedFunds: true } });
  expect(settings.ok(), await settings.text()).toBe(true);

  // 4 hours at most at 50.00: accepting commits 200.00; the worker sees the money is there, then submits 2 hours.
  const id = await sentThroughApi(page.request, workerId, {
    title: "Hang the autumn window displays",
    description:
      "Hang the six autumn window displays from the ceiling track, level each one, and photograph the storefront from the street when done.",
    skills: ["Visual merchandising"],
    paymentTermsDays: 15,
  });
  await submitThroughApi(worker.page.request, id);
  await worker.page.goto(`/assignments/${id}`);
  await expect(worker.page.getByText("Funds secured", { exact: true })).toBeVisible();
  await checkPage(worker.page, "payments-autopay", "01-worker-funds-secured");
  await page.reload();
  await expect(page.getByTestId("available-USD")).toHaveText("$0.00");
  await check("02-client-funds-committed");

  // The company approves; the invoice opens with 15-day terms, and nobody pays it by hand.
  await page.goto(`/assignments/${id}`);
  await page.getByRole("button", { name: "Approve" }).first().click();
  await page.getByRole("dialog", { name: "Approve this work?" }).getByRole("button", { name: "Approve" }).click();
  const payment = page.getByRole("region", { name: "Payment" });
  await expect(payment).toContainText("$110.00");
  await expect(payment).toContainText(/Due in (14 days 23 hours|15 days)/);
  await check("03-approved-invoice-open");
  let invoiceId = "";
  await expect
    .poll(async () => {
      invoiceId = (await invoiceOf(page.request, id))?.id ?? "";
      return invoiceId;
    })
    .not.toBe("");

  // The due date comes (sandbox control: 15 days back, so it is due now); the job queue pays it on its own.
  const staff = await openSecondPerson(browser);
  await logIn(staff.page, STAFF_ADMIN.email, STAFF_ADMIN.password);
  // The log-in page has the main navigation too: wait until the session exists (the page leaves /login).
  await staff.page.waitForURL((url) => !url.pathname.startsWith("/login"));
  const due = await apiPost(staff.page.request, `/staff/sandbox/invoices/${invoiceId}/backdate`, { days: 15 });
  expect(due).toMatchObject({ status: "open", daysLate: 0 });
  await expect.poll(async () => (await invoiceOf(page.request, id))?.status, { timeout: 60_000 }).toBe("paid");
  expect(await invoiceOf(page.request, id)).toMatchObject({ autoPaid: true });

  // The company: the invoice paid by auto-pay, 90.00 back in available (110.00 of the 200.00 committed was spent).
  await page.goto(`/invoices/${invoiceId}`);
  await expect(page.getByText("Paid", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("(auto-pay)")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Pay / })).toHaveCount(0);
  await check("04-invoice-auto-paid");
  await page.goto(`/assignments/${id}`);
  await expect(page.getByRole("region", { name: "Payment" })).toContainText("(auto-pay)");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Payments" }).click();
  await expect(page.getByTestId("available-USD")).toHaveText("$90.00");
  const activity = page.getByRole("region", { name: "Account activity" });
  await expect(activity.getByRole("row").filter({ hasText: "Invoice paid" }).first()).toBeVisible();
  await check("05-client-payments-after");

  // The worker: paid, the 100.00 available, the invoice in their earnings.
  await worker.page.goto(`/assignments/${id}`);
  await expect(worker.page.getByText("Paid", { exact: true }).first()).toBeVisible();
  await worker.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Earnings" }).click();
  await expect(worker.page.getByRole("heading", { level: 1, name: "Earnings" })).toBeVisible();
  await expect(worker.page.getByTestId("available-USD")).toHaveText("$100.00");
  const earned = worker.page.getByRole("table", { name: "Invoices paying you" });
  await expect(earned.getByRole("row").filter({ hasText: "Hang the autumn window displays" })).toContainText("Paid");
  await checkPage(worker.page, "payments-autopay", "06-worker-earnings");

  // The ledger stays whole.
  const checked = await (await staff.page.request.get("/api/v1/staff/ledger/check")).json();
  expect(checked).toMatchObject({ ok: true });
  expect(worker.problems).toEqual([]);
  await staff.context.close();
  await worker.context.close();
});
