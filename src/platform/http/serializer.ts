// Responses are written by fast-json-stringify, compiled once per route and status code from the same Zod schema that
// validates the route's types and documents it in OpenAPI. Why not fastify-type-provider-zod's serializer: it runs
// Zod's encode over every response (a validated copy, then JSON.stringify), about 0.3 of the 1 ms of CPU a page of 25
// assignments cost (issue 10). The compiled writer walks the schema's fields only, so a value the schema leaves out
// (a column, a secret) is never written, as Zod's strip never wrote it.
import { isDeepStrictEqual } from "node:util";
import fastJson from "fast-json-stringify";
import { serializerCompiler as zodSerializerCompiler } from "fastify-type-provider-zod";
import { z } from "zod";
import { $ZodType } from "zod/v4/core";

type Schema = Record<string, unknown>;
type CompileInput = { schema: unknown; method: string; url: string; httpStatus?: string };

/** Value checks the writer has no use for: it writes what the handler's types already promise. */
const checks = [
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "pattern",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "uniqueItems",
  "format",
];

/**
 * The JSON Schema fast-json-stringify reads: OpenAPI 3.0's `nullable` (a plain null check, where anyOf-with-null
 * would run ajv per value), and none of the checks, nor `additionalProperties: false`, which only slow down or break
 * picking a union's branch (ajv runs them there): the type, the literals and the required fields pick it. Fields
 * outside `properties` are skipped either way.
 */
function writerSchema(schema: $ZodType): Schema {
  const json = z.toJSONSchema(schema, { io: "output", target: "openapi-3.0", unrepresentable: "any" });
  return JSON.parse(JSON.stringify(json), (_key, value: unknown) => {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      const node = value as Schema;
      if (node.additionalProperties === false) {
        delete node.additionalProperties;
      }
      for (const check of checks) {
        if (typeof node[check] !== "object") {
          delete node[check];
        }
      }
      // A discriminated union's branches exclude each other by their literal; the first match is the one.
      if (Array.isArray(node.oneOf)) {
        node.anyOf = node.oneOf;
        delete node.oneOf;
      }
      // ajv reads `nullable` only beside a `type`: a nullable union takes null as one more branch.
      if (node.nullable === true && node.type === undefined) {
        delete node.nullable;
        if (typeof node.$ref === "string") {
          node.anyOf = [{ $ref: node.$ref }, { type: "null" }];
          delete node.$ref;
        } else if (Array.isArray(node.allOf) && node.allOf.length === 1) {
          // A nullable named schema: `allOf: [{ $ref }]` beside `nullable`.
          node.anyOf = [node.allOf[0], { type: "null" }];
          delete node.allOf;
        } else if (Array.isArray(node.anyOf)) {
          node.anyOf = [...node.anyOf, { type: "null" }];
        }
      }
    }
    return value;
  }) as Schema;
}

function zodSchemaOf(schema: unknown): $ZodType {
  if (schema instanceof $ZodType) {
    return schema;
  }
  const properties = (schema as { properties?: unknown } | null)?.properties;
  if (properties instanceof $ZodType) {
    return properties;
  }
  throw new Error(`A response schema is not a Zod schema: ${JSON.stringify(schema)}`);
}

/**
 * The serializer compiler. A value the compiled writer cannot write (a field it requires is missing, no branch of a
 * union takes it) goes to Zod's encode, which writes it as before or fails it as before: never worse than Zod alone.
 * With `verify` (the test harness) every response is written both ways and the two must parse to the same value, so
 * each response the suite sees checks the compiled writer against Zod.
 */
export function compiledSerializer(options: { verify: boolean }) {
  return (input: CompileInput) => {
    // Built on the route's first answer, not at start-up: writing ~200 writers cost the start 0.7 s (issue 10).
    let compiled: ((data: unknown) => string) | undefined;
    const write = (data: unknown) => {
      compiled ??= fastJson(writerSchema(zodSchemaOf(input.schema)) as never) as (data: unknown) => string;
      return compiled(data);
    };
    const zodWrite = zodSerializerCompiler(input as Parameters<typeof zodSerializerCompiler>[0]);
    if (!options.verify) {
      return (data: unknown) => {
        try {
          return write(data);
        } catch {
          return zodWrite(data);
        }
      };
    }
    return (data: unknown) => {
      const expected = zodWrite(data);
      const written = write(data);
      if (!isDeepStrictEqual(JSON.parse(written), JSON.parse(expected))) {
        throw new Error(`${input.method} ${input.url}: the compiled writer gave ${written}, Zod gave ${expected}`);
      }
      return written;
    };
  };
}
