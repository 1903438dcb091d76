import { type ProblemCode, problemCodes } from "#shared/problems";
import { honoursIdempotencyKey, openApiPath, problemsOf, type RouteDeclaration } from "./route-contract";

/**
 * Writes into the generated OpenAPI document what the Zod schemas cannot say: the problem documents each operation
 * may answer (from `problemsOf`, the same rule the test harness enforces), the Idempotency-Key header on every
 * operation that honours it, and who needs no credentials. Derived from the route declarations, never typed twice.
 */

type Json = Record<string, unknown>;
interface Operation {
  parameters?: Json[];
  responses?: Record<string, Json>;
  security?: unknown[];
  [key: string]: unknown;
}

const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });

const successText: Record<string, string> = {
  "200": "OK",
  "201": "Created",
  "202": "Accepted: the work is queued",
  "204": "No content",
};

function problemComponents() {
  const codes = Object.keys(problemCodes) as ProblemCode[];
  return {
    schemas: {
      ProblemCode: {
        type: "string",
        enum: codes,
        description: "A stable machine-readable problem code. The table in the API description says what each means.",
      },
      FieldError: {
        type: "object",
        required: ["pointer", "message"],
        properties: {
          pointer: { type: "string", description: "JSON pointer into the request, e.g. `/body/email`." },
          message: { type: "string" },
        },
      },
      Problem: {
        type: "object",
        description:
          "An RFC 9457 problem document (`application/problem+json`). Branch on `code`; show `detail` to a person. " +
          "Some codes add fields of their own (e.g. `pending` on `policy_acceptance_required`).",
        required: ["type", "title", "status", "code", "detail"],
        properties: {
          type: { type: "string", format: "uri", description: "A URI naming the code." },
          title: { type: "string", description: "The code's fixed title." },
          status: { type: "integer", description: "The HTTP status, repeated." },
          code: ref("schemas", "ProblemCode"),
          detail: { type: "string", description: "What went wrong in this request, in a sentence for a person." },
          errors: { type: "array", items: ref("schemas", "FieldError"), description: "Per-field errors." },
          requestId: { type: "string", description: "Quote it when reporting a problem; it is in the logs." },
        },
        additionalProperties: true,
      },
    },
    parameters: {
      IdempotencyKey: {
        name: "Idempotency-Key",
        in: "header",
        required: false,
        description:
          "A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key " +
          "and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same " +
          "key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 " +
          "`idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out).",
        schema: { type: "string", minLength: 1, maxLength: 255, pattern: "^[\\x21-\\x7e]+$" },
      },
    },
    headers: {
      IdempotentReplayed: {
        description:
          "`true` when this answer is the stored answer to an earlier request with the same Idempotency-Key.",
        schema: { type: "string", enum: ["true"] },
      },
    },
  };
}

/** The markdown table of every problem code, for the document's description. */
export function problemTable(): string {
  const rows = Object.entries(problemCodes).map(
    ([code, { status, title }]) => `| \`${code}\` | ${status} | ${title} |`,
  );
  return ["| code | status | meaning |", "| --- | --- | --- |", ...rows].join("\n");
}

const pascal = (code: string) => code.replace(/(^|_)(\w)/g, (_m, _sep, c: string) => c.toUpperCase());

/**
 * The problem responses of one operation, one per status, each a shared response component named by its status and
 * codes (`Problem409InvalidTransition`), so operations that answer alike reference one definition.
 */
function problemResponses(codes: ProblemCode[], shared: Record<string, Json>): Record<string, Json> {
  const byStatus = new Map<number, ProblemCode[]>();
  // In the table's order, so operations answering the same codes share one component whatever order they list.
  const order = Object.keys(problemCodes);
  for (const code of [...codes].sort((a, b) => order.indexOf(a) - order.indexOf(b))) {
    const status = problemCodes[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: Record<string, Json> = {};
  for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
    const name = `Problem${status}${list.map(pascal).join("")}`;
    shared[name] ??= {
      description: list.map((code) => `\`${code}\`: ${problemCodes[code].title}.`).join(" "),
      content: {
        "application/problem+json": {
          schema: {
            allOf: [
              ref("schemas", "Problem"),
              { type: "object", required: ["code"], properties: { code: { type: "string", enum: list } } },
            ],
          },
        },
      },
    };
    responses[String(status)] = ref("responses", name);
  }
  return responses;
}

interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, unknown>>;
}

/** Adds problems, idempotency and security to every operation whose route is in `routes`, and their components. */
export function declareContract(document: Document, routes: RouteDeclaration[]): void {
  for (const [kind, entries] of Object.entries(problemComponents())) {
    document.components[kind] = { ...document.components[kind], ...entries };
  }
  const paths = document.paths;
  const shared: Record<string, Json> = {};
  const byOperation = new Map<string, RouteDeclaration>();
  for (const route of routes) {
    for (const method of [route.method].flat()) {
      byOperation.set(`${String(method).toLowerCase()} ${openApiPath(route.url)}`, route);
    }
  }
  for (const [path, methods] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const route = byOperation.get(`${method} ${path}`);
      if (!route) {
        continue;
      }
      const idempotent = honoursIdempotencyKey(route);
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (response.description === "Default Response") {
          response.description = successText[status] ?? "Success";
        }
        if (idempotent && status.startsWith("2")) {
          response.headers = { "Idempotent-Replayed": ref("headers", "IdempotentReplayed") };
        }
      }
      operation.responses = { ...operation.responses, ...problemResponses(problemsOf(route), shared) };
      if (idempotent) {
        operation.parameters = [...(operation.parameters ?? []), ref("parameters", "IdempotencyKey")];
      }
      if ((route.config?.auth ?? "user") === "public") {
        operation.security = [];
      }
    }
  }
  document.components.responses = Object.fromEntries(Object.entries(shared).sort(([a], [b]) => a.localeCompare(b)));
}
