/** The statement lists' cursors (pure): each key checked before it reaches SQL, so a forged cursor is a 400. */
import { decodeCursor } from "#platform/pagination";
import { Problem } from "#shared/problems";

const badCursor = () =>
  new Problem("validation_failed", "This page link is not valid; start again from the first page.", {}, [
    { pointer: "/querystring/cursor", message: "Invalid cursor." },
  ]);

/** The cursor's values, each checked by `parse` (a forged cursor is a 400, never a SQL error). */
export function cursorOf<T extends readonly unknown[]>(
  cursor: string | undefined,
  parse: (key: unknown[]) => T | null,
): T | null {
  const key = decodeCursor(cursor);
  if (!key) {
    return null;
  }
  const parsed = parse(key);
  if (!parsed) {
    throw badCursor();
  }
  return parsed;
}
export const isTime = (value: unknown): value is string =>
  typeof value === "string" && !Number.isNaN(Date.parse(value));
export const isUuid = (value: unknown): value is string =>
  typeof value === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
