import { startReceiver } from "../test/webhook-receiver";
import { signUpClient } from "./assignment-steps";
import { expect, test } from "./support";

test.use({ journey: "webhooks" });

/**
 * Issue 13 item 8, the webhooks page: a company admin adds an endpoint on a receiver this journey starts (it verifies
 * every signature with the Standard Webhooks library), copies the secret shown once, sends a test event, sees it
 * delivered in the log and replays it with the same webhook-id; then rotates the secret, shown once too, after which
 * the page shows only the new secret's last 4 characters.
 */
test("a company admin adds an endpoint, sends a test event, sees it delivered and replays it", async ({
  page,
  check,
}) => {
  const receiver = await startReceiver();
  try {
    await signUpClient(page, "Wren Webhooks", "Hooks & Co");
    await page.goto("/company/profile");
    await page.getByRole("link", { name: "Webhooks" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
    await expect(page.getByText("No endpoints yet.")).toBeVisible();
    await check("01-empty");

    const form = page.getByRole("region", { name: "Add an endpoint" });
    await form.getByLabel("Endpoint URL").fill(receiver.url);
    await form.getByLabel("Description").fill("Our ERP");
    await form.getByLabel("assignment.approved").check();
    await form.getByLabel("invoice.paid").check();
    // Escalation cases: the steps both parties see; the team's private notes are not offered.
    const cases = form.getByRole("group", { name: "Escalation cases" });
    await expect(cases.getByRole("checkbox")).toHaveCount(10);
    await expect(form.getByLabel("escalation.note_added")).toHaveCount(0);
    await cases.getByLabel("escalation.opened").check();
    await form.getByRole("button", { name: "Add endpoint" }).click();
    const secret = (await page.getByTestId("webhook-secret").textContent()) ?? "";
    expect(secret).toMatch(/^whsec_/);
    receiver.acceptSecret(secret);
    await expect(page.getByText("it will not be shown again")).toBeVisible();
    await expect(page.getByRole("button", { name: "Copy secret" })).toBeVisible();
    await check("02-secret-shown-once");
    await page.getByRole("button", { name: "I have stored it safely" }).click();
    await expect(page.getByTestId("webhook-secret")).toHaveCount(0);

    // Afterwards only its last 4 characters, whatever the page reads.
    const endpoints = page.getByRole("region", { name: "Endpoints" });
    await expect(endpoints.getByText("assignment.approved, invoice.paid, escalation.opened")).toBeVisible();
    await expect(endpoints.getByTestId("webhook-secret-hint")).toHaveText(`…${secret.slice(-4)}`);
    expect(await page.content()).not.toContain(secret.slice("whsec_".length));
    await endpoints.getByRole("button", { name: `Deliveries of ${receiver.url}` }).click();
    const log = page.getByRole("region", { name: `Deliveries to ${receiver.url}` });
    await expect(log.getByText("Nothing was sent to this endpoint yet.")).toBeVisible();
    await log.getByRole("button", { name: "Send test event" }).click();
    await expect(log.getByRole("row").filter({ hasText: "webhook.test" })).toContainText("Delivered");
    await expect(log.getByRole("row").filter({ hasText: "webhook.test" })).toContainText("HTTP 204");
    expect(receiver.received.map((r) => [r.type, r.verified])).toEqual([["webhook.test", true]]);
    await log.getByText("Details").click();
    await expect(log.getByText(`webhook-id: ${receiver.received[0]?.id}`, { exact: true })).toBeVisible();
    await check("03-test-delivered");

    await log.getByRole("button", { name: "Replay webhook.test delivery" }).click();
    await expect.poll(() => receiver.received.length).toBe(2);
    expect(receiver.received[1]).toMatchObject({ id: receiver.received[0]?.id, verified: true });
    await expect(log.getByText(/replay · HTTP 204/)).toBeVisible();
    await check("04-replayed");

    // Rotating shows the new secret once, then its hint; the old one is gone from the page.
    await endpoints.getByRole("button", { name: `Rotate secret of ${receiver.url}` }).click();
    const rotated = (await page.getByTestId("webhook-secret").textContent()) ?? "";
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(secret);
    await expect(page.getByText("it will not be shown again")).toBeVisible();
    await page.getByRole("button", { name: "I have stored it safely" }).click();
    await expect(page.getByTestId("webhook-secret")).toHaveCount(0);
    await expect(endpoints.getByTestId("webhook-secret-hint")).toHaveText(`…${rotated.slice(-4)}`);
    await page.reload();
    await expect(endpoints.getByTestId("webhook-secret-hint")).toHaveText(`…${rotated.slice(-4)}`);
    const html = await page.content();
    expect(html).not.toContain(rotated.slice("whsec_".length));
    expect(html).not.toContain(secret.slice("whsec_".length));
    await check("05-rotated-hint-only");
  } finally {
    await receiver.close();
  }
});
