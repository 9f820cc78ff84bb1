import { describe, expect, it } from "vitest";
import { isSameAnswers } from "./check-answers.js";
import { instrumentCatalog } from "./instrument-catalog.js";
import { definitionOf } from "./instrument-definition.js";
import { instrumentIds, isLicensedInstrument } from "./instrument-ids.js";
import { instrumentDefinitionSchema } from "./instruments.schema.js";

describe("definitionOf", () => {
  it("gives every free instrument in full, with text for every item and option", () => {
    for (const id of instrumentIds.filter((candidate) => !isLicensedInstrument(candidate))) {
      const definition = definitionOf(instrumentCatalog[id], undefined);
      expect(instrumentDefinitionSchema.parse(definition)).toEqual(definition);
      expect(definition?.items.every((item) => item.text.length > 0)).toBe(true);
      expect(definition?.items.every((item) => item.options.length >= 2)).toBe(true);
    }
  });

  it("has nothing to show for a licensed instrument until its text is installed", () => {
    expect(definitionOf(instrumentCatalog["id-pain"], undefined)).toBeUndefined();
    const items = Object.fromEntries(
      instrumentCatalog["id-pain"].items.map((item) => [
        item.linkId,
        { text: `Placeholder ${item.linkId}`, groupText: null },
      ]),
    );
    const definition = definitionOf(instrumentCatalog["id-pain"], {
      instrumentId: "id-pain",
      version: "3",
      copyright: "Placeholder",
      items,
    });
    expect(definition).toMatchObject({ version: "licensed-3", copyright: "Placeholder" });
    expect(definition?.items[5]).toMatchObject({
      linkId: "joints-only",
      text: "Placeholder joints-only",
    });
  });
});

describe("isSameAnswers", () => {
  it("ignores order but not values or extra items", () => {
    expect(isSameAnswers({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(isSameAnswers({ a: 1, b: 2 }, { a: 1, b: 3 })).toBe(false);
    expect(isSameAnswers({ a: 1 }, { a: 1, b: 0 })).toBe(false);
  });
});
