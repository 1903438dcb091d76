import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mailOutbox } from "#platform/tables";
import { call, eventsOf, postingClient, readyWorker, type Session, sentAssignment } from "#test/given";
import { testApp } from "#test/harness";
import { notify } from "./steps";
import { notificationPreferences } from "./tables";

const t = await testApp();

const put = (as: Session, preferences: unknown[]) =>
  call(t, as, { method: "PUT", url: "/api/v1/notification-preferences", payload: { preferences } });
const ask = (as: Session, id: string, body: string) =>
  call(t, as, { method: "POST", url: `/api/v1/assignments/${id}/messages`, payload: { kind: "question", body } });
const mailsTo = async (as: Session) =>
  t.db.select().from(mailOutbox).where(eq(mailOutbox.to, as.me.email.toLowerCase()));
const unread = async (as: Session) =>
  (await call(t, as, { method: "GET", url: "/api/v1/notifications" })).json().unreadCount as number;

describe("notification preferences", () => {
  it("defaults every type to both, lists security emails locked, and keeps what each person chose", async () => {
    const owner = await postingClient(t);
    const got = await call(t, owner, { method: "GET", url: "/api/v1/notification-preferences" });
    expect(got.statusCode, got.body).toBe(200);
    const items = got.json().items as { type: string; channel: string; locked: boolean }[];
    expect(items.find((p) => p.type === "question.asked")).toMatchObject({ channel: "both", digest: false });
    expect(items.find((p) => p.type === "security")).toMatchObject({ channel: "email", locked: true });

    const changed = await put(owner, [{ type: "question.asked", channel: "in_app" }]);
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().items.find((p: { type: string }) => p.type === "question.asked").channel).toBe("in_app");
    expect((await eventsOf(t, owner.me.id)).map((e) => e.action)).toContain("notification_preferences.updated");
    expect((await put(owner, [{ type: "security", channel: "none" }])).json().code).toBe("validation_failed");
    expect((await put(owner, [])).statusCode).toBe(400);
  });

  it("always sends Trust & Safety notices: locked in the list, refused on change, delivered whatever a row says", async () => {
    const ann = await readyWorker(t);
    const got = await call(t, ann, { method: "GET", url: "/api/v1/notification-preferences" });
    expect(got.json().items.find((p: { type: string }) => p.type === "moderation.notice")).toMatchObject({
      channel: "both",
      digest: false,
      locked: true,
    });
    const refused = await put(ann, [{ type: "moderation.notice", channel: "none" }]);
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().errors[0].pointer).toBe("/body/preferences/0/type");
    // A row written before the type was locked (or by hand) does not silence it.
    await t.db.insert(notificationPreferences).values({
      userId: ann.me.id,
      type: "moderation.notice",
      inApp: false,
      email: false,
      digest: true,
      updatedAt: new Date(),
    });
    const before = { mails: (await mailsTo(ann)).length, unread: await unread(ann) };
    await t.db.transaction((tx) =>
      notify(tx, t.ctx(), {
        userIds: [ann.me.id],
        type: "moderation.notice",
        title: "A restriction on your account",
        text: "Rule CVG-1.2. You may appeal.",
        link: "/sanctions",
      }),
    );
    expect(await unread(ann)).toBe(before.unread + 1);
    expect(await mailsTo(ann)).toHaveLength(before.mails + 1);
  });

  it("delivers as chosen: in-app only, email only, neither, or a daily digest", async () => {
    const owner = await postingClient(t);
    const ann = await readyWorker(t);
    const sent = await sentAssignment(t, owner, [ann]);
    const baseline = (await mailsTo(owner)).length;

    await put(owner, [{ type: "question.asked", channel: "in_app" }]);
    await ask(ann, sent.id, "One?");
    expect(await unread(owner)).toBe(1);
    expect(await mailsTo(owner)).toHaveLength(baseline);

    await put(owner, [{ type: "question.asked", channel: "none" }]);
    await ask(ann, sent.id, "Two?");
    expect(await unread(owner)).toBe(1);
    expect(await mailsTo(owner)).toHaveLength(baseline);

    await put(owner, [{ type: "question.asked", channel: "email" }]);
    await ask(ann, sent.id, "Three?");
    expect(await unread(owner)).toBe(1);
    expect((await mailsTo(owner)).map((m) => m.subject)).toContain(`Question: ${sent.title}`);

    await put(owner, [{ type: "question.asked", channel: "both", digest: true }]);
    const before = (await mailsTo(owner)).length;
    await ask(ann, sent.id, "Four?");
    await ask(ann, sent.id, "Five?");
    expect(await mailsTo(owner)).toHaveLength(before);
    expect(await unread(owner)).toBe(3);
    await t.runJobs();
    const digests = (await mailsTo(owner)).filter((m) => m.subject.startsWith("Your Worklane digest"));
    expect(digests).toHaveLength(1);
    expect(digests[0]?.text).toContain("Four?");
    expect(digests[0]?.text).toContain("Five?");
    await t.runJobs();
    expect((await mailsTo(owner)).filter((m) => m.subject.startsWith("Your Worklane digest"))).toHaveLength(1);
  });
});
