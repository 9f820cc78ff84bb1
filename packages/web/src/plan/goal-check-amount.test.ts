import { describe, expect, it } from "vitest";
import { amountWords, goalCheckAmount } from "./goal-check-amount";

describe("goalCheckAmount", () => {
  it("reads whole and decimal amounts, with a decimal comma too", () => {
    expect(goalCheckAmount("15")).toEqual({ value: 15 });
    expect(goalCheckAmount(" 12,5 ")).toEqual({ value: 12.5 });
  });

  it.each(["", "0", "-2", "abc", "1000001"])("refuses %j with a message", (text) => {
    expect(goalCheckAmount(text)).toHaveProperty("error");
  });
});

describe("amountWords", () => {
  it("keeps the unit and at most two decimals", () => {
    expect(amountWords(12.3456, "minutes")).toBe("12.35 minutes");
  });
});
