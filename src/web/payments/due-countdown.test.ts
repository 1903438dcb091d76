import { describe, expect, it } from "vitest";
import { dueCountdown } from "./due-countdown";

const due = new Date("2030-03-10T12:00:00Z");
const ahead = (ms: number) => new Date(due.getTime() - ms);
const H = 3_600_000;

describe("dueCountdown", () => {
  it("counts days and hours, then hours, then minutes to the due date", () => {
    expect(dueCountdown(due, ahead(30 * 24 * H))).toEqual({ text: "Due in 30 days", overdue: false });
    expect(dueCountdown(due, ahead(25 * H))).toEqual({ text: "Due in 1 day 1 hour", overdue: false });
    expect(dueCountdown(due, ahead(5 * H + 59_000))).toEqual({ text: "Due in 5 hours", overdue: false });
    expect(dueCountdown(due, ahead(90_000))).toEqual({ text: "Due in 2 minutes", overdue: false });
  });

  it("says due now on the day, then the whole days late", () => {
    expect(dueCountdown(due, due)).toEqual({ text: "Due now", overdue: true });
    expect(dueCountdown(due, ahead(-23 * H))).toEqual({ text: "Due now", overdue: true });
    expect(dueCountdown(due, ahead(-24 * H))).toEqual({ text: "1 day past due", overdue: true });
    expect(dueCountdown(due, ahead(-72 * H))).toEqual({ text: "3 days past due", overdue: true });
  });
});
