import { randomUUID } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { eq, type SQL, sql } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import { z } from "zod";
import { loadConfig } from "./config";
import type { Ctx } from "./context";
import type { Executor } from "./db";
import { defaultMaxAttempts, defineJob, enqueue, type JobArrays, jobArrays, jobsInsert, jobsInsertFrom } from "./jobs";
import { type Params, preparedStatement } from "./prepared";
import { mailOutbox } from "./tables";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Queues an email in the caller's transaction; it leaves only after commit, through the `mail.send` job. */
export async function sendMail(tx: Executor, ctx: Pick<Ctx, "now">, mail: Mail): Promise<string> {
  const [id] = await sendMails(tx, ctx, [mail]);
  if (!id) {
    throw new Error("mail outbox insert returned nothing");
  }
  return id;
}

/** Queues several emails in one statement (the outbox rows and their jobs together), whatever their number. */
export async function sendMails(tx: Executor, ctx: Pick<Ctx, "now">, mails: readonly Mail[]): Promise<string[]> {
  if (mails.length === 0) {
    return [];
  }
  const values = mailArrays(ctx, mails);
  await insertMails(tx, values);
  return values.mailIds;
}

/** The values `mailWrites` reads: one array per column, a mail per index, and the jobs that send them. */
type MailArrays = JobArrays & {
  mailIds: string[];
  mailTo: string[];
  mailSubjects: string[];
  mailTexts: string[];
};

/**
 * The writes sendMails makes, as CTEs with placeholders for its statement built once (prepared.ts): the outbox rows
 * through `unnest` (one text however many mails) and their jobs. The ids
 * are chosen here, so the jobs can name their mail without reading the outbox rows back. No mails: empty arrays,
 * nothing written.
 */
function mailWrites(p: Params<MailArrays>): SQL {
  return sql`"mail_rows" AS (
      INSERT INTO ${mailOutbox} (id, "to", subject, text, created_at)
      SELECT m.id::uuid, m.to, m.subject, m.text, ${p.now}::timestamptz
      FROM unnest(${p.mailIds}::text[], ${p.mailTo}::text[], ${p.mailSubjects}::text[], ${p.mailTexts}::text[])
        AS m(id, "to", subject, text)
    ), "mail_jobs" AS (${jobsInsert(p)})`;
}

/**
 * The same writes for mails a statement chooses itself (notify reads its recipients and their preferences in the
 * statement that writes to them): `source` is a CTE with columns `id` (uuid, chosen there: declare it MATERIALIZED,
 * so each mail's id is drawn once) and `"to"`; every mail has one text, and the statement's `title` (the one line an
 * inbox entry shows) as its subject.
 */
export function mailWritesFrom(source: SQL, p: Params<{ title: string; mailText: string; now: string }>): SQL {
  return sql`"mail_rows" AS (
      INSERT INTO ${mailOutbox} (id, "to", subject, text, created_at)
      SELECT m.id, m."to", ${p.title}, ${p.mailText}, ${p.now}::timestamptz FROM ${source} AS m
    ), "mail_jobs" AS (${jobsInsertFrom(
      sql`SELECT 'mail.send', jsonb_build_object('id', m.id), ${p.now}::timestamptz, 'mail:' || m.id,
        ${sql.raw(String(defaultMaxAttempts))} FROM ${source} AS m`,
      p.now,
    )})`;
}

/** The arrays `mailWrites` reads, from the mails (each gets its id and its `mail.send` job). */
function mailArrays(ctx: Pick<Ctx, "now">, mails: readonly Mail[]): MailArrays {
  const mailIds = mails.map(() => randomUUID());
  return {
    ...jobArrays(
      ctx,
      mailIds.map((id) => ({ name: "mail.send", payload: { id }, key: `mail:${id}` })),
    ),
    mailIds,
    mailTo: mails.map((mail) => mail.to),
    mailSubjects: mails.map((mail) => mail.subject),
    mailTexts: mails.map((mail) => mail.text),
  };
}

const insertMails = preparedStatement<unknown, MailArrays>((p) => sql`WITH ${mailWrites(p)} SELECT 1`);

/**
 * With WORKLANE_MAIL_DIR set, each sent mail is also written there as `<time>-<id>.json`: a mail drop that browser
 * tests (and a developer without log access) read to follow an invitation or reset link.
 */
async function dropMail(mail: Mail & { id: string }, sentAt: Date): Promise<void> {
  const dir = process.env.WORKLANE_MAIL_DIR;
  if (!dir) {
    return;
  }
  await mkdir(dir, { recursive: true });
  const name = `${sentAt.toISOString().replace(/[:.]/g, "-")}-${mail.id}.json`;
  // Written aside, then renamed: a reader polling the folder never sees half a file.
  const partial = path.join(dir, `.${name}.partial`);
  await writeFile(partial, JSON.stringify({ to: mail.to, subject: mail.subject, text: mail.text }));
  await rename(partial, path.join(dir, name));
}

/** How often a mail is tried before the outbox records it failed; the waits double from one minute (1+2+4+8 min). */
export const mailAttempts = 5;

let transports: { url: string; transport: Transporter } | null = null;
function transportFor(url: string): Transporter {
  if (transports?.url !== url) {
    transports = { url, transport: nodemailer.createTransport(url) };
  }
  return transports.transport;
}

const escapeHtml = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** The HTML part: the plain text, escaped, with paragraphs kept and links made clickable. */
export function htmlOf(text: string): string {
  const paragraphs = text.split(/\n{2,}/).map((p) =>
    escapeHtml(p)
      .replaceAll(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`)
      .replaceAll("\n", "<br>"),
  );
  return `<!doctype html><html><body>${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</body></html>`;
}

/** A 5xx answer is the server's final word; anything else (4xx, a dropped connection) may pass on a retry. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === "number" && code >= 500;
}

async function deliverBySmtp(url: string, mail: Mail): Promise<void> {
  const config = loadConfig();
  const from = config.MAIL_FROM ?? `Worklane <no-reply@${new URL(config.publicUrl).hostname}>`;
  await transportFor(url).sendMail({
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: htmlOf(mail.text),
    headers: { "List-Unsubscribe": `<${config.publicUrl}/settings/notifications>` },
  });
}

/**
 * Delivery, after commit. With SMTP_URL through nodemailer: a temporary failure is recorded and tried again later
 * (a new job, so the record of the failure commits), a 5xx or the last attempt marks the mail failed with the
 * server's answer. Without it, the dev transport writes the mail to the structured log, where a developer running
 * `npm start` finds their password-reset link (and to the mail drop, when one is set).
 */
export const mailSendJob = defineJob({
  name: "mail.send",
  payload: z.object({ id: z.uuid() }),
  async run(ctx, { id }) {
    await ctx.transaction(async (tx) => {
      const [mail] = await tx.select().from(mailOutbox).where(eq(mailOutbox.id, id)).for("update");
      if (mail?.status !== "queued") {
        return;
      }
      const smtp = loadConfig().SMTP_URL;
      const attempts = mail.attempts + 1;
      if (!smtp) {
        // Reserved `.example` addresses (RFC 2606: the demo's people) can never receive mail: logged at debug only, so
        // the demo's hundreds of notices do not bury the sign-in details `worklane start --demo` prints (issue 9).
        const level = /\.example$/i.test(mail.to) ? "debug" : "info";
        ctx.log[level]({ mail: { to: mail.to, subject: mail.subject, text: mail.text } }, "mail sent (dev transport)");
        await dropMail(mail, ctx.now);
        await tx.update(mailOutbox).set({ status: "sent", sentAt: ctx.now, attempts }).where(eq(mailOutbox.id, id));
        return;
      }
      try {
        await deliverBySmtp(smtp, mail);
        await tx.update(mailOutbox).set({ status: "sent", sentAt: ctx.now, attempts }).where(eq(mailOutbox.id, id));
      } catch (error) {
        const lastError = String(error instanceof Error ? error.message : error).slice(0, 2000);
        const failed = isPermanent(error) || attempts >= mailAttempts;
        ctx.log.warn({ mail: id, attempts, failed, err: lastError }, "mail delivery failed");
        await tx
          .update(mailOutbox)
          .set({ status: failed ? "failed" : "queued", attempts, lastError })
          .where(eq(mailOutbox.id, id));
        if (!failed) {
          const runAt = new Date(ctx.now.getTime() + 60_000 * 2 ** (attempts - 1));
          await enqueue(tx, ctx, "mail.send", { id }, { key: `mail:${id}:${attempts}`, runAt });
        }
      }
    });
  },
});
