import { describe, expect, it } from "vitest";
import { ProblemError } from "../api";
import { applyProblem, pointerToPath, problemSummary } from "./form";

describe("pointerToPath", () => {
  it("turns a body pointer into a react-hook-form path", () => {
    expect(pointerToPath("/body/email")).toBe("email");
    expect(pointerToPath("/body/homeLocation/city")).toBe("homeLocation.city");
    expect(pointerToPath("/body/skills/2")).toBe("skills.2");
  });

  it("undoes RFC 6901 escapes and ignores pointers outside the body", () => {
    expect(pointerToPath("/body/a~1b~0c")).toBe("a/b~c");
    expect(pointerToPath("/querystring/limit")).toBeNull();
    expect(pointerToPath("/body")).toBeNull();
  });
});

describe("applyProblem", () => {
  const validation = (pointers: string[]) =>
    new ProblemError(400, "validation_failed", "Please correct the request.", {
      errors: pointers.map((pointer) => ({ pointer, message: `bad ${pointer}` })),
    });

  it("puts each field error on its field and focuses only the first", () => {
    const calls: [string, string, boolean | undefined][] = [];
    const mapped = applyProblem(
      (name, error, options) => calls.push([name, error.message ?? "", options?.shouldFocus]),
      validation(["/body/email", "/body/homeLocation/city"]),
      ["email", "homeLocation"],
    );
    expect(mapped).toBe(true);
    expect(calls).toEqual([
      ["email", "bad /body/email", true],
      ["homeLocation.city", "bad /body/homeLocation/city", false],
    ]);
  });

  it("says when an error has no field on the form, so the summary keeps the detail", () => {
    const mapped = applyProblem(() => undefined, validation(["/body/email", "/body/unknown"]), ["email"]);
    expect(mapped).toBe(false);
  });

  it("maps nothing for problems without field errors or for other errors", () => {
    expect(applyProblem(() => undefined, new ProblemError(409, "conflict", "Taken."), ["email"])).toBe(false);
    expect(applyProblem(() => undefined, new Error("boom"), ["email"])).toBe(false);
  });
});

describe("problemSummary", () => {
  it("keeps the server's detail, shortening only validation failures the fields already show", () => {
    const wrong = new ProblemError(401, "invalid_credentials", "The email or password is wrong.");
    expect(problemSummary(wrong, false)).toBe("The email or password is wrong.");
    const invalid = new ProblemError(400, "validation_failed", "Please correct the request: /body/email: …");
    expect(problemSummary(invalid, true)).toBe("Please correct the fields marked below.");
    expect(problemSummary(invalid, false)).toBe("Please correct the request: /body/email: …");
    expect(problemSummary(new TypeError("x"), false)).toBe("Something went wrong. Please try again.");
  });
});
