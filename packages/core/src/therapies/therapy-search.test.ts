import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { therapyCatalog } from "./therapy-catalog.js";
import { therapyIds, therapyIdsByKind, therapyKinds } from "./therapy-ids.js";
import { normalizeSearchText, searchTherapies, searchWordForm } from "./therapy-search.js";

const libraryOrder: readonly string[] = therapyIds;

const idsFor = (search: Parameters<typeof searchTherapies>[1]) =>
  searchTherapies(therapyCatalog, search).map((therapy) => therapy.id);

describe("normalizeSearchText", () => {
  it("lowercases, drops accents and turns punctuation into single spaces", () => {
    expect(normalizeSearchText("  Cat–cow,  ÉTÉ! Child's ")).toBe("cat cow ete childs");
  });
});

describe("searchTherapies", () => {
  it("returns the whole library in its order when nothing is asked", () => {
    expect(idsFor({})).toEqual([...therapyIds]);
    expect(idsFor({ text: "   " })).toEqual([...therapyIds]);
  });

  it.each(therapyKinds)("filters by kind %s, keeping the library's order", (kind) => {
    expect(idsFor({ kind })).toEqual([...therapyIdsByKind[kind]]);
  });

  it("ignores case, accents and punctuation in the query", () => {
    expect(idsFor({ text: "CÂT-COW" })).toEqual(["yoga-cat-cow"]);
    expect(idsFor({ text: "cat cow" })).toEqual(["yoga-cat-cow"]);
    expect(idsFor({ text: "CHILDS pose" })).toEqual(["yoga-childs-pose"]);
  });

  it("finds entries by their other names", () => {
    expect(idsFor({ text: "tadasana" })).toEqual(["yoga-mountain"]);
    expect(idsFor({ text: "mld" })).toEqual(["manual-lymphatic-drainage"]);
    expect(idsFor({ text: "pregabalin" })).toEqual(["medication"]);
  });

  it("finds entries by words of their one-line summary", () => {
    // The summary's match comes first; descriptions that mention both words follow.
    expect(idsFor({ text: "out-breath" })[0]).toBe("paced-breathing");
  });

  it("needs every word of the query to match", () => {
    expect(idsFor({ text: "forward fold" })).toEqual([
      "yoga-standing-forward-fold",
      "yoga-seated-forward-fold",
      // "Fold forward" is in its description only, so it comes after the two by name.
      "yoga-childs-pose",
    ]);
    expect(idsFor({ text: "seated fold" })[0]).toBe("yoga-seated-forward-fold");
  });

  it("combines kind and text", () => {
    expect(idsFor({ kind: "mindfulness", text: "fold" })).toEqual([]);
    expect(idsFor({ kind: "acupuncture", text: "electric" })).toEqual(["electroacupuncture"]);
  });

  it("finds nothing for words the library does not contain", () => {
    expect(idsFor({ text: "reiki" })).toEqual([]);
  });

  it("keeps the order of the list it is given", () => {
    const reversed = [...therapyCatalog].reverse();
    expect(searchTherapies(reversed, { kind: "yoga" }).map((t) => t.id)).toEqual(
      [...therapyIdsByKind.yoga].reverse(),
    );
  });

  it("finds 'feet' wherever the library mentions a foot or feet, by name first", () => {
    const feet = idsFor({ text: "feet" });
    expect(feet).toEqual(idsFor({ text: "foot" }));
    expect(feet).toEqual(idsFor({ text: "FEET" }));
    const mentions = therapyCatalog.filter((therapy) => {
      const text = [
        therapy.name,
        therapy.summary,
        therapy.whatItIs,
        therapy.whatToExpect,
        ...therapy.searchTerms,
        ...(therapy.kind === "yoga" ? [therapy.variantDescription, ...therapy.cues] : []),
        ...(therapy.kind === "mindfulness" ? therapy.steps : []),
      ].join(" ");
      return /\b(foot|feet)\b/i.test(text);
    });
    expect(mentions.length).toBeGreaterThan(3);
    expect(feet).toEqual(expect.arrayContaining(mentions.map((therapy) => therapy.id)));
    const byName = therapyCatalog.filter((therapy) =>
      /\b(foot|feet)\b/i.test([therapy.name, therapy.summary, ...therapy.searchTerms].join(" ")),
    );
    expect(feet.slice(0, byName.length)).toEqual(byName.map((therapy) => therapy.id));
  });

  it("reads plurals as their singular: feet, hands, toes, but not stress", () => {
    expect(["feet", "hands", "toes", "stress", "legs", "arm"].map(searchWordForm)).toEqual([
      "foot",
      "hand",
      "toe",
      "stress",
      "leg",
      "arm",
    ]);
  });

  it("returns an in-order part of the library, narrowing as words are added (property)", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.constantFrom(undefined, ...therapyKinds),
        (a, b, kind) => {
          const one = idsFor({ kind, text: a });
          const both = idsFor({ kind, text: `${a} ${b}` });
          const order = one.map((id) => libraryOrder.indexOf(id));
          // Two groups (by name, then by description), each in the library's order.
          const descents = order.filter((at, index) => index > 0 && at < (order[index - 1] ?? 0));
          expect(descents.length).toBeLessThanOrEqual(1);
          expect(new Set(one).size).toBe(one.length);
          expect(one).toEqual(expect.arrayContaining(both));
        },
      ),
    );
  });
});
