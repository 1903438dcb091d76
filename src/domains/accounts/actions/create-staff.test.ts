import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { call, client, eventsOf, PASSWORD, type Session, staffMember, uniqueEmail, worker } from "#test/given";
import { testApp } from "#test/harness";
import { createStaff } from "./create-staff";

const t = await testApp();
const root = fileURLToPath(new URL("../../../../", import.meta.url));

function listUsers(as: Session | null, query: string) {
  return call(t, as, { method: "GET", url: `/api/v1/staff/users?${query}` });
}

describe("createStaff", () => {
  it("creates a staff account with its role that logs in, and records it", async () => {
    const email = uniqueEmail("staff");
    const created = await createStaff(t.ctx(), { email, name: "Sam Staff", password: PASSWORD, role: "trust_safety" });
    expect(created).toMatchObject({ email, role: "trust_safety" });
    const login = await t.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password: PASSWORD } });
    expect(login.statusCode, login.body).toBe(200);
    expect(login.json()).toMatchObject({ accountType: "staff", staffRole: "trust_safety", company: null });
    expect((await eventsOf(t, created.id)).map((e) => [e.action, e.actorKind, e.data])).toEqual([
      ["user.staff_created", "system", { role: "trust_safety" }],
      ["user.logged_in", "user", {}],
    ]);
  });

  it("refuses an email that already has an account", async () => {
    const email = uniqueEmail();
    await worker(t, { email });
    await expect(
      createStaff(t.ctx(), { email, name: "Copy", password: PASSWORD, role: "admin" }),
    ).rejects.toMatchObject({ code: "email_taken" });
  });
});

describe("GET /api/v1/staff/users", () => {
  it("finds accounts by name or email and pages through them with a cursor", async () => {
    const sam = await staffMember(t, "escalations");
    const tag = randomBytes(4).toString("hex");
    const made: string[] = [];
    for (let i = 0; i < 7; i++) {
      // A second apart, so "newest first" is one order and not a tie broken by id.
      t.clock.advance(1000);
      const party =
        i % 2 === 0
          ? await worker(t, { name: `Quinn ${tag} ${i}` })
          : await client(t, { name: `Ola ${i}`, email: uniqueEmail(`c${tag}`) });
      made.push(party.me.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    const sizes: number[] = [];
    do {
      const response = await listUsers(sam, `q=${tag}&limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json();
      sizes.push(page.items.length);
      seen.push(...page.items.map((u: { id: string }) => u.id));
      cursor = page.nextCursor;
    } while (cursor && sizes.length < 5);
    expect(sizes).toEqual([3, 3, 1]);
    expect(seen).toEqual([...made].reverse());

    const byName = await listUsers(sam, `q=${encodeURIComponent(`QUINN ${tag} 4`)}`);
    expect(byName.json().items).toEqual([
      expect.objectContaining({ id: made[4], accountType: "worker", companyName: null }),
    ]);
    const byEmail = (await listUsers(sam, `q=c${tag}`)).json().items;
    expect(byEmail).toHaveLength(3);
    expect(byEmail[0]).toMatchObject({ accountType: "client", companyName: expect.any(String) });
  });

  it("treats % and _ in the search as plain characters", async () => {
    const sam = await staffMember(t, "escalations");
    const response = await listUsers(sam, `q=${encodeURIComponent("%_%")}`);
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toEqual([]);
  });

  it("refuses a bad cursor with 400", async () => {
    const sam = await staffMember(t, "escalations");
    const response = await listUsers(sam, "cursor=not-a-cursor");
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe("validation_failed");
  });

  it("refuses clients and workers with 403 and a logged-out caller with 401", async () => {
    expect((await listUsers(await client(t), "")).statusCode).toBe(403);
    expect((await listUsers(await worker(t), "")).statusCode).toBe(403);
    expect((await listUsers(null, "")).statusCode).toBe(401);
  });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], dataDir: string): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, WORKLANE_DATA_DIR: dataDir, LOG_LEVEL: "silent" };
  delete env.DATABASE_URL;
  return new Promise((resolve) => {
    execFile("node", ["bin/worklane.js", ...args], { cwd: root, env, timeout: 90_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe("worklane staff create", () => {
  it("creates a staff account on a fresh database, and refuses the same email again", {
    timeout: 120_000,
  }, async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "worklane-cli-"));
    try {
      const created = await cli(["staff", "create", "--role", "escalations", "--email", "x@y.test"], dataDir);
      expect(created.stderr).toBe("");
      expect(created.code).toBe(0);
      expect(created.stdout).toContain("Created escalations staff account x@y.test");
      expect(created.stdout).toMatch(/Password: \S{20}/);

      const again = await cli(["staff", "create", "--role", "admin", "--email", "X@y.test"], dataDir);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain("already exists");
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("exits 2 with a clear message for an unknown role", { timeout: 60_000 }, async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "worklane-cli-"));
    try {
      const bad = await cli(["staff", "create", "--role", "superuser", "--email", "x@y.test"], dataDir);
      expect(bad.code).toBe(2);
      expect(bad.stdout).toBe("");
      expect(bad.stderr).toContain("escalations|trust_safety|admin");
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
