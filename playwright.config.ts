import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";
import { STAFF_ADMIN, STAFF_TRUST } from "./e2e/staff-account";

/**
 * Browser journeys against the real app: a fresh embedded database (PGlite) in a temp dir, a free port, and
 * Debian's chromium. Workers re-read this file, so the port and data dir chosen by the main process travel to
 * them through the environment.
 */
function freePort(): string {
  const script =
    "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return execFileSync(process.execPath, ["-e", script]).toString().trim();
}

process.env.WORKLANE_E2E_PORT ??= freePort();
process.env.WORKLANE_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), "worklane-e2e-"));
// Its own web bundle too: a build empties its folder first, which would break another run's pages mid-test.
process.env.WORKLANE_E2E_WEB_DIR ??= mkdtempSync(join(tmpdir(), "worklane-e2e-web-"));
// The server's mail drop: journeys read invitation and reset links from it (e2e/support.ts mailTo).
process.env.WORKLANE_E2E_MAIL_DIR ??= mkdtempSync(join(tmpdir(), "worklane-e2e-mail-"));
// Playwright empties its output folder when a run starts; one folder per run keeps parallel runs (several
// engineers on one machine) from deleting each other's traces.
process.env.WORKLANE_E2E_RUN ??= new Date().toISOString().replace(/[:.]/g, "-");
const port = process.env.WORKLANE_E2E_PORT;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: `test-results/e2e/${process.env.WORKLANE_E2E_RUN}`,
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Budgets for a loaded machine (CI beside the PostgreSQL suite and other work, 2 cores shared): the lifecycle
  // journey took 3.9 min at a load average of 11, 7 min at 15-20 and over 10 min at 24, with single answers taking
  // several seconds. They only bound a hang; each step still waits for what a person would wait for (a message, a
  // row, a state), never for a fixed time.
  timeout: 900_000,
  expect: { timeout: 20_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]],
  use: {
    baseURL,
    viewport: { width: 1280, height: 900 },
    timezoneId: "America/Chicago",
    locale: "en-US",
    trace: "retain-on-failure",
    // A click or a page load that cannot happen fails within a minute with its locator named, instead of waiting out
    // the whole journey's budget.
    actionTimeout: 60_000,
    navigationTimeout: 60_000,
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    // Staff accounts exist only through the CLI; it runs first on the same fresh data dir, then the server starts.
    command: [
      `node bin/worklane.js staff create --role admin --email ${STAFF_ADMIN.email} --password '${STAFF_ADMIN.password}'`,
      `node bin/worklane.js staff create --role trust_safety --email ${STAFF_TRUST.email} --password '${STAFF_TRUST.password}'`,
      "node bin/worklane.js start --rebuild",
    ].join(" && "),
    url: `${baseURL}/health`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: port,
      HOST: "127.0.0.1",
      PUBLIC_URL: baseURL,
      WORKLANE_DATA_DIR: process.env.WORKLANE_E2E_DATA_DIR,
      WORKLANE_WEB_DIR: process.env.WORKLANE_E2E_WEB_DIR,
      WORKLANE_MAIL_DIR: process.env.WORKLANE_E2E_MAIL_DIR,
      LOG_LEVEL: "silent",
      JOB_POLL_MS: "200",
      // The journeys sign up about 45 people from 127.0.0.1 within the hour; the default (20 per source and hour)
      // would refuse the later ones, as it would refuse a bot.
      WORKLANE_SIGNUPS_PER_HOUR: "1000",
      // The webhooks journey's receiver listens on 127.0.0.1, which the SSRF guard refuses by default.
      WORKLANE_WEBHOOKS_ALLOW_PRIVATE: "true",
      // The payments-lock journey backdates an invoice to see past due and the lock (payments/actions/backdate-invoice).
      WORKLANE_SANDBOX_CONTROLS: "true",
    },
  },
});
