import { z } from "zod";

/**
 * The primitives every contract is built from, so each bound is defined once: every string has a maximum,
 * every id one format, every list a length limit.
 */
export const Id = z.uuid({ error: "Use a valid id." });
export type Id = z.infer<typeof Id>;

/** Single-line text: trimmed, no control characters, bounded. */
export const Text = (max: number, min = 1) =>
  z
    .string({ error: "Give a text value." })
    .trim()
    .min(min, min === 1 ? "This cannot be empty." : `Use at least ${min} characters.`)
    .max(max, `Use at most ${max} characters.`)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), "Control characters are not allowed.");

/** Multi-line Markdown: rendered safely in the web UI, bounded. */
export const Markdown = (max: number) =>
  z
    .string({ error: "Give a text value." })
    .max(max, `Use at most ${max} characters.`)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: tabs and newlines are fine, other control characters are not.
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), "Control characters are not allowed.");

export const Email = z
  .string({ error: "Give an email address." })
  .trim()
  .max(254, "Use at most 254 characters.")
  // toLowerCase() is an in-place check, not a transform, so the schema also serializes in responses.
  .toLowerCase()
  .pipe(z.email({ error: "Use a valid email address." }));

export const Password = z
  .string({ error: "Give a password." })
  .min(10, "Use at least 10 characters.")
  .max(256, "Use at most 256 characters.");

export const Url = z
  .string()
  .trim()
  .max(2048, "Use at most 2048 characters.")
  .pipe(z.url({ protocol: /^https?$/, error: "Use a web address starting with http:// or https://." }));

export const CountryCode = z.string().regex(/^[A-Z]{2}$/, "Use a two-letter ISO 3166 country code such as US or FR.");

export const Latitude = z
  .number()
  .min(-90, "Latitude is between -90 and 90.")
  .max(90, "Latitude is between -90 and 90.");
export const Longitude = z
  .number()
  .min(-180, "Longitude is between -180 and 180.")
  .max(180, "Longitude is between -180 and 180.");

export const Location = z.strictObject({
  address: Text(200).nullable(),
  city: Text(100),
  region: Text(100).nullable(),
  postalCode: Text(20).nullable(),
  country: CountryCode,
  latitude: Latitude,
  longitude: Longitude,
});
export type Location = z.infer<typeof Location>;

/**
 * A site or home location as a client sends it: a free address, optionally with a city picked from the suggestions
 * (`GET /places`, the places domain). The server geocodes it from an offline data set of the world's cities (population 1,000 and
 * more); latitude and longitude are optional and, when given, win. What is stored and answered is a full `Location`.
 */
export const LocationInput = z
  .strictObject({
    /** Street, number and anything else; may also name the city ("12 Main St, Charlotte, NC 28202"). */
    address: Text(200).nullable().default(null),
    /** The city, as picked from the suggestions or typed; without it the city is read from the address. */
    city: Text(100).nullable().default(null),
    region: Text(100).nullable().default(null),
    postalCode: Text(20).nullable().default(null),
    /** Narrows the city search: "Barcelona" alone is ambiguous, with `ES` it is not. */
    country: CountryCode.nullable().default(null),
    latitude: Latitude.nullable().default(null),
    longitude: Longitude.nullable().default(null),
  })
  .superRefine((value, ctx) => {
    if (value.address === null && value.city === null) {
      ctx.addIssue({ code: "custom", path: ["address"], message: "Give an address or a city." });
    }
    if ((value.latitude === null) !== (value.longitude === null)) {
      const path = [value.latitude === null ? "latitude" : "longitude"];
      ctx.addIssue({ code: "custom", path, message: "Give both latitude and longitude, or neither." });
    }
  });
export type LocationInput = z.input<typeof LocationInput>;

export const Tags = (maxItems: number, maxLength = 60) =>
  z.array(Text(maxLength)).max(maxItems, `Use at most ${maxItems} entries.`);

export const Limit = z.coerce.number().int().min(1).max(100).default(25);
export const Cursor = z.string().max(500).optional();
export const PageQuery = z.strictObject({ limit: Limit, cursor: Cursor });

export const Page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const IdParams = z.strictObject({ id: Id });
export const Ok = z.object({ ok: z.literal(true) });
