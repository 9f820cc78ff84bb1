import { describe, expect, test } from "vitest";
import { raisesCrisisPanel } from "./crisis-answer";

describe("raisesCrisisPanel (REFERENCE §8: a yes or a not sure to thoughts of self-harm)", () => {
  test("yes and not sure show the crisis panel at once", () => {
    expect(raisesCrisisPanel({ "self-harm-thoughts": "yes" })).toBe(true);
    expect(raisesCrisisPanel({ "self-harm-thoughts": "not-sure" })).toBe(true);
  });

  test("no, unanswered, or another red flag alone do not", () => {
    expect(raisesCrisisPanel({ "self-harm-thoughts": "no" })).toBe(false);
    expect(raisesCrisisPanel({ "self-harm-thoughts": null })).toBe(false);
    expect(raisesCrisisPanel(undefined)).toBe(false);
    expect(raisesCrisisPanel({ "spreading-weakness": "yes" })).toBe(false);
  });
});
