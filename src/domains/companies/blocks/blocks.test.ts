import { describe, expect, it } from "vitest";
import {
  acceptAllPolicies,
  act,
  assignedAssignment,
  call,
  client,
  draftAssignment,
  eventsOf,
  postingClient,
  readyWorker,
  type Session,
  sentAssignment,
  staffMember,
  teammate,
  worker,
} from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();

const block = (as: Session, payload: Record<string, unknown>) =>
  call(t, as, { method: "POST", url: "/api/v1/blocks", payload });
const list = (as: Session) => call(t, as, { method: "GET", url: "/api/v1/blocks" });
const unblock = (as: Session, id: string) => call(t, as, { method: "DELETE", url: `/api/v1/blocks/${id}` });
const companyOf = (as: Session) => as.me.company?.id ?? "";
const post = (as: Session, url: string, payload?: Record<string, unknown>) =>
  call(t, as, { method: "POST", url, payload });

/** Each side blocking the other, by turns: the refusals must be the same whichever side blocked. */
const sides = [
  { name: "the worker blocked the company", by: (c: Session, w: Session) => block(w, { companyId: companyOf(c) }) },
  { name: "the company blocked the worker", by: (c: Session, w: Session) => block(c, { workerId: w.me.id }) },
] as const;

describe("POST /api/v1/blocks", () => {
  it("blocks once per side: a repeat answers the same block (200, no second event); each side lists only its own", async () => {
    const company = await client(t);
    const wren = await worker(t);
    const first = await block(wren, { companyId: companyOf(company) });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      blockedBy: "worker",
      company: { id: companyOf(company) },
      worker: { id: wren.me.id },
    });
    const again = await block(wren, { companyId: companyOf(company) });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    expect((await eventsOf(t, first.json().id)).map((e) => e.action)).toEqual(["block.created"]);
    expect((await list(wren)).json().items.map((b: { id: string }) => b.id)).toEqual([first.json().id]);
    // The company never reads the worker's block, neither in its list nor in the block's history.
    expect((await list(company)).json().items).toEqual([]);
    const history = await call(t, company, { method: "GET", url: `/api/v1/events?subject=block:${first.json().id}` });
    expect(history.statusCode).toBe(404);
    const own = await call(t, wren, { method: "GET", url: `/api/v1/events?subject=block:${first.json().id}` });
    expect(own.statusCode).toBe(200);
  });

  it("lets company admins and managers block; finance, viewers and staff are refused; the body must fit the caller", async () => {
    const admin = await client(t);
    const wren = await worker(t);
    const manager = await teammate(t, admin, "manager");
    expect((await block(manager, { workerId: wren.me.id })).statusCode).toBe(201);
    for (const role of ["finance", "viewer"] as const) {
      const member = await teammate(t, admin, role);
      expect((await block(member, { workerId: wren.me.id })).json().code).toBe("forbidden");
      // Every member reads the company's list.
      expect((await list(member)).json().items).toHaveLength(1);
    }
    expect((await block(await staffMember(t), { workerId: wren.me.id })).statusCode).toBe(403);
    const wrongField = await block(admin, { companyId: companyOf(admin) });
    expect(wrongField.json()).toMatchObject({ code: "validation_failed", errors: [{ pointer: "/body/workerId" }] });
    expect((await block(wren, { workerId: wren.me.id })).json().code).toBe("validation_failed");
    expect((await block(wren, {})).statusCode).toBe(400);
    expect((await block(admin, { workerId: admin.me.id })).json().errors[0].pointer).toBe("/body/workerId");
  });
});

describe("DELETE /api/v1/blocks/{id}", () => {
  it("lifts the block for the side that made it; again is the same answer; the other side and strangers get 404", async () => {
    const company = await client(t);
    const wren = await worker(t);
    const made = (await block(company, { workerId: wren.me.id })).json();
    expect((await unblock(wren, made.id)).statusCode).toBe(404);
    expect((await unblock(await client(t), made.id)).statusCode).toBe(404);
    expect((await unblock(await teammate(t, company, "viewer"), made.id)).statusCode).toBe(403);
    expect((await unblock(company, made.id)).statusCode).toBe(200);
    expect((await unblock(company, made.id)).statusCode).toBe(200);
    expect((await eventsOf(t, made.id)).map((e) => e.action)).toEqual(["block.created", "block.removed"]);
    expect((await list(company)).json().items).toEqual([]);
    // Blocking again after lifting makes a new block.
    expect((await block(company, { workerId: wren.me.id })).statusCode).toBe(201);
  });
});

describe("a blocked pair", () => {
  for (const side of sides) {
    describe(side.name, () => {
      it("cannot be sent or invited (403 blocked, pointing at the worker), and the company's other workers still can", async () => {
        const owner = await postingClient(t);
        const [wren, ash] = [await readyWorker(t), await readyWorker(t)];
        expect((await side.by(owner, wren)).statusCode).toBe(201);
        const draft = await draftAssignment(t, owner);
        const sent = await post(owner, `/api/v1/assignments/${draft.id}/send`, { workerIds: [ash.me.id, wren.me.id] });
        expect(sent.statusCode).toBe(403);
        expect(sent.json()).toMatchObject({ code: "blocked", errors: [{ pointer: "/body/workerIds/1" }] });
        expect(sent.json().detail).not.toMatch(/you blocked|blocked you|blocked your/i);
        await act(t, owner, draft.id, "send", { workerIds: [ash.me.id] });
        const added = await post(owner, `/api/v1/assignments/${draft.id}/recipients`, { workerIds: [wren.me.id] });
        expect(added.json().code).toBe("blocked");
      });

      it("cannot accept or apply to work sent before the block, and the worker's inbox leaves it out until unblocked", async () => {
        const owner = await postingClient(t);
        const wren = await readyWorker(t);
        const first = await sentAssignment(t, owner, [wren]);
        const byApplication = await sentAssignment(t, owner, [wren], { routingMode: "applications" });
        const made = await side.by(owner, wren);
        const inbox = async () =>
          (await call(t, wren, { method: "GET", url: "/api/v1/assignments/inbox" }))
            .json()
            .items.map((i: { id: string }) => i.id);
        expect(await inbox()).toEqual([]);
        expect((await post(wren, `/api/v1/assignments/${first.id}/accept`)).json().code).toBe("blocked");
        const applied = await post(wren, `/api/v1/assignments/${byApplication.id}/apply`, { message: "Me" });
        expect(applied.json().code).toBe("blocked");
        const blocker = made.json().blockedBy === "worker" ? wren : owner;
        expect((await unblock(blocker, made.json().id)).statusCode).toBe(200);
        expect((await inbox()).sort()).toEqual([first.id, byApplication.id].sort());
        await act(t, wren, first.id, "accept");
      });

      it("cannot choose an application made before the block", async () => {
        const owner = await postingClient(t);
        const wren = await readyWorker(t);
        const sent = await sentAssignment(t, owner, [wren], { routingMode: "applications" });
        await act(t, wren, sent.id, "apply", { message: "Me" });
        await side.by(owner, wren);
        const view = (await call(t, owner, { method: "GET", url: `/api/v1/assignments/${sent.id}` })).json();
        const select = await post(
          owner,
          `/api/v1/assignments/${sent.id}/applications/${view.applications[0].id}/select`,
        );
        expect(select.json().code).toBe("blocked");
        const after = (await call(t, owner, { method: "GET", url: `/api/v1/assignments/${sent.id}` })).json();
        expect(after.status).toBe("sent");
      });

      it("cannot message or make requests on work already assigned, either way", async () => {
        const { owner, assignee, assignment } = await assignedAssignment(t);
        const url = `/api/v1/assignments/${assignment.id}/messages`;
        expect((await post(assignee, url, { kind: "message", body: "Before" })).statusCode).toBe(201);
        await side.by(owner, assignee);
        expect((await post(assignee, url, { kind: "message", body: "Hello?" })).json().code).toBe("blocked");
        expect((await post(owner, url, { kind: "message", body: "Hello?" })).json().code).toBe("blocked");
        // An internal note stays inside the company: no worker reads it.
        expect((await post(owner, url, { kind: "note", body: "Blocked them." })).statusCode).toBe(201);
        const requests = `/api/v1/assignments/${assignment.id}/requests`;
        const bonus = await post(owner, requests, { kind: "bonus", amount: 1_000, reason: "Thanks" });
        expect(bonus.json().code).toBe("blocked");
        const more = await post(assignee, requests, { kind: "expense", amount: 1_000, reason: "Parts" });
        expect(more.json().code).toBe("blocked");
      });
    });
  }

  it("accepting a request made before the block is refused", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const requests = `/api/v1/assignments/${assignment.id}/requests`;
    const made = await post(assignee, requests, { kind: "expense", amount: 1_000, reason: "Parts" });
    expect(made.statusCode, made.body).toBe(201);
    await block(assignee, { companyId: companyOf(owner) });
    const accepted = await post(owner, `${requests}/${made.json().id}/accept`, {});
    expect(accepted.json().code).toBe("blocked");
  });

  it("keeps other companies and workers unaffected (tenancy): a block binds its own pair only", async () => {
    const owner = await postingClient(t);
    const other = await postingClient(t);
    const wren = await readyWorker(t);
    await block(wren, { companyId: companyOf(owner) });
    const sent = await sentAssignment(t, other, [wren]);
    await act(t, wren, sent.id, "accept");
    const ownerTeam = await teammate(t, owner, "manager");
    await acceptAllPolicies(t, ownerTeam);
    const draft = await draftAssignment(t, ownerTeam);
    expect(
      (await post(ownerTeam, `/api/v1/assignments/${draft.id}/send`, { workerIds: [wren.me.id] })).json().code,
    ).toBe("blocked");
  });

  it("drops a blocking company's public talent pools from the worker's list and refuses pool invitations and applications", async () => {
    const owner = await client(t);
    const wren = await worker(t);
    const pool = async (visibility: string) => {
      const created = await post(owner, "/api/v1/talent-pools", { name: `Pool ${visibility}`, visibility });
      expect(created.statusCode, created.body).toBe(201);
      return created.json().id as string;
    };
    const open = await pool("public");
    const byInvitation = await pool("invitation");
    const pools = async () =>
      (await call(t, wren, { method: "GET", url: "/api/v1/talent-pools" }))
        .json()
        .items.map((p: { id: string }) => p.id);
    expect(await pools()).toContain(open);
    await block(owner, { workerId: wren.me.id });
    expect(await pools()).not.toContain(open);
    const invited = await post(owner, `/api/v1/talent-pools/${byInvitation}/invitations`, { workerId: wren.me.id });
    expect(invited.json().code).toBe("blocked");
    const made = (await list(owner)).json().items[0];
    await unblock(owner, made.id);
    expect(
      (await post(owner, `/api/v1/talent-pools/${byInvitation}/invitations`, { workerId: wren.me.id })).statusCode,
    ).toBe(200);
    await block(wren, { companyId: companyOf(owner) });
    expect((await post(wren, `/api/v1/talent-pools/${byInvitation}/apply`)).json().code).toBe("blocked");
  });

  it("leaves a blocked worker out of the company's worker search, and brings them back once unblocked", async () => {
    const owner = await client(t);
    const wren = await worker(t, { name: "Zephyrine Blockwell" });
    // Search lists workers with a profile.
    await call(t, wren, { method: "PATCH", url: "/api/v1/workers/me", payload: { headline: "Signage installer" } });
    const search = async () => {
      const found = await call(t, owner, { method: "GET", url: "/api/v1/workers/search?q=Zephyrine%20Blockwell" });
      expect(found.statusCode, found.body).toBe(200);
      return found.json().items.map((w: { id: string }) => w.id);
    };
    expect(await search()).toContain(wren.me.id);
    const made = (await block(wren, { companyId: companyOf(owner) })).json();
    expect(await search()).not.toContain(wren.me.id);
    await unblock(wren, made.id);
    expect(await search()).toContain(wren.me.id);
  });
});
