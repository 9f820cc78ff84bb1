import { verdictLevels } from "@painplan/core";
import { expect, test } from "vitest";
import { isSuitable, verdictReadingOrder, verdictWords } from "./verdict-words";

test("every verdict has a word and an icon, and no two share either", () => {
  const words = verdictLevels.map((level) => verdictWords[level].word);
  const icons = verdictLevels.map((level) => verdictWords[level].icon);
  expect(new Set(words).size).toBe(verdictLevels.length);
  expect(new Set(icons).size).toBe(verdictLevels.length);
});

test("results are read with what needs attention first, every verdict once", () => {
  expect(verdictReadingOrder[0]).toBe("avoid");
  expect(verdictReadingOrder.toSorted()).toEqual([...verdictLevels].sort());
});

test("only ok and take care suit the person", () => {
  expect(verdictLevels.filter(isSuitable)).toEqual(["ok", "caution"]);
});

test("'ok' is never worded as a clearance: it is what the answers given show", () => {
  expect(verdictWords.ok.word).not.toMatch(/OK for you|safe|cleared/i);
  expect(verdictWords.ok.meaning).toContain("from the answers you gave");
  expect(verdictWords.ok.meaning).toContain("not a medical clearance");
});
