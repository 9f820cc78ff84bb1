import { evidenceCertainties, therapyKinds } from "@painplan/core";
import { expect, test } from "vitest";
import { certaintyShortWords, certaintyWords, kindNames, minutesText } from "./therapy-words";

test("minutes always carry their unit", () => {
  expect(minutesText({ min: 30, max: 60 })).toBe("30–60 minutes");
  expect(minutesText({ min: 20, max: 20 })).toBe("20 minutes");
  expect(minutesText(null)).toBeUndefined();
});

test("every kind and every certainty has words", () => {
  for (const kind of therapyKinds) expect(kindNames[kind]).not.toBe("");
  for (const certainty of evidenceCertainties) {
    expect(certaintyWords[certainty]).not.toBe("");
    expect(certaintyShortWords[certainty]).not.toBe("");
  }
});
