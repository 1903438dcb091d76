import type { App } from "./types";

/**
 * How request bodies are read. JSON only (plus multipart on the upload routes, registered there): Fastify's default
 * text/plain parser would hand a JSON document sent as text/plain to validation as one string, so it is removed and
 * such a request is 415 unsupported_media_type. An empty body declared as JSON is read as no body, as HTTP clients
 * send for body-less actions (`fetch(url, { method: "POST", headers: { "content-type": "application/json" } })`);
 * a route that needs a body still refuses it in validation.
 */
export function registerBodyParsers(app: App): void {
  const json = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser(["application/json", "text/plain"]);
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    const text = body.toString(); // parseAs "string": always a string, typed for both forms.
    if (text.trim() === "") {
      done(null, undefined);
      return;
    }
    void json(request, text, done);
  });
}
