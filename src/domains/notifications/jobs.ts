import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import { users } from "#domains/accounts/tables";
import { defineJob, type JobHandler } from "#platform/jobs";
import { sendMail } from "#platform/mail";
import { absolute } from "./steps";
import { digestItems } from "./tables";

/**
 * The daily digest: everyone with emails waiting (types they chose `digest` for) gets one email listing them, and
 * the items are stamped sent in the same transaction, so a retry never sends one twice.
 */
const sendDigests = defineJob({
  name: "notifications.send-digests",
  payload: z.object({}),
  everySeconds: 86_400,
  async run(ctx) {
    await ctx.transaction(async (tx) => {
      const pending = await tx
        .select({ item: digestItems, email: users.email })
        .from(digestItems)
        .innerJoin(users, eq(users.id, digestItems.userId))
        .where(and(isNull(digestItems.sentAt), isNull(users.suspendedAt)))
        .orderBy(asc(digestItems.userId), asc(digestItems.createdAt))
        .limit(5_000)
        .for("update", { of: digestItems, skipLocked: true });
      const byPerson = new Map<string, typeof pending>();
      for (const row of pending) {
        byPerson.set(row.email, [...(byPerson.get(row.email) ?? []), row]);
      }
      for (const [email, rows] of byPerson) {
        const lines = rows.map(
          ({ item }) => `• ${item.title}\n  ${item.body.split("\n")[0]}\n  ${absolute(item.link)}`,
        );
        await sendMail(tx, ctx, {
          to: email,
          subject: `Your Worklane digest: ${rows.length} update${rows.length === 1 ? "" : "s"}`,
          text: lines.join("\n\n"),
        });
      }
      if (pending.length > 0) {
        await tx
          .update(digestItems)
          .set({ sentAt: ctx.now })
          .where(
            inArray(
              digestItems.id,
              pending.map((p) => p.item.id),
            ),
          );
      }
    });
  },
});

export const jobs: JobHandler[] = [sendDigests];
