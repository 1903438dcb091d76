import swagger from "@fastify/swagger";
import scalar from "@scalar/fastify-api-reference";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import type { App } from "./types";

/** The OpenAPI 3.1 document is generated from the routes' Zod schemas: one truth for docs, server and client. */
export async function registerOpenApi(app: App): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Worklane API",
        version: "1.0.0",
        description:
          "The Worklane freelance management API. Errors are RFC 9457 problem documents with a stable `code`. " +
          "Authenticate with a session cookie or `Authorization: Bearer <API key>`. Create and money endpoints " +
          "honour the `Idempotency-Key` header.",
      },
      components: {
        securitySchemes: {
          apiKey: { type: "http", scheme: "bearer" },
          session: { type: "apiKey", in: "cookie", name: "wl_session" },
        },
      },
      security: [{ apiKey: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    // Schemas given an `id` (`.meta({ id })`) become components, referenced instead of repeated.
    transformObject: jsonSchemaTransformObject,
  });
  app.get("/openapi.json", { schema: { hide: true }, config: { auth: "public" } }, () => app.swagger());
  // The reference pages are public; routes inside the plugin cannot state that themselves.
  app.addHook("onRoute", (route) => {
    if (route.url.startsWith("/docs")) {
      route.config = { ...route.config, auth: "public" };
    }
  });
  await app.register(scalar, { routePrefix: "/docs", configuration: { url: "/openapi.json" } });
}
