import { expectTypeOf, it } from "vitest";
import { api, ok } from "./api";

/**
 * The client's types come from openapi.json (sdk/schema.d.ts), so a route or field renamed on the server
 * fails `tsc -p src/web/tsconfig.json` wherever the web app still uses the old name. The `@ts-expect-error` lines
 * prove it: each is an error today, and tsc fails if one ever stops being one.
 */
const getMe = () => ok(api.GET("/api/v1/me"));
const getAssignment = (id: string) => ok(api.GET("/api/v1/assignments/{id}", { params: { path: { id } } }));

// Only compiled, never run: the requests would need a server.
async function misuses() {
  const me = await getMe();
  // @ts-expect-error a field the answer does not have, as after a rename
  void me.emailAddress;
  const assignment = await getAssignment("a1");
  // @ts-expect-error `title` renamed to `name` on the server would fail here the same way
  void assignment.name;
  // @ts-expect-error a route that does not exist
  await ok(api.GET("/api/v1/assignment/{id}", { params: { path: { id: "a1" } } }));
  // @ts-expect-error a path parameter under a name the route does not have
  await ok(api.GET("/api/v1/assignments/{id}", { params: { path: { assignmentId: "a1" } } }));
  // @ts-expect-error a body field under a name the route does not have
  await ok(api.POST("/api/v1/auth/login", { body: { mail: "a@b.co", password: "secret-secret" } }));
  // @ts-expect-error a query value outside the declared enum
  await ok(api.GET("/api/v1/assignments", { params: { query: { status: ["finished"] } } }));
  // @ts-expect-error a method the route does not answer
  await ok(api.DELETE("/api/v1/me"));
}

it("types paths, parameters, bodies and answers from openapi.json", () => {
  expectTypeOf(misuses).toBeFunction();
  expectTypeOf<Awaited<ReturnType<typeof getMe>>["email"]>().toEqualTypeOf<string>();
  expectTypeOf<Awaited<ReturnType<typeof getAssignment>>["title"]>().toEqualTypeOf<string>();
});
