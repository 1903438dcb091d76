import { Problem } from "#shared/problems";

/** Cursors are opaque to clients: base64url JSON of the last row's sort key. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

const invalidCursor = () =>
  new Problem("validation_failed", "The cursor is not valid; start again from the first page.", {}, [
    { pointer: "/querystring/cursor", message: "Invalid cursor." },
  ]);

export function decodeCursor(cursor: string | undefined): unknown[] | null {
  if (!cursor) {
    return null;
  }
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value)) {
      return value;
    }
  } catch {
    // fall through to the problem below
  }
  throw invalidCursor();
}

/** What one key of a keyset cursor must be: a finite number, a whole number from 0, text, or an id. */
export type CursorKey = "number" | "count" | "text" | "id";
const keyIs: Record<CursorKey, (v: unknown) => boolean> = {
  number: (v) => typeof v === "number" && Number.isFinite(v),
  count: (v) => Number.isSafeInteger(v) && (v as number) >= 0,
  text: (v) => typeof v === "string" && v.length <= 1000,
  id: (v) => typeof v === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
};

/**
 * A cursor whose keys go into SQL as they are (a keyset compared in the statement): exactly these keys, each of its
 * kind, else 400 `validation_failed` like any other bad cursor (a hand-made one would otherwise reach PostgreSQL).
 */
export function decodeKeyset(cursor: string | undefined, kinds: readonly CursorKey[]): unknown[] | null {
  const keys = decodeCursor(cursor);
  if (keys && (keys.length !== kinds.length || !kinds.every((kind, i) => keyIs[kind](keys[i])))) {
    throw invalidCursor();
  }
  return keys;
}

/** Takes `limit + 1` rows and turns the extra one into the next cursor. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => unknown[]) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
