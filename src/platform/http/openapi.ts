import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import type { OperationDocs } from "../domain";
import { declareContract, problemTable } from "./openapi-contract";
import type { RouteDeclaration } from "./route-contract";
import type { App } from "./types";

export interface OpenApiOptions {
  /** The public address the API is served at (`PUBLIC_URL`): the document's one server. */
  publicUrl: string;
  /** Every tag an operation uses, with the text a reader sees beside it (each domain's `tags`). */
  tags: { name: string; description: string }[];
  /** Every operation's summary and description, by operationId (each domain's operations.ts). */
  operations: OperationDocs;
  /** The domains' outgoing messages: the document's `webhooks` section and the schemas it refers to. */
  webhooks?: { webhooks: Record<string, unknown>; schemas: Record<string, unknown> }[];
}

type Document = Parameters<typeof declareContract>[0] & { components?: { schemas?: Record<string, unknown> } };

/** Gives each operation its summary and description; a description the route wrote from data stays. */
function describeOperations(document: Document, docs: OperationDocs): void {
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(
      item as Record<string, { operationId?: string; summary?: string; description?: string }>,
    )) {
      const text = operation.operationId ? docs[operation.operationId] : undefined;
      if (text) {
        operation.summary = text.summary;
        operation.description = operation.description ?? text.description;
      }
    }
  }
}

/**
 * Drops schema components no operation reaches: the Zod provider also emits an input twin (`…Input`) of every
 * component, which only the request bodies that use it need. Repeats until stable, as a dropped one may hold the last
 * reference to another.
 */
function dropUnusedSchemas(document: Document): void {
  const schemas = document.components?.schemas;
  if (!schemas) {
    return;
  }
  for (;;) {
    const text = JSON.stringify({ ...document, components: { ...document.components, schemas: {} } });
    const inSchemas = JSON.stringify(schemas);
    const unused = Object.keys(schemas).filter((name) => {
      const ref = `"#/components/schemas/${name}"`;
      return !text.includes(ref) && !inSchemas.replace(`"${name}":`, "").includes(ref);
    });
    if (unused.length === 0) {
      return;
    }
    for (const name of unused) {
      delete schemas[name];
    }
  }
}

const description = (problems: string) =>
  `The Worklane freelance management API: client companies post assignments, independent workers find, apply for,
accept and complete them, clients approve and pay.

**Authentication.** Send \`Authorization: Bearer <API key>\` (create keys under Account → API keys or with
\`POST /api/v1/api-keys\`), or use the session cookie a browser gets from \`POST /api/v1/auth/login\`. Operations marked
without a lock need neither.

**Retries.** Every \`POST\` that changes something honours the \`Idempotency-Key\` header: send one unique key per intended
change and repeat it when you retry after a timeout or a dropped connection; the first answer is replayed instead of
acting twice. \`PUT\`, \`PATCH\` and \`DELETE\` are idempotent by nature.

**Errors** are RFC 9457 problem documents (\`application/problem+json\`) with a stable machine-readable \`code\`, a
\`detail\` sentence for a person and, for invalid input, \`errors\` with a JSON pointer per field. Each operation lists the
codes it can answer; any operation may also answer \`500 internal\`, \`503 unavailable\` or \`503 busy_retry\` (a change that
met a conflicting one and was rolled back; send it again after \`Retry-After\`). The codes:

${problems}

**Lists** page with an opaque \`cursor\`: pass the \`nextCursor\` of one page to get the next; \`null\` means the last.`;

/**
 * The OpenAPI 3.1 document is generated from the routes' Zod schemas, then `declareContract` adds what the route
 * declarations say (problems, Idempotency-Key, public operations): one truth for docs, server and client.
 */
export async function registerOpenApi(app: App, options: OpenApiOptions): Promise<void> {
  const routes: RouteDeclaration[] = [];
  app.addHook("onRoute", (route) => {
    routes.push(route);
  });
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Worklane API",
        version: "1.0.0",
        description: description(problemTable()),
        license: { name: "MIT", identifier: "MIT" },
      },
      servers: [{ url: options.publicUrl, description: "This Worklane server" }],
      tags: options.tags,
      components: {
        securitySchemes: {
          apiKey: { type: "http", scheme: "bearer", description: "An API key: `Authorization: Bearer wl_…`." },
          session: { type: "apiKey", in: "cookie", name: "wl_session", description: "The web app's session cookie." },
        },
      },
      security: [{ apiKey: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    // Schemas given an `id` (`.meta({ id })`) become components, referenced instead of repeated.
    transformObject: (input) => {
      const document = jsonSchemaTransformObject(input) as Document;
      declareContract(document, routes);
      describeOperations(document, options.operations);
      for (const part of options.webhooks ?? []) {
        const withHooks = document as Document & { webhooks?: Record<string, unknown> };
        withHooks.webhooks = { ...withHooks.webhooks, ...part.webhooks };
        document.components = { ...document.components, schemas: { ...document.components?.schemas, ...part.schemas } };
      }
      dropUnusedSchemas(document);
      return document;
    },
  });
  app.get("/openapi.json", { schema: { hide: true }, config: { auth: "public" } }, () => app.swagger());
  // The reference pages are public; routes inside the plugin cannot state that themselves.
  app.addHook("onRoute", (route) => {
    if (route.url.startsWith("/docs")) {
      route.config = { ...route.config, auth: "public" };
    }
  });
  // Swagger UI from the package's own files: no font, script or validator from the internet, no top bar.
  await app.register(swaggerUi, {
    routePrefix: "/docs",
    theme: { title: "Worklane API reference" },
    uiConfig: {
      layout: "BaseLayout",
      deepLinking: true,
      docExpansion: "list",
      defaultModelsExpandDepth: 0,
      displayOperationId: true,
      filter: true,
      tryItOutEnabled: false,
      withCredentials: true,
    },
  });
}
