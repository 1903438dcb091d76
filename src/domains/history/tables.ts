/**
 * The history's one table, `events`, is platform infrastructure: every domain appends to it through
 * `recordEvent` without depending on a domain above it. This domain only reads it, so it re-exports it here
 * for its queries to join on, like any domain's tables.
 */
export { events } from "#platform/tables";
