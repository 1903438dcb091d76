import { describe, expect, it } from "vitest";
import { call, client, eventsOf, PASSWORD, type Session, teammate } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();

function changeRole(as: Session, target: Session, role: string) {
  return call(t, as, { method: "PATCH", url: `/api/v1/members/${target.me.id}`, payload: { role } });
}

function remove(as: Session, target: Session) {
  return call(t, as, { method: "POST", url: `/api/v1/members/${target.me.id}/remove` });
}

async function roleOf(admin: Session, member: Session) {
  const members = await call(t, admin, { method: "GET", url: "/api/v1/members" });
  return members.json().items.find((m: { userId: string }) => m.userId === member.me.id)?.role;
}

describe("PATCH /api/v1/members/:userId", () => {
  it("lets an admin change a role, which takes effect on the member's next request", async () => {
    const admin = await client(t);
    const viewer = await teammate(t, admin, "viewer");
    const changed = await changeRole(admin, viewer, "manager");
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ userId: viewer.me.id, role: "manager" });
    const me = await call(t, viewer, { method: "GET", url: "/api/v1/me" });
    expect(me.json().company.role).toBe("manager");
    const history = await eventsOf(t, admin.me.company?.id ?? "");
    expect(history.at(-1)).toMatchObject({
      action: "company.member_role_changed",
      actorId: admin.me.id,
      data: { userId: viewer.me.id, before: "viewer", after: "manager" },
    });
  });

  it.each(["manager", "finance", "viewer"] as const)("refuses a %s with 403 and changes nothing", async (role) => {
    const admin = await client(t);
    const member = await teammate(t, admin, role);
    const other = await teammate(t, admin, "viewer");
    const response = await changeRole(member, other, "admin");
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe("forbidden");
    expect(await roleOf(admin, other)).toBe("viewer");
  });

  it("hides a member of another company behind 404", async () => {
    const admin = await client(t);
    const stranger = await client(t);
    const viewer = await teammate(t, admin, "viewer");
    const response = await changeRole(stranger, viewer, "admin");
    expect(response.statusCode).toBe(404);
    expect(await roleOf(admin, viewer)).toBe("viewer");
  });

  it("refuses to demote the last admin with 409 last_admin", async () => {
    const admin = await client(t);
    const response = await changeRole(admin, admin, "viewer");
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("last_admin");
    expect(await roleOf(admin, admin)).toBe("admin");
  });

  it("lets one of two admins step down, but not the second", async () => {
    const admin = await client(t);
    const second = await teammate(t, admin, "admin");
    expect((await changeRole(second, second, "manager")).statusCode).toBe(200);
    const response = await changeRole(admin, admin, "manager");
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("last_admin");
  });

  it("leaves at least one admin when two admins demote each other at the same time", async () => {
    const alice = await client(t);
    const bob = await teammate(t, alice, "admin");
    const results = await Promise.all([changeRole(alice, bob, "viewer"), changeRole(bob, alice, "viewer")]);
    const codes = results.map((r) => r.statusCode);
    const admins = (await call(t, alice, { method: "GET", url: "/api/v1/members" }))
      .json()
      .items.filter((m: { role: string }) => m.role === "admin");
    expect(admins.length).toBeGreaterThanOrEqual(1);
    // Either one demotion wins and the other is refused (409 last_admin, or 403 because its author just lost admin).
    expect(codes).toContain(200);
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
  });
});

describe("POST /api/v1/members/:userId/remove", () => {
  it("removes a member, who can no longer log in or use their session", async () => {
    const admin = await client(t);
    const manager = await teammate(t, admin, "manager");
    const response = await remove(admin, manager);
    expect(response.statusCode, response.body).toBe(200);
    const me = await call(t, manager, { method: "GET", url: "/api/v1/me" });
    expect(me.statusCode).toBe(401);
    const login = await t.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: manager.me.email, password: PASSWORD },
    });
    expect(login.statusCode).toBe(403);
    expect(login.json().code).toBe("account_suspended");
    expect(await roleOf(admin, manager)).toBeUndefined();
    expect((await eventsOf(t, admin.me.company?.id ?? "")).at(-1)).toMatchObject({
      action: "company.member_removed",
      data: { userId: manager.me.id, role: "manager" },
    });
  });

  it("refuses to remove the last admin with 409 last_admin", async () => {
    const admin = await client(t);
    const response = await remove(admin, admin);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("last_admin");
  });

  it("does not count a removed admin: the remaining admin is the last one", async () => {
    const admin = await client(t);
    const second = await teammate(t, admin, "admin");
    expect((await remove(admin, second)).statusCode).toBe(200);
    const demote = await changeRole(admin, admin, "viewer");
    expect(demote.statusCode).toBe(409);
    expect(demote.json().code).toBe("last_admin");
    const removeSelf = await remove(admin, admin);
    expect(removeSelf.statusCode).toBe(409);
  });

  it("refuses a manager with 403 and hides other companies' members behind 404", async () => {
    const admin = await client(t);
    const manager = await teammate(t, admin, "manager");
    const viewer = await teammate(t, admin, "viewer");
    expect((await remove(manager, viewer)).statusCode).toBe(403);
    const stranger = await client(t);
    expect((await remove(stranger, viewer)).statusCode).toBe(404);
    expect(await roleOf(admin, viewer)).toBe("viewer");
  });
});
