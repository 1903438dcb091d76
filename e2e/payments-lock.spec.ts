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

test.use({ journey: "payments-lock" });

/**
 * Issue 11, item 5: past due, then locked after the grace days, then unlocked at once by paying. Days cannot pass in
 * a browser test, so a staff admin moves the invoice's dates back with the sandbox control (a test server's switch,
 * WORKLANE_SANDBOX_CONTROLS, refused elsewhere); the lock itself is computed from the due dates as in production.
 */
test("an unpaid invoice goes past due, locks the company after the grace days, and paying unlocks it at once", async ({
  page,
  browser,
  check,
}) => {
  test.slow(); // three people on a busy machine
  const worker = await openSecondPerson(browser);
  const workerId = await signUpWorker(worker.page, "Lena Locksmith");
  await signUpClient(page, "Pat Pastdue", "Late Payers LLC");
  const id = await sentThroughApi(page.request, workerId, {
    title: "Rekey the back office locks",
    description:
      "Rekey the three back office door locks to the new master key, test every key twice, and hand the old cores to the store manager.",
    skills: ["Locksmithing"],
    paymentTermsDays: 15,
  });
  await submitThroughApi(worker.page.request, id);

  // The company approves (no funds on the account: nothing pays it automatically) and the invoice opens.
  await page.goto(`/assignments/${id}`);
  await page.getByRole("button", { name: "Approve" }).first().click();
  await page.getByRole("dialog", { name: "Approve this work?" }).getByRole("button", { name: "Approve" }).click();
  await expect(page.getByRole("region", { name: "Payment" })).toContainText("$110.00");
  let invoiceId = "";
  await expect
    .poll(
      async () => {
        const open = (await (await page.request.get("/api/v1/invoices?status=open")).json()).items;
        invoiceId = open[0]?.id ?? "";
        return open.length;
      },
      { timeout: 60_000 },
    )
    .toBe(1);

  // Time passes (sandbox control): 1 day past due, inside the 3 grace days: a warning, not yet a lock.
  const staff = await openSecondPerson(browser);
  await logIn(staff.page, STAFF_ADMIN.email, STAFF_ADMIN.password);
  // The log-in page has the main navigation too: wait until the session exists (the page leaves /login).
  await staff.page.waitForURL((url) => !url.pathname.startsWith("/login"));
  const backdate = (days: number) =>
    apiPost(staff.page.request, `/staff/sandbox/invoices/${invoiceId}/backdate`, { days });
  expect(await backdate(16)).toMatchObject({ pastDue: true, daysLate: 1 });
  await page.goto("/payments");
  const warning = page.getByRole("region", { name: "Invoices past due" });
  await expect(warning).toContainText("1 invoice of $110.00 is past due");
  await expect(warning).toContainText("locks on");
  await check("01-past-due-warning");

  // Past the grace days: every page says the account is locked, and sending is refused.
  expect(await backdate(3)).toMatchObject({ daysLate: 4 });
  const draft = await apiPost(page.request, "/assignments", {
    title: "Rekey the stockroom lock",
    description: "Rekey the stockroom door lock to the new master key and test it with the store manager.",
    locationType: "remote",
    timeZone: "America/Chicago",
    schedule: {
      type: "fixed",
      startsAt: new Date(Date.now() + 72 * 3_600_000).toISOString(),
      endsAt: new Date(Date.now() + 75 * 3_600_000).toISOString(),
    },
    pricing: { type: "flat", amount: 90_00 },
    paymentTermsDays: 15,
  });
  await page.goto(`/assignments/${draft.id}`);
  const locked = page.getByRole("region", { name: "Your company account is locked" });
  await expect(locked).toContainText("more than 3 days past due, so you cannot send assignments");
  await page.getByRole("button", { name: "Send to workers" }).click();
  const send = page.getByRole("dialog", { name: "Send this assignment" });
  await send.getByLabel("Add workers").fill(workerId);
  await send.getByRole("button", { name: "Add", exact: true }).click();
  await expect(send.getByText("Lena Locksmith")).toBeVisible();
  await send.getByRole("button", { name: "Send", exact: true }).click();
  await expect(send).toContainText(/company account is locked/i);
  await check("02-locked-send-refused");
  await send.getByRole("button", { name: "Cancel" }).click();

  // Paying what is past due: funds by wire, then the invoice; the lock lifts at once, no job has to run.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Payments" }).click();
  const funds = page.getByRole("form", { name: "Add funds" });
  await funds.getByLabel("Amount").fill("200.00");
  await funds.getByText("Wire", { exact: true }).click();
  await funds.getByRole("button", { name: "Add funds" }).click();
  await expect(page.getByText("$200.00 was added to your available funds.")).toBeVisible();
  await expect(locked).toBeVisible();
  await page.goto(`/invoices/${invoiceId}`);
  await page.getByRole("button", { name: "Pay $110.00" }).click();
  await expect(page.getByText("The invoice is paid; the worker has the money.")).toBeVisible();
  await expect(locked).toBeHidden();
  await expect(page.getByRole("region", { name: "Invoices past due" })).toBeHidden();
  await check("03-paid-unlocked");

  // And the company can send again.
  await page.goto(`/assignments/${draft.id}`);
  await page.getByRole("button", { name: "Send to workers" }).click();
  // The dialog may still hold the worker chosen before the refusal.
  if (!(await send.getByText("Lena Locksmith").isVisible())) {
    await send.getByLabel("Add workers").fill(workerId);
    await send.getByRole("button", { name: "Add", exact: true }).click();
  }
  await expect(send.getByText("Lena Locksmith")).toBeVisible();
  await send.getByRole("button", { name: "Send", exact: true }).click();
  await expect(send).toBeHidden();
  await expect(page.getByText("Sent", { exact: true }).first()).toBeVisible();

  // The worker was paid when the company paid: a payout account, verified, receives the withdrawal.
  await worker.page.goto("/earnings");
  await expect(worker.page.getByTestId("available-USD")).toHaveText("$100.00");
  await expect(worker.page.getByText("Add a payout account and confirm its two deposits first")).toBeVisible();
  // Withdrawals go only to a verified payout account: add one, confirm the sandbox's two test deposits (0.32, 0.45).
  const bank = worker.page.getByRole("form", { name: "Add a payout account" });
  await bank.getByLabel("Account holder's name").fill("Lena Locksmith");
  await bank.getByLabel("Routing number").fill("110000000");
  await bank.getByLabel("Account number").fill("000123456789");
  await bank.getByRole("button", { name: "Add account" }).click();
  const deposits = worker.page.getByRole("form", { name: "Confirm the deposits to ••••6789" });
  await deposits.getByLabel("First deposit (cents)").fill("45");
  await deposits.getByLabel("Second deposit (cents)").fill("32");
  await deposits.getByRole("button", { name: "Verify" }).click();
  await expect(worker.page.getByText("••••6789 is verified: you can withdraw to it.")).toBeVisible();
  await worker.page.getByLabel("Amount to withdraw").fill("100.00");
  await worker.page.getByRole("button", { name: "Withdraw" }).click();
  await expect(worker.page.getByText("$100.00 is on its way to your bank account.")).toBeVisible();
  await expect(worker.page.getByText("To ••••6789")).toBeVisible();
  await checkPage(worker.page, "payments-lock", "04-worker-payout-account");
  expect(worker.problems).toEqual([]);
  await staff.context.close();
  await worker.context.close();
});
