/**
 * The one place that reads Drizzle internals: how a select builder maps its rows. `selectBatch` decodes a batch's
 * rows with it and `preparedSelect` prepares a builder with it, each exactly as `await query` would map them. Its
 * typings mark these internal, so a Drizzle upgrade is checked here (and by the tests of both users).
 */
import type { SQL } from "drizzle-orm";
import * as drizzleUtils from "drizzle-orm/utils";

export interface SelectedField {
  path: string[];
  field: unknown;
}

/** A Drizzle select builder, not yet awaited. */
export interface SelectQuery extends PromiseLike<unknown> {
  getSQL(): SQL;
}

/** The internals a builder keeps for its own result mapping: a select's fields, or the columns an UPDATE returns. */
interface SelectInternals {
  config: { fields?: Record<string, unknown>; returning?: SelectedField[] };
  joinsNotNullableMap?: Record<string, boolean>;
}

/** Drizzle's own row mapping (what `await query` applies). */
export const { mapResultRow, orderSelectedFields } = drizzleUtils as unknown as {
  orderSelectedFields(fields: Record<string, unknown>): SelectedField[];
  mapResultRow(fields: SelectedField[], row: unknown[], joinsNotNullable?: Record<string, boolean>): unknown;
};

/**
 * A builder's selected fields in row order, and which joined tables may come back as nulls; for an UPDATE with
 * RETURNING (preparedSelect takes one), the returned columns, which Drizzle keeps ordered already.
 */
export function selectionOf(query: SelectQuery): {
  fields: SelectedField[];
  joinsNotNullableMap: Record<string, boolean> | undefined;
} {
  const { config, joinsNotNullableMap } = query as unknown as SelectInternals;
  return { fields: config.fields ? orderSelectedFields(config.fields) : (config.returning ?? []), joinsNotNullableMap };
}
