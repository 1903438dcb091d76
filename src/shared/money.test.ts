import { describe, expect, it } from "vitest";
import { addMoney, compareMoney, formatMoney, Money, money, parseMajorUnits, TYPED_AMOUNT_MESSAGE } from "./money";

const MAX = Number.MAX_SAFE_INTEGER;

describe("money", () => {
  it("parses what people type into minor units without floating point", () => {
    expect(parseMajorUnits("12.50", "USD")).toBe(1250);
    expect(parseMajorUnits("12,5", "EUR")).toBe(1250);
    expect(parseMajorUnits(" 0.10 ", "USD")).toBe(10);
    expect(parseMajorUnits("0.29", "USD")).toBe(29);
    expect(parseMajorUnits("1234", "JPY")).toBe(1234);
    expect(parseMajorUnits("7", "GBP")).toBe(700);
    expect(parseMajorUnits("$157.50", "USD")).toBe(15_750);
    expect(parseMajorUnits("12,50 €", "EUR")).toBe(1250);
  });

  it("tells a person who typed something that is not an amount in their unit, not in cents (issue 9)", () => {
    const typed = Money.safeParse({ amount: Number.NaN, currency: "USD" });
    expect(typed.error?.issues[0]?.message).toBe(TYPED_AMOUNT_MESSAGE);
    const sent = Money.safeParse({ amount: "157.50", currency: "USD" });
    expect(sent.error?.issues[0]?.message).toMatch(/minor units/);
  });

  it("refuses what is not an amount", () => {
    for (const text of ["", "abc", "-5", "1.234", "1e3", "12.5.0", "1 000"]) {
      expect(parseMajorUnits(text, "USD"), text).toBeNull();
    }
    expect(parseMajorUnits("1.5", "JPY")).toBeNull();
  });

  it("never parses past 2^53-1", () => {
    expect(parseMajorUnits("99999999999999", "USD")).toBeNull();
    const largest = parseMajorUnits("9999999999999.99", "USD");
    expect(largest).not.toBeNull();
    expect(Number.isSafeInteger(largest)).toBe(true);
  });

  it("refuses amounts above 2^53-1, negative or fractional", () => {
    expect(Money.safeParse({ amount: MAX, currency: "USD" }).success).toBe(true);
    for (const amount of [MAX + 1, 2 ** 60, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(Money.safeParse({ amount, currency: "USD" }).success, String(amount)).toBe(false);
    }
    expect(Money.safeParse({ amount: 1, currency: "XXX" }).success).toBe(false);
    expect(() => addMoney(money(MAX, "USD"), money(1, "USD"))).toThrow();
  });

  it("formats for people in the currency's digits", () => {
    expect(formatMoney(money(123456, "USD"))).toBe("$1,234.56");
    expect(formatMoney(money(1234, "JPY"))).toBe("¥1,234");
    expect(formatMoney(money(5, "EUR"), "de-DE")).toBe("0,05\u00a0€");
  });

  it("adds and compares only within one currency", () => {
    expect(addMoney(money(150, "USD"), money(250, "USD"))).toEqual({ amount: 400, currency: "USD" });
    expect(compareMoney(money(1, "USD"), money(2, "USD"))).toBe(-1);
    expect(() => compareMoney(money(1, "USD"), money(1, "EUR"))).toThrow();
  });
});
