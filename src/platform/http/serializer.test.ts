import { isResponseSerializationError } from "fastify-type-provider-zod";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { compiledSerializer } from "./serializer";

const Person = z.object({ id: z.uuid(), name: z.string() }).meta({ id: "SerializerTestPerson" });
const Schedule = z.discriminatedUnion("type", [
  z.object({ type: z.literal("fixed"), startsAt: z.iso.datetime(), endsAt: z.iso.datetime().nullable() }),
  z.object({ type: z.literal("window"), startsAt: z.iso.datetime(), endsAt: z.iso.datetime() }),
]);
const View = z.object({
  id: z.uuid(),
  title: z.string().max(10),
  count: z.int().min(0),
  city: z.string().nullable(),
  schedule: Schedule.nullable(),
  owner: Person.nullable(),
  people: z.array(Person),
  scores: z.record(z.string(), z.enum(["good", "bad"])),
  note: z.string().optional(),
});

const id = "0b5e2c1e-7f1a-4c1e-9d3a-3f6a2b1c0d9e";
const writer = (verify: boolean) => compiledSerializer({ verify })({ schema: View, method: "GET", url: "/views" });
const zodWrites = (value: unknown) => JSON.parse(JSON.stringify(View.encode(value as z.output<typeof View>)));

describe("compiledSerializer", () => {
  const values = [
    {
      id,
      title: "Fix it",
      count: 3,
      city: null,
      schedule: null,
      owner: null,
      people: [],
      scores: {},
    },
    {
      id,
      title: "Survey",
      count: 1,
      city: 'Leeds "north" \u2028',
      schedule: { type: "window", startsAt: "2026-12-07T09:00:00Z", endsAt: "2026-12-07T17:00:00Z" },
      owner: { id, name: "Ada" },
      people: [{ id, name: "Bo" }],
      scores: { punctuality: "good", quality: "bad" },
      note: "kept",
    },
    {
      id,
      title: "Fixed",
      count: 0,
      city: "York",
      schedule: { type: "fixed", startsAt: "2026-12-07T09:00:00Z", endsAt: null },
      owner: { id, name: "Ada" },
      people: [],
      scores: {},
    },
  ];

  it("writes what Zod writes: nullable fields, unions and named schemas, records, optional fields", () => {
    for (const value of values) {
      expect(JSON.parse(writer(false)(value))).toEqual(zodWrites(value));
      expect(JSON.parse(writer(true)(value))).toEqual(zodWrites(value));
    }
  });

  it("never writes a field the schema leaves out, also inside a union's branch and a named schema", () => {
    const value = {
      ...values[2],
      passwordHash: "secret",
      owner: { id, name: "Ada", email: "ada@example.com" },
      schedule: { type: "fixed", startsAt: "2026-12-07T09:00:00Z", endsAt: null, internal: 1 },
    };
    const written = writer(false)(value);
    expect(written).not.toMatch(/secret|ada@example|internal/);
    expect(JSON.parse(written)).toEqual(zodWrites(values[2]));
  });

  it("fails a value that breaks the schema as Zod did, in production and under verify", () => {
    const missing = { ...values[0], people: undefined };
    for (const verify of [false, true]) {
      let thrown: unknown = null;
      try {
        writer(verify)(missing);
      } catch (error) {
        thrown = error;
      }
      expect(isResponseSerializationError(thrown), `verify: ${verify}`).toBe(true);
    }
  });
});
