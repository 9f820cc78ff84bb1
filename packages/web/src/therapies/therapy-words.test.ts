import { evidenceCertainties, therapyCatalog, therapyKinds } from "@painplan/core";
import { expect, test } from "vitest";
import {
  certaintyShortWords,
  certaintyWords,
  frequencyShortText,
  kindNames,
  minutesText,
  sourceLinkPlace,
  sourceStrengthWords,
} from "./therapy-words";

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

test("a card's frequency is short and keeps its unit", () => {
  expect(
    frequencyShortText({ basis: "times-per-week", min: 2, max: 5, label: "Two to five…" }),
  ).toBe("2–5 times a week");
  expect(frequencyShortText({ basis: "times-per-week", min: 1, max: 1, label: "" })).toBe(
    "once a week",
  );
  expect(frequencyShortText({ basis: "every-weeks", min: 1, max: 2, label: "" })).toBe(
    "every 1–2 weeks",
  );
  expect(frequencyShortText({ basis: "as-prescribed", label: "" })).toBe("as prescribed");
});

test("source links say where they go and weak sources say so", () => {
  expect(sourceLinkPlace("https://doi.org/10.1093/pm/pnw099")).toBe("the publisher's page");
  expect(sourceLinkPlace("https://pubmed.ncbi.nlm.nih.gov/?term=Izgu+massage")).toBe(
    "a PubMed search (we hold no direct link)",
  );
  expect(sourceLinkPlace("https://www.annfammed.org/content/12/2/112.full")).toBe(
    "the journal's site (annfammed.org)",
  );
  expect(sourceStrengthWords.verified).toBeUndefined();
  expect(sourceStrengthWords.unverified).toContain("weak");
});

test("no two cards of the library say the same frequency sentence in full", () => {
  const shortTexts = new Set(therapyCatalog.map((t) => frequencyShortText(t.typicalFrequency)));
  for (const text of shortTexts) expect(text.length).toBeLessThanOrEqual(20);
});
