// Responses are written by fast-json-stringify, compiled once per route and status code from the same Zod schema that
// validates the route's types and documents it in OpenAPI. Why not fastify-type-provider-zod's serializer: it runs
// Zod's encode over every response (a validated copy, then JSON.stringify), 94 µs for a page of 25 assignments where
// this writer takes 17 (issue 10). The compiled writer walks the schema's fields only, so a value the schema leaves
// out (a column, a secret) is never written, as Zod's strip never wrote it.
//
// What it does not do is check values: the route's Zod schema types the handler's reply (TypeScript holds it to the
// schema), and the test harness checks every response the suite sees against Zod (`verify`). In production a value
// that breaks the schema anyway is written as its type coerces it (null as "" or 0, 1.7 as an integer 1) rather than
// failing the request with a 500, and the output side's `.trim()` / `.toLowerCase()` are not run again: values are
// normalised where they come in, by the same schemas.
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

type Writer = (data: unknown) => string;

/**
 * The serializer compiler. A value the compiled writer refuses (a required field missing, no branch of a union
 * takes it) goes to Zod's encode, which writes it or fails it as before. With `verify` (the test harness) every
 * response is written both ways and the two must parse to the same value, so each response the suite sees checks the
 * compiled writer against Zod, and a schema the writer cannot compile fails the test.
 */
export function compiledSerializer(options: { verify: boolean }) {
  return (input: CompileInput) => {
    const zodWrite = zodSerializerCompiler(input as Parameters<typeof zodSerializerCompiler>[0]);
    // Built on the route's first answer, not at start-up: building ~200 writers cost the start 0.7 s (issue 10).
    // A schema it cannot compile is tried once; Zod writes that route from then on.
    let compiled: Writer | null | undefined;
    const writer = (): Writer | null => {
      if (compiled === undefined) {
        try {
          compiled = fastJson(writerSchema(zodSchemaOf(input.schema)) as never) as Writer;
        } catch (error) {
          compiled = null;
          if (options.verify) {
            throw error;
          }
        }
      }
      return compiled;
    };
    if (!options.verify) {
      return (data: unknown) => {
        const write = writer();
        if (write) {
          try {
            return write(data);
          } catch {
            // Zod's encode decides: it writes what it can, or throws the serialization error it always threw.
          }
        }
        return zodWrite(data);
      };
    }
    return (data: unknown) => {
      const expected = zodWrite(data);
      const write = writer();
      if (!write) {
        throw new Error(`${input.method} ${input.url}: the response schema did not compile into a writer`);
      }
      const written = write(data);
      if (!isDeepStrictEqual(JSON.parse(written), JSON.parse(expected))) {
        throw new Error(`${input.method} ${input.url}: the compiled writer gave ${written}, Zod gave ${expected}`);
      }
      return written;
    };
  };
}
