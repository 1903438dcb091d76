import { eq } from "drizzle-orm";
import { z } from "zod";
import { newToken, sha256 } from "#platform/crypto";
import { recordEvent } from "#platform/history";
import { defineJob } from "#platform/jobs";
import { sendMail } from "#platform/mail";
import { passwordResets, users } from "./tables";

export const RESET_TTL_MS = 60 * 60_000;

/**
 * The work behind "email me a reset link", done after the answer: the request only queues this job, so it costs the
 * same whether or not the email has an account and its timing reveals nothing (issue 7).
 */
export const passwordResetJob = defineJob({
  name: "accounts.password-reset",
  payload: z.object({ email: z.string(), publicUrl: z.string() }),
  async run(ctx, { email, publicUrl }) {
    await ctx.transaction(async (tx) => {
      const [user] = await tx.select().from(users).where(eq(users.email, email));
      if (!user || user.suspendedAt) {
        return;
      }
      const token = newToken();
      await tx.insert(passwordResets).values({
        userId: user.id,
        tokenHash: sha256(token),
        createdAt: ctx.now,
        expiresAt: new Date(ctx.now.getTime() + RESET_TTL_MS),
      });
      await sendMail(tx, ctx, {
        to: user.email,
        subject: "Reset your Worklane password",
        text: [
          `Hello ${user.name},`,
          "",
          "Someone asked to reset the password of your Worklane account. If it was you, open this link within an hour:",
          `${publicUrl}/reset-password?token=${token}`,
          "",
          "Choosing a new password logs out every session of your account, stops every other reset link, and revokes",
          "all your API keys: programs that use them stop working until you make new keys on the API keys page:",
          `${publicUrl}/settings/api-keys`,
          "",
          "If it was not you, ignore this email: your password stays as it is.",
        ].join("\n"),
      });
      await recordEvent(tx, ctx, { action: "user.password_reset_requested", subject: { type: "user", id: user.id } });
    });
  },
});

export const jobs = [passwordResetJob];
