import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { domains } from "#domains/index";

/**
 * The house rules of ARCHITECTURE.md §3–§5 and the review checklist, checked on the source text (no database):
 * folder anatomy, imports only down the registry, browser-safe web and shared code, file sizes, one-call handlers.
 * Every failure names the file and the rule, so the fix is obvious from the message alone.
 */

const root = path.resolve(import.meta.dirname, "..");
const registry: string[] = domains.map((d) => d.name);
const MAX_LINES = 300;

function walk(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const relative = `${dir}/${name}`;
    return statSync(path.join(root, relative)).isDirectory() ? walk(relative) : [relative];
  });
}

const sourceFiles = walk("src").filter((f) => /\.tsx?$/.test(f));
const isTest = (file: string) => /\.test\.tsx?$/.test(file);

type Target = { kind: "file"; path: string } | { kind: "package"; name: string };
interface Import {
  file: string;
  specifier: string;
  target: Target;
  typeOnly: boolean;
}

const aliases: Record<string, string> = {
  "#platform/": "src/platform/",
  "#shared/": "src/shared/",
  "#domains/": "src/domains/",
  "#test/": "test/",
};

/** A module path without extension; a folder import resolves to its index. */
function resolveFile(base: string): string {
  const clean = base.replace(/\.(tsx?|jsx?)$/, "");
  for (const candidate of [clean, `${clean}/index`]) {
    if (existsSync(path.join(root, `${candidate}.ts`)) || existsSync(path.join(root, `${candidate}.tsx`))) {
      return candidate;
    }
  }
  return base;
}

function resolve(file: string, specifier: string): Target {
  const alias = Object.keys(aliases).find((prefix) => specifier.startsWith(prefix));
  if (alias) {
    return { kind: "file", path: resolveFile(`${aliases[alias]}${specifier.slice(alias.length)}`) };
  }
  if (specifier.startsWith(".")) {
    return { kind: "file", path: resolveFile(path.posix.join(path.posix.dirname(file), specifier)) };
  }
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
  return { kind: "package", name };
}

/** Static, re-export, side-effect and dynamic imports; comment lines are dropped first. */
function importsOf(file: string): Import[] {
  const text = readFileSync(path.join(root, file), "utf8")
    .replace(/^\s*\/\/.*$/gm, "")
    .replace(/^\s*\/\*[\s\S]*?\*\//gm, "");
  const found: Import[] = [];
  const patterns = [
    /(?:^|[\s;])(import|export)(\s+type)?\s[^'"`;]*?\bfrom\s*["']([^"']+)["']/g,
    /(?:^|[\s;])(import)()\s*["']([^"']+)["']/g,
    /\b(import)()\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const specifier = match[3] ?? "";
      found.push({ file, specifier, target: resolve(file, specifier), typeOnly: Boolean(match[2]) });
    }
  }
  return found;
}

const allImports = sourceFiles.flatMap(importsOf);

/** `src/domains/<domain>/<rest>` → its parts; the registry file itself has no domain. */
function domainOf(file: string): { domain: string; rest: string } | null {
  const match = /^src\/domains\/([^/]+)\/(.+)$/.exec(file);
  return match ? { domain: match[1] ?? "", rest: match[2] ?? "" } : null;
}

const fileTarget = (i: Import) => (i.target.kind === "file" ? i.target.path : null);
const packageTarget = (i: Import) => (i.target.kind === "package" ? i.target.name : null);
const isNodeBuiltin = (name: string) => name.startsWith("node:") || builtinModules.includes(name);
/** A lower domain's public face, or the files other domains may join on or build contracts from. */
const isPublicFile = (rest: string) =>
  (/^(?:[^/]+\/)?(?:index|tables|contract)$/.test(rest) && !rest.includes("/index")) || rest === "views";
/** Browser-safe API shapes: every contract.ts, and a domain's views.ts (what it answers, once contract.ts is full). */
const isContract = (p: string) => /^src\/domains\/[^/]+\/(?:(?:[^/]+\/)?contract|views)$/.test(p);

function violations(check: (i: Import) => string | null, files: (file: string) => boolean): string[] {
  return allImports
    .filter((i) => files(i.file))
    .map((i) => {
      const broken = check(i);
      return broken ? `${i.file}: imports "${i.specifier}": ${broken}` : null;
    })
    .filter((v): v is string => v !== null);
}

describe("the registry", () => {
  it("lists every domain folder once, named as its folder", () => {
    const folders = readdirSync(path.join(root, "src/domains")).filter((name) =>
      statSync(path.join(root, "src/domains", name)).isDirectory(),
    );
    const problems = [
      ...folders
        .filter((f) => !registry.includes(f))
        .map((f) => `src/domains/${f}: folder is not in the registry src/domains/index.ts`),
      ...registry
        .filter((name) => !folders.includes(name))
        .map((name) => `src/domains/index.ts: domain "${name}" has no folder src/domains/${name}`),
      ...registry
        .filter((name, i) => registry.indexOf(name) !== i)
        .map((name) => `src/domains/index.ts: domain "${name}" is listed twice`),
    ];
    expect(problems).toEqual([]);
  });
});

describe("imports", () => {
  it("cross into another domain only through its index.ts (or a lower domain's tables.ts/contract.ts), and only down the registry", () => {
    const broken = violations(
      (i) => {
        const from = domainOf(i.file);
        const target = fileTarget(i);
        if (!from || !target) {
          return null;
        }
        if (target === "src/domains/index") {
          return "a domain must not import the registry (it would import every domain above it)";
        }
        if (/^src\/(web|cli)\//.test(target) || /^src\/(app|main)$/.test(target)) {
          return "a domain imports only platform, shared, lower domains and packages";
        }
        if (target.startsWith("test/") && !isTest(i.file)) {
          return "only test files import the test harness";
        }
        const to = domainOf(`${target}.ts`);
        if (!to || to.domain === from.domain) {
          return null;
        }
        const rest = to.rest.replace(/\.ts$/, "");
        const mine = registry.indexOf(from.domain);
        const theirs = registry.indexOf(to.domain);
        if (mine === -1 || theirs === -1) {
          return `domain "${mine === -1 ? from.domain : to.domain}" is not in the registry src/domains/index.ts`;
        }
        if (theirs >= mine) {
          return `"${to.domain}" is not LOWER than "${from.domain}" in the registry (src/domains/index.ts); call down, never up`;
        }
        if (!isTest(i.file) && !isPublicFile(rest)) {
          return `another domain's internals; use ${to.domain}/index.ts (or its tables.ts / contract.ts)`;
        }
        return null;
      },
      (file) => file.startsWith("src/domains/"),
    );
    expect(broken).toEqual([]);
  });

  it("keep src/shared free of everything but zod and itself", () => {
    const broken = violations(
      (i) => {
        const target = fileTarget(i);
        if (target ? target.startsWith("src/shared/") : packageTarget(i) === "zod") {
          return null;
        }
        return "src/shared may import only zod and src/shared";
      },
      (file) => file.startsWith("src/shared/") && !isTest(file),
    );
    expect(broken).toEqual([]);
  });

  it("keep src/web browser-safe: src/shared, contract.ts files, itself and browser packages only", () => {
    const serverPackages = [
      "drizzle-orm",
      "pg",
      "fastify",
      "@electric-sql/pglite",
      "@node-rs/argon2",
      "pino",
      "commander",
      "tsx",
      "fastify-type-provider-zod",
      "find-my-way",
    ];
    const broken = violations(
      (i) => {
        const target = fileTarget(i);
        if (target) {
          // sdk/schema.d.ts: the API's types generated from openapi.json, shared with the SDK (types only).
          const allowed =
            target.startsWith("src/shared/") ||
            target.startsWith("src/web/") ||
            isContract(target) ||
            target === "sdk/schema";
          return allowed
            ? null
            : "src/web may import only src/shared, src/domains/*/contract.ts, sdk/schema.d.ts and src/web (never #platform, tables, actions, queries)";
        }
        const name = packageTarget(i) ?? "";
        if (isNodeBuiltin(name) || serverPackages.includes(name) || name.startsWith("@fastify/")) {
          return "a server package in browser code";
        }
        return null;
      },
      (file) => file.startsWith("src/web/") && !isTest(file),
    );
    expect(broken).toEqual([]);
  });

  it("keep contract.ts files to zod, src/shared and other contract.ts files (the web imports them)", () => {
    const broken = violations(
      (i) => {
        const target = fileTarget(i);
        if (target ? target.startsWith("src/shared/") || isContract(target) : packageTarget(i) === "zod") {
          return null;
        }
        return "a contract.ts is browser code: only zod, src/shared and contract.ts files";
      },
      (file) => isContract(file.replace(/\.ts$/, "")),
    );
    expect(broken).toEqual([]);
  });

  it("keep src/platform free of domain knowledge", () => {
    const broken = violations(
      (i) => {
        const target = fileTarget(i) ?? "";
        return /^src\/(domains|web|cli)\//.test(target) || /^src\/(app|main)$/.test(target)
          ? "src/platform must not import a domain, the web app, the CLI or the app"
          : null;
      },
      (file) => file.startsWith("src/platform/") && !isTest(file),
    );
    expect(broken).toEqual([]);
  });

  it("reach domains from the CLI and the app only through their index.ts", () => {
    const broken = violations(
      (i) => {
        const to = domainOf(`${fileTarget(i) ?? ""}.ts`);
        return to && !/^(index|contract)\.ts$/.test(to.rest) ? `use src/domains/${to.domain}/index.ts` : null;
      },
      (file) => (file.startsWith("src/cli/") || /^src\/(app|main)\.ts$/.test(file)) && !isTest(file),
    );
    expect(broken).toEqual([]);
  });
});

/**
 * The anatomy's fixed names. `scope` (who sees and may act: tenancy, lock, the per-party view), `steps` (steps several
 * use cases share) and `hooks` (what other domains call inside their transaction) may do I/O; so may a steps module
 * named by its subject, `<subject>-steps.ts`, once steps.ts would pass the size limit. Everything else is pure.
 */
const fixedFiles = ["index", "tables", "contract", "views", "routes", "actions", "queries", "jobs", "demo"];
const ioModules = ["scope", "steps", "hooks"];
const isStepsModule = (stem: string) => ioModules.includes(stem) || /-steps$/.test(stem);
/** The use-case folders: one file per use case, named by the verb of its URL. */
const useCaseFolders = ["actions", "queries"];
const requiredFiles = ["index.ts", "contract.ts", "routes.ts", "tables.ts"];
const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Checks one domain folder (or a nested sub-area, which uses the same anatomy). */
function anatomyOf(folder: string, depth: number): string[] {
  const entries = readdirSync(path.join(root, folder));
  const problems: string[] = [];
  if (depth === 0) {
    for (const required of requiredFiles) {
      if (!entries.includes(required)) {
        problems.push(`${folder}: lacks ${required} (every domain has index.ts, contract.ts, routes.ts, tables.ts)`);
      }
    }
  }
  for (const kind of useCaseFolders) {
    if (entries.includes(`${kind}.ts`) && entries.includes(kind)) {
      problems.push(`${folder}: has both ${kind}.ts and ${kind}/; use one (${kind}/ from six use cases on)`);
    }
  }
  for (const name of entries) {
    const relative = `${folder}/${name}`;
    if (statSync(path.join(root, relative)).isDirectory()) {
      if (useCaseFolders.includes(name)) {
        for (const useCase of readdirSync(path.join(root, relative))) {
          if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.ts$/.test(useCase) || useCase === "index.ts") {
            problems.push(`${relative}/${useCase}: ${name}/ holds only <verb>.ts files and their tests`);
          }
        }
      } else if (depth === 0 && kebab.test(name)) {
        problems.push(...anatomyOf(relative, 1));
      } else {
        problems.push(`${relative}: sub-areas nest once, kebab-case (folder outside the anatomy)`);
      }
      continue;
    }
    const stem = name.replace(/\.ts$/, "");
    if (!name.endsWith(".ts")) {
      problems.push(`${relative}: only .ts files belong in a domain folder (outside the anatomy)`);
    } else if (!isTest(name) && !fixedFiles.includes(stem) && !isStepsModule(stem) && !kebab.test(stem)) {
      problems.push(`${relative}: a pure module is named in kebab-case`);
    }
  }
  return problems;
}

describe("domain folders", () => {
  it("hold only the anatomy's file names", () => {
    const problems = registry.flatMap((name) =>
      existsSync(path.join(root, "src/domains", name)) ? anatomyOf(`src/domains/${name}`, 0) : [],
    );
    expect(problems).toEqual([]);
  });

  it("keep pure modules free of the database", () => {
    const broken = violations(
      (i) => {
        const target = fileTarget(i) ?? "";
        const name = packageTarget(i) ?? "";
        if (name === "drizzle-orm" || target === "src/platform/db" || /(^|\/)tables$/.test(target)) {
          return "a pure rule module has no I/O: move database work to actions or queries";
        }
        return null;
      },
      (file) => {
        const at = domainOf(file);
        if (!at || isTest(file) || /(^|\/)(actions|queries)\//.test(at.rest)) {
          return false;
        }
        const stem = path.posix.basename(at.rest, ".ts");
        return !fixedFiles.includes(stem) && !isStepsModule(stem);
      },
    );
    expect(broken).toEqual([]);
  });

  it("keep use cases apart: no file in actions/ or queries/ imports another (shared steps live in steps.ts)", () => {
    const isUseCaseFile = (file: string) => /^src\/domains\/.+\/(actions|queries)\/[^/]+$/.test(file);
    const broken = violations(
      (i) => {
        const target = fileTarget(i);
        if (!target || !isUseCaseFile(target) || knownCrossings.has(`${i.file} -> ${target}`)) {
          return null;
        }
        return "a use case imports another use case; move the shared step to the domain's steps.ts";
      },
      (file) => isUseCaseFile(file) && !isTest(file),
    );
    expect(broken).toEqual([]);
  });
});

/**
 * Use cases that still import another, each to move to its domain's steps.ts. Accounts is being reworked on another
 * branch (issue 7); listing the crossings keeps the rule failing for every new one.
 */
const knownCrossings = new Set([
  "src/domains/accounts/actions/accept-invitation.ts -> src/domains/accounts/actions/log-in",
  "src/domains/accounts/actions/accept-invitation.ts -> src/domains/accounts/actions/sign-up",
  "src/domains/accounts/actions/create-account.ts -> src/domains/accounts/actions/sign-up",
  "src/domains/accounts/actions/create-staff.ts -> src/domains/accounts/actions/sign-up",
  "src/domains/accounts/actions/remove-member.ts -> src/domains/accounts/actions/change-member-role",
  "src/domains/accounts/actions/sign-up.ts -> src/domains/accounts/actions/log-in",
]);

describe("source files", () => {
  it(`stay under ${MAX_LINES} lines (tests excepted)`, () => {
    const long = sourceFiles
      .filter((file) => !isTest(file))
      .map((file) => ({ file, lines: readFileSync(path.join(root, file), "utf8").split("\n").length }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ file, lines }) => `${file}: ${lines} lines; split it by use case (limit ${MAX_LINES})`);
    expect(long).toEqual([]);
  });

  it("are named in kebab-case", () => {
    const badNames = sourceFiles
      .filter((file) => !kebab.test(path.posix.basename(file).replace(/(\.[a-z0-9-]+)*\.tsx?$/, "")))
      .map((file) => `${file}: file names are kebab-case`);
    expect(badNames).toEqual([]);
  });
});

/** Records each domain's route declarations without a server: everything but the route methods is a no-op. */
function declaredRoutes() {
  const routes: { domain: string; method: string; url: string; handler: unknown }[] = [];
  for (const domain of domains) {
    const recorder: Record<string, unknown> = new Proxy(
      {},
      {
        get: (_target, property) => {
          const method = String(property);
          if (["get", "post", "put", "patch", "delete"].includes(method)) {
            return (url: string, _options: unknown, handler: unknown) =>
              routes.push({ domain: domain.name, method: method.toUpperCase(), url, handler });
          }
          return () => undefined;
        },
      },
    );
    domain.routes?.(recorder as never);
  }
  return routes;
}

/** The top-level statements of a function body; an expression-bodied arrow counts as one. */
function statementsIn(source: string): number {
  const arrow = /^(?:async\s*)?(?:\([^)]*\)|[\w$]+)\s*=>\s*/.exec(source);
  let body = arrow ? source.slice(arrow[0].length) : source.slice(source.indexOf("{"));
  if (!body.startsWith("{")) {
    return 1;
  }
  body = body.slice(1, body.lastIndexOf("}"));
  let depth = 0;
  let quote: string | null = null;
  let count = 0;
  let pending = false;
  for (let index = 0; index < body.length; index++) {
    const char = body[index] ?? "";
    if (quote) {
      if (char === "\\") {
        index++;
      } else if (char === quote) {
        quote = null;
      }
      continue;
    }
    if (char === '"' || char === "'" || char === "`") {
      quote = char;
    } else if ("([{".includes(char)) {
      depth++;
    } else if (")]}".includes(char)) {
      depth--;
    } else if (char === ";" && depth === 0) {
      count++;
      pending = false;
      continue;
    }
    if (!/\s/.test(char)) {
      pending = true;
    }
  }
  return count + (pending ? 1 : 0);
}

describe("routes", () => {
  it("have handler bodies of one call (declaration + one call; logic lives in actions and queries)", () => {
    const fat = declaredRoutes()
      .filter((route) => typeof route.handler === "function" && statementsIn(String(route.handler)) > 1)
      .map((route) => `src/domains/${route.domain}/routes.ts: ${route.method} ${route.url} handler is not one call`);
    expect(fat).toEqual([]);
  });
});

describe("the checks themselves", () => {
  it("find static, type, re-export and dynamic imports", () => {
    const app = allImports.filter((i) => i.file === "src/app.ts").map((i) => fileTarget(i) ?? packageTarget(i));
    expect(app).toEqual(expect.arrayContaining(["src/domains/index", "src/platform/http/auth", "fastify"]));
  });

  it("count a handler's statements", () => {
    expect(statementsIn("(req) => getMe(req.ctx)")).toBe(1);
    expect(statementsIn("async (req, reply) => {\n  return reply.send(await x(req));\n}")).toBe(1);
    expect(statementsIn('async (req) => {\n  const a = await x(req);\n  return { a: "}" };\n}')).toBe(2);
    expect(statementsIn("function handler(req) { if (req) { a(); b(); } }")).toBe(1);
  });
});
