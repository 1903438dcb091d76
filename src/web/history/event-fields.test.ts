import { describe, expect, it } from "vitest";
import { fieldLabel, fieldLines, fieldValue } from "./event-fields";

const id = "7f1c2c3e-0b1a-4c55-9e1d-2f0a4b6c8d9e";

describe("event fields", () => {
  it("leaves out what says nothing: empty lists, zero amounts, nulls and ids", () => {
    const noShow = { workerId: id, workerName: "Bea Absent", closedRequestIds: [], extraBudgetCleared: 0 };
    expect(fieldLines(noShow, "USD")).toEqual(["Worker: Bea Absent"]);
  });

  it("counts a released worker's hand-ins set aside for the client, and says nothing when there were none", () => {
    const released = {
      releasedFileIds: [id, id],
      releasedReportIds: [id],
      checklistCleared: [{ id, text: "Test the printer", checkedAt: "2026-11-29T08:00:00Z" }],
      fieldsCleared: [],
    };
    expect(fieldLines(released, "USD")).toEqual([
      "Files set aside: 2",
      "Reports set aside: 1",
      "Checklist ticks cleared: 1",
    ]);
  });

  it("reads what a send to talent pools reached in one line", () => {
    const pools = {
      pools: [{ id, name: "Denver crew" }],
      radiusMiles: 20,
      members: 3,
      outsideRadius: 1,
      reached: 1,
      leftOut: 1,
      leftOutBy: [{ requirement: "skill: Printer Repair", count: 1 }],
    };
    expect(fieldLines({ recipients: 1, pools }, "USD")).toEqual([
      "Recipients: 1",
      "Talent pools: Denver crew within 20 miles: 1 reached, 1 farther, 1 left out (skill: Printer Repair: 1)",
    ]);
    expect(fieldValue("pools", { reached: 1 }, null)).toBeNull();
  });

  it("formats amounts as money by field name, in the event's currency or the page's", () => {
    const abandoned = { reason: "Sick", closedRequestIds: [id, id], extraBudgetCleared: 10_000 };
    expect(fieldLines(abandoned, "USD")).toEqual([
      "Reason: Sick",
      "Open requests closed: 2",
      "Accepted increases cleared: $100.00",
    ]);
    const cancelled = { reason: "Rain", feeOffered: true, fee: 6_000, suggestedFee: 5_000, assignedWorkerId: id };
    expect(fieldLines(cancelled, "EUR")).toEqual([
      "Reason: Rain",
      "Late-cancellation fee offered: yes",
      "Cancellation fee: €60.00",
      "Suggested fee: €50.00",
    ]);
    expect(fieldLines({ amount: 1_500, currency: "JPY" }, "USD")).toEqual(["Amount: ¥1,500"]);
    const submitted = { hours: 2.5, units: null, expenses: 0, total: 12_345 };
    expect(fieldLines(submitted, "USD")).toEqual(["Hours: 2.5", "Total: $123.45"]);
    const request = { requestId: id, kind: "budget_increase", amount: 10_000, schedule: null, note: null };
    expect(fieldLines(request, "USD")).toEqual(["Request: budget increase", "Amount: $100.00"]);
  });

  it("says when the currency is unknown rather than showing a bare number as money", () => {
    expect(fieldValue("amount", 1_500, null)).toBe("1500 (minor units)");
  });

  it("labels fields the table does not name from their key", () => {
    expect(fieldLabel("routingMode")).toBe("Routing");
    expect(fieldLabel("paymentTermsDays")).toBe("Payment terms");
    expect(fieldLabel("someNewField")).toBe("Some new field");
    expect(fieldLines({ auto: false, paymentTermsDays: 30, line: 4 })).toEqual([
      "Approved automatically: no",
      "Payment terms: 30 days",
      "CSV line: 4",
    ]);
  });
});
