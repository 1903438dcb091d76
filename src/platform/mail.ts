import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Ctx } from "./context";
import type { Executor } from "./db";
import { defineJob, enqueue } from "./jobs";
import { mailOutbox } from "./tables";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Queues an email in the caller's transaction; it leaves only after commit, through the `mail.send` job. */
export async function sendMail(tx: Executor, ctx: Pick<Ctx, "now">, mail: Mail): Promise<string> {
  const [row] = await tx
    .insert(mailOutbox)
    .values({ ...mail, createdAt: ctx.now })
    .returning({ id: mailOutbox.id });
  if (!row) {
    throw new Error("mail outbox insert returned nothing");
  }
  await enqueue(tx, ctx, "mail.send", { id: row.id }, { key: `mail:${row.id}` });
  return row.id;
}

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
  await writeFile(path.join(dir, name), JSON.stringify({ to: mail.to, subject: mail.subject, text: mail.text }));
}

/**
 * Delivery. Until an SMTP transport is configured (a later issue), the dev transport writes the mail to the
 * structured log, which is where a developer running `npm start` finds their password-reset link (and to the mail
 * drop, when one is set).
 */
export const mailSendJob = defineJob({
  name: "mail.send",
  payload: z.object({ id: z.uuid() }),
  async run(ctx, { id }) {
    await ctx.transaction(async (tx) => {
      const [mail] = await tx.select().from(mailOutbox).where(eq(mailOutbox.id, id)).for("update");
      if (!mail || mail.status === "sent") {
        return;
      }
      ctx.log.info({ mail: { to: mail.to, subject: mail.subject, text: mail.text } }, "mail sent (dev transport)");
      await dropMail(mail, ctx.now);
      await tx.update(mailOutbox).set({ status: "sent", sentAt: ctx.now }).where(eq(mailOutbox.id, id));
    });
  },
});
