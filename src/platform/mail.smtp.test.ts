import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { testApp } from "#test/harness";
import { mailAttempts, sendMail } from "./mail";
import { mailOutbox } from "./tables";

/**
 * Issue 13, Proof: SMTP. A real SMTP server (the `smtp-server` package) listens inside the test; SMTP_URL points the
 * mail.send job at it through nodemailer. Refusals come from the server's own answers (451 temporary, 550 final).
 */
const t = await testApp();
const received: { to: string[]; raw: string }[] = [];
let refuse: { code: number; message: string } | null = null;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onRcptTo(_address, _session, callback) {
    if (refuse) {
      const error = Object.assign(new Error(refuse.message), { responseCode: refuse.code });
      callback(error);
      return;
    }
    callback();
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString() });
      callback();
    });
  },
});
server.listen(0, "127.0.0.1");
await once(server.server, "listening");
const address = server.server.address();
const port = typeof address === "object" && address ? address.port : 0;
process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
afterAll(async () => {
  delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
afterEach(() => {
  refuse = null;
});

const queue = (to: string) =>
  t.db.transaction((tx) =>
    sendMail(tx, t.ctx(), {
      to,
      subject: "A question about your assignment",
      text: "Is there parking?\n\nhttp://localhost:3000/assignments/1 <b>not bold</b>",
    }),
  );
const outbox = async (id: string) => (await t.db.select().from(mailOutbox).where(eq(mailOutbox.id, id)))[0];

describe("mail over SMTP", () => {
  it("delivers a text and an HTML part with List-Unsubscribe to a real SMTP server, once", async () => {
    const to = `${randomUUID()}@example.test`;
    const id = await queue(to);
    await t.runJobs();
    await t.runJobs();
    const mine = received.filter((m) => m.to.includes(to));
    expect(mine).toHaveLength(1);
    const raw = mine[0]?.raw ?? "";
    expect(raw).toMatch(/Content-Type: multipart\/alternative/i);
    expect(raw).toMatch(/Content-Type: text\/plain/i);
    expect(raw).toMatch(/Content-Type: text\/html/i);
    expect(raw).toMatch(/List-Unsubscribe: <http:\/\/localhost:3000\/settings\/notifications>/i);
    expect(raw).toContain("&lt;b&gt;not bold&lt;/b&gt;");
    expect(await outbox(id)).toMatchObject({ status: "sent", attempts: 1, lastError: null });
  });

  it("retries a temporary refusal with backoff, then records the failure with the server's answer", async () => {
    refuse = { code: 451, message: "Try again later" };
    const id = await queue(`${randomUUID()}@example.test`);
    for (let attempt = 1; attempt <= mailAttempts; attempt++) {
      await t.runJobs();
      expect(await outbox(id)).toMatchObject({ attempts: attempt });
      t.clock.advance(60_000 * 2 ** attempt);
    }
    const failed = await outbox(id);
    expect(failed).toMatchObject({ status: "failed", attempts: mailAttempts });
    expect(failed?.lastError).toContain("Try again later");
    await t.runJobs();
    expect((await outbox(id))?.attempts).toBe(mailAttempts);
  });

  it("records a final refusal at once, and delivers a mail that failed before once the server takes it", async () => {
    refuse = { code: 550, message: "No such user" };
    const gone = await queue(`${randomUUID()}@example.test`);
    await t.runJobs();
    expect(await outbox(gone)).toMatchObject({ status: "failed", attempts: 1 });
    expect((await outbox(gone))?.lastError).toContain("No such user");

    refuse = { code: 451, message: "Busy" };
    const to = `${randomUUID()}@example.test`;
    const later = await queue(to);
    await t.runJobs();
    refuse = null;
    t.clock.advance(61_000);
    await t.runJobs();
    expect(await outbox(later)).toMatchObject({ status: "sent", attempts: 2 });
    expect(received.filter((m) => m.to.includes(to))).toHaveLength(1);
  });
});
