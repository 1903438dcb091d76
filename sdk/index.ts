/**
 * The Worklane API as a typed client: openapi-fetch over the types generated from openapi.json (schema.d.ts, which
 * the web app's client uses too; `npm run api:types` writes it, test/api-schema.test.ts keeps it in step). Paths,
 * parameters, bodies and answers are checked by TypeScript; a refusal throws a WorklaneProblem with its `code`.
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { components, paths } from "./schema";

export type { components, paths };
export type Problem = components["schemas"]["Problem"];

/** A 4xx or 5xx answer: the RFC 9457 problem document, with its machine-readable `code`. */
export class WorklaneProblem extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title);
    this.name = "WorklaneProblem";
  }

  get code(): Problem["code"] {
    return this.problem.code;
  }
}

const throwProblems: Middleware = {
  async onResponse({ response }) {
    if (response.ok) {
      return undefined;
    }
    const type = response.headers.get("content-type") ?? "";
    const problem = type.includes("json")
      ? ((await response.clone().json()) as Problem)
      : ({ type: "about:blank", title: response.statusText, status: response.status, code: "internal" } as Problem);
    throw new WorklaneProblem(response.status, problem);
  },
};

export interface WorklaneOptions {
  /** Where the server runs, e.g. `https://worklane.example.com` (paths start with /api/v1). */
  baseUrl: string;
  /** An API key (Account → API keys, or POST /api/v1/api-keys). */
  apiKey: string;
  /** A fetch of your own (a proxy, a test double); the global one otherwise. */
  fetch?: (request: Request) => Promise<Response>;
}

/** A client whose calls answer the data or throw a WorklaneProblem. */
export function createWorklaneClient(options: WorklaneOptions): Client<paths> {
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/$/, ""),
    headers: { authorization: `Bearer ${options.apiKey}` },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  client.use(throwProblems);
  return client;
}

/**
 * A fresh Idempotency-Key for one intended change: send it with the POST and again with every retry of that same
 * change, so a retry after a timeout replays the first answer instead of acting twice.
 */
export const idempotencyKey = (): string => crypto.randomUUID();
