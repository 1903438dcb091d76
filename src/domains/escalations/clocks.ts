/**
 * The team's clocks (issue 15, item 4): a first response within 1 business day of the opening, then an update to both
 * parties at least every 2 business days while the case is open. Business days are Monday to Friday in UTC (the team
 * works one calendar; public holidays are not modelled). Pure.
 */
const DAY = 86_400_000;
export const FIRST_RESPONSE_BUSINESS_DAYS = 1;
export const UPDATE_BUSINESS_DAYS = 2;

const isWeekend = (date: Date) => date.getUTCDay() === 0 || date.getUTCDay() === 6;

/** The same time of day `days` business days later: Friday 10:00 plus one is Monday 10:00. */
export function addBusinessDays(from: Date, days: number): Date {
  let at = from.getTime();
  let added = 0;
  while (added < days) {
    at += DAY;
    if (!isWeekend(new Date(at))) {
      added += 1;
    }
  }
  return new Date(at);
}

export const firstResponseDue = (openedAt: Date) => addBusinessDays(openedAt, FIRST_RESPONSE_BUSINESS_DAYS);
export const nextUpdateDue = (updatedAt: Date) => addBusinessDays(updatedAt, UPDATE_BUSINESS_DAYS);
