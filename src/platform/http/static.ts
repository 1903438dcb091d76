import { createReadStream, existsSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { projectRoot } from "../paths";
import type { App } from "./types";

/** The built bundle: dist/web, or WORKLANE_WEB_DIR (each browser-test run builds its own, so runs never clash). */
export const webRoot = process.env.WORKLANE_WEB_DIR
  ? path.resolve(process.env.WORKLANE_WEB_DIR)
  : path.join(projectRoot, "dist", "web");

// The bundle's files are public; this hook sees only the routes of this encapsulated scope.
const publicFiles: FastifyPluginAsync = async (files) => {
  files.addHook("onRoute", (route) => {
    route.config = { ...route.config, auth: "public" };
  });
  await files.register(fastifyStatic, { root: webRoot, wildcard: false, index: false });
};

/** Serves the built web bundle; every non-API GET that matches no file gets index.html (client-side routes). */
export async function registerStatic(app: App) {
  const built = existsSync(`${webRoot}/index.html`);
  if (built) {
    await app.register(publicFiles);
  }
  return (request: FastifyRequest, reply: FastifyReply) => {
    if (!built) {
      return reply
        .type("text/plain")
        .send("The web bundle is not built. Run `npm run build` (npm start does this for you).");
    }
    reply.type("text/html").header("cache-control", "no-cache");
    // HEAD (a link checker, a monitor): the same answer without the page.
    return request.method === "HEAD" ? reply.send() : reply.send(createReadStream(`${webRoot}/index.html`));
  };
}
