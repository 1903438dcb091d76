/**
 * The countdown beside an open invoice's due date (issue 11 item 3: both sides see the due date with a countdown).
 * Pure, so the words are tested alone; the section re-renders it every minute. Past the due date it counts the
 * days late the way the server does (whole days, fees.ts daysLate).
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;

export function dueCountdown(dueAt: Date, now: Date): { text: string; overdue: boolean } {
  const left = dueAt.getTime() - now.getTime();
  if (left <= 0) {
    const late = Math.floor(-left / DAY);
    return { text: late === 0 ? "Due now" : `${plural(late, "day")} past due`, overdue: true };
  }
  if (left >= DAY) {
    const days = Math.floor(left / DAY);
    const hours = Math.floor((left % DAY) / HOUR);
    return { text: `Due in ${plural(days, "day")}${hours > 0 ? ` ${plural(hours, "hour")}` : ""}`, overdue: false };
  }
  if (left >= HOUR) {
    return { text: `Due in ${plural(Math.floor(left / HOUR), "hour")}`, overdue: false };
  }
  return { text: `Due in ${plural(Math.max(1, Math.ceil(left / MINUTE)), "minute")}`, overdue: false };
}
