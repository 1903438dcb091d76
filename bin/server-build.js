// The server, built ahead of time: esbuild bundles src/ (not node_modules) into dist/server once, and every start
// after that imports plain JavaScript instead of transpiling about 200 TypeScript files (5-17 s per start, issue 9).
// The build is stamped with a hash of the sources it came from, so a changed source tree is rebuilt before it runs.
// `npm install` builds it (the `prepare` script); `node bin/server-build.js` builds it by hand.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));
export const serverDir = path.join(root, "dist", "server");
export const serverEntry = path.join(serverDir, "main.js");
const stampFile = path.join(serverDir, "source-hash");

/**
 * The files a server build depends on: this script (its esbuild options), every non-test TypeScript file under src/
 * outside the web app, package.json and package-lock.json (bundled dependencies change with it).
 */
function sourceFiles() {
  const files = [
    fileURLToPath(import.meta.url),
    path.join(root, "package.json"),
    path.join(root, "package-lock.json"),
  ].filter(existsSync);
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (full !== path.join(root, "src", "web")) {
          walk(full);
        }
      } else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) {
        files.push(full);
      }
    }
  };
  walk(path.join(root, "src"));
  return files;
}

/** A hash of the sources' paths and contents (contents, not times: a checkout or copy must not force a rebuild). */
export function sourceHash() {
  const hash = createHash("sha256");
  for (const file of sourceFiles()) {
    hash.update(path.relative(root, file));
    hash.update("\0");
    hash.update(readFileSync(file));
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** True when dist/server was built from exactly the current sources. */
export function buildIsCurrent(hash = sourceHash()) {
  return existsSync(serverEntry) && existsSync(stampFile) && readFileSync(stampFile, "utf8").trim() === hash;
}

/**
 * Dependencies that stay in node_modules, loaded by Node as usual: packages that read files beside their own code
 * (PGlite's WebAssembly, argon2's native addon, pino's worker-thread transports, swagger-ui's assets, PDFKit's fonts), the demo's
 * name generator (only `worklane demo` loads it), and the build tools. Everything else is bundled: resolving and
 * reading some 1,500 small files of fastify, zod, drizzle and pg cost about as much as compiling them.
 */
const external = [
  "@electric-sql/pglite",
  "@node-rs/argon2",
  "pino",
  "pino-pretty",
  "@fastify/swagger-ui",
  // Reads its standard fonts' metrics (js/data/*.afm) from beside its code.
  "pdfkit",
  // It loads `cookie` with import(): bundled, that CommonJS module became a chunk with only a default export.
  "@fastify/cookie",
  "@faker-js/faker",
  "pg-native",
  "tsx",
  "esbuild",
  "vite",
];

/**
 * Bundles the server into a fresh folder, then swaps it in with a rename, so a process starting meanwhile sees the
 * old complete build or the new complete build, never half of one.
 */
export async function buildServer(hash = sourceHash()) {
  const { build } = await import("esbuild");
  const staging = `${serverDir}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  await build({
    entryPoints: { main: path.join(root, "src", "cli", "main.ts") },
    outdir: staging,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external,
    // Bundled CommonJS packages call require() for Node's built-ins; ES modules have none of their own.
    banner: {
      js: 'import { createRequire as wlCreateRequire } from "node:module"; const require = wlCreateRequire(import.meta.url);',
    },
    sourcemap: "linked",
    logLevel: "warning",
    absWorkingDir: root,
  });
  refuseDefaultOnlyChunks(staging);
  writeFileSync(path.join(staging, "source-hash"), `${hash}\n`);
  const old = `${serverDir}.${process.pid}.old`;
  if (existsSync(serverDir)) {
    renameSync(serverDir, old);
  }
  try {
    renameSync(staging, serverDir);
  } catch (error) {
    // Another process swapped in its build between our two renames: fine when it is the same sources' build.
    rmSync(staging, { recursive: true, force: true });
    if (!buildIsCurrent(hash)) {
      throw error;
    }
  }
  rmSync(old, { recursive: true, force: true });
}

/**
 * esbuild turns a CommonJS dependency that bundled code loads with import() into a chunk whose only export is
 * `default`, so `(await import("x")).name` is undefined at run time (Node itself would offer the named exports).
 * Such a dependency must be external; this refuses the build instead of shipping the surprise.
 */
function refuseDefaultOnlyChunks(dir) {
  for (const name of readdirSync(dir).filter((file) => file.endsWith(".js"))) {
    const text = readFileSync(path.join(dir, name), "utf8");
    const origin = /^\/\/ (node_modules\/\S+)/m.exec(text)?.[1];
    if (origin && /\nexport default require_\w+\(\);\n/.test(text) && !/\nexport \{/.test(text)) {
      throw new Error(`${origin} is loaded with import() from bundled code; add its importer to \`external\``);
    }
  }
}

/** Builds when the build is missing or stale; answers whether dist/server is now current. */
export async function ensureServerBuild() {
  const hash = sourceHash();
  if (buildIsCurrent(hash)) {
    return true;
  }
  try {
    await buildServer(hash);
    return true;
  } catch (error) {
    process.stderr.write(`Building the server failed (${error instanceof Error ? error.message : error}).\n`);
    return false;
  }
}

// `node bin/server-build.js` (the prepare script): build unless current.
if (process.argv[1] && statSync(process.argv[1]).ino === statSync(fileURLToPath(import.meta.url)).ino) {
  const started = Date.now();
  const current = buildIsCurrent();
  if (!current && !(await ensureServerBuild())) {
    process.exit(1);
  }
  process.stdout.write(
    current ? "Server build is current.\n" : `Server built into dist/server in ${Date.now() - started} ms.\n`,
  );
}
