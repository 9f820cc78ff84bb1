import { describe, expect, it } from "vitest";
import { moneyTargets, withMoneyErrors } from "./use-money-form";

describe("withMoneyErrors", () => {
  it("adds the amount and currency messages found before sending under the path", () => {
    const problem = withMoneyErrors(
      { summary: undefined, fields: { name: "Enter a name." } },
      "price",
      { amount: "Enter an amount such as 90 or 90.50, without a minus sign." },
    );
    expect(problem.fields).toEqual({
      name: "Enter a name.",
      "price.amountMinor": "Enter an amount such as 90 or 90.50, without a minus sign.",
    });
  });

  it("keeps the server's problem as it is when the money read", () => {
    const server = { summary: "Something went wrong on our side.", fields: {} };
    expect(withMoneyErrors(server, "price", {})).toEqual(server);
  });
});

describe("moneyTargets", () => {
  it("links the summary to the inputs MoneyFields renders", () => {
    expect(moneyTargets("package-price", "Amount paid", "price")).toEqual({
      "price.amountMinor": { id: "package-price-amount", label: "Amount paid" },
      "price.currency": { id: "package-price-currency", label: "Currency" },
    });
  });
});
