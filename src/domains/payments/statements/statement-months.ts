/** Statement months (pure): always UTC months, so a statement reads the same wherever it is opened. */

export const monthOf = (at: Date): string => at.toISOString().slice(0, 7);

/** `from` (the month's first midnight UTC, inclusive) and `to` (the next month's, exclusive). */
export function monthRange(month: string): { from: Date; to: Date } {
  const [year, index] = month.split("-").map(Number) as [number, number];
  return { from: new Date(Date.UTC(year, index - 1, 1)), to: new Date(Date.UTC(year, index, 1)) };
}

/** Every month from `first` to `last` (both `YYYY-MM`), newest first. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (
    let at = monthRange(last).from;
    monthOf(at) >= first;
    at = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - 1, 1))
  ) {
    months.push(monthOf(at));
  }
  return months;
}
