import { and, eq, isNull } from "drizzle-orm";
import { userActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import { alwaysSentTypes, type MarkRead, type PreferenceList, type UpdatePreferences } from "./contract";
import { preferencesOf, unreadCount } from "./steps";
import { notificationPreferences, notifications } from "./tables";

/** POST /notifications/read: one of the caller's notifications, or all of them; reading twice changes nothing. */
export async function markRead(ctx: Ctx, input: MarkRead) {
  const { userId } = userActor(ctx);
  return ctx.transaction(async (tx) => {
    const mine = eq(notifications.userId, userId);
    if ("id" in input) {
      const [found] = await tx
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(mine, eq(notifications.id, input.id)));
      if (!found) {
        throw new Problem("not_found", "No notification with this id is yours.", { subjectType: "notification" });
      }
    }
    const marked = await tx
      .update(notifications)
      .set({ readAt: ctx.now })
      .where(and(mine, isNull(notifications.readAt), "id" in input ? eq(notifications.id, input.id) : undefined))
      .returning({ id: notifications.id });
    if (marked.length > 0) {
      await recordEvent(tx, ctx, {
        action: "notifications.read",
        subject: { type: "user", id: userId },
        data: "id" in input ? { notificationId: input.id } : { all: true, count: marked.length },
      });
    }
    return { marked: marked.length, unreadCount: await unreadCount(tx, userId) };
  });
}

/** PUT /notification-preferences: the types given change, the rest keep their choice; answers every type. */
export async function updatePreferences(ctx: Ctx, input: UpdatePreferences): Promise<PreferenceList> {
  const { userId } = userActor(ctx);
  return ctx.transaction(async (tx) => {
    const before = await preferencesOf(tx, userId);
    const locked = input.preferences.findIndex((p) => alwaysSentTypes.includes(p.type));
    if (locked >= 0) {
      throw new Problem("validation_failed", "Trust & Safety notices are always sent; they cannot be changed.", {}, [
        { pointer: `/body/preferences/${locked}/type`, message: "This notice is always sent." },
      ]);
    }
    for (const p of input.preferences) {
      const values = {
        inApp: p.channel === "in_app" || p.channel === "both",
        email: p.channel === "email" || p.channel === "both",
        digest: p.digest,
        updatedAt: ctx.now,
      };
      await tx
        .insert(notificationPreferences)
        .values({ userId, type: p.type, ...values })
        .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.type], set: values });
    }
    const after = await preferencesOf(tx, userId);
    await recordEvent(tx, ctx, {
      action: "notification_preferences.updated",
      subject: { type: "user", id: userId },
      data: {
        before: before.items.filter((b) => input.preferences.some((p) => p.type === b.type)),
        after: input.preferences,
      },
    });
    return after;
  });
}
